from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.resource_links import ResourceLinks
    from ..models.webhook_attributes import WebhookAttributes
    from ..models.webhook_relationships import WebhookRelationships


T = TypeVar("T", bound="Webhook")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, ResourceLinks, WebhookAttributes, WebhookRelationships
    from ..models.resource_links import ResourceLinks
    from ..models.webhook_attributes import WebhookAttributes
    from ..models.webhook_relationships import WebhookRelationships

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class Webhook:
    """
    Attributes:
        id (str):
        type_ (Literal['webhooks']):
        attributes (WebhookAttributes | Unset):
        links (ResourceLinks | Unset):
        relationships (WebhookRelationships | Unset):
    """

    id: str
    type_: Literal["webhooks"]
    attributes: WebhookAttributes | None = None
    links: ResourceLinks | None = None
    relationships: WebhookRelationships | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        id = self.id

        type_ = self.type_

        attributes: Any = None
        if self.attributes is not None:
            attributes = self.attributes.to_dict()

        links: Any = None
        if self.links is not None:
            links = self.links.to_dict()

        relationships: Any = None
        if self.relationships is not None:
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["type"] = type_
        if attributes is not None:
            field_dict["attributes"] = attributes
        if links is not None:
            field_dict["links"] = links
        if relationships is not None:
            field_dict["relationships"] = relationships
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast("Literal['webhooks']", d.pop("type"))
        if type_ != "webhooks":
            raise ValueError(f"type must match const 'webhooks', got '{type_}'")

        _raw_attributes = d.pop("attributes", None)
        if _raw_attributes is None:
            attributes = None
        else:
            attributes = WebhookAttributes.from_dict(_raw_attributes)

        _raw_links = d.pop("links", None)
        if _raw_links is None:
            links = None
        else:
            links = ResourceLinks.from_dict(_raw_links)

        _raw_relationships = d.pop("relationships", None)
        if _raw_relationships is None:
            relationships = None
        else:
            relationships = WebhookRelationships.from_dict(_raw_relationships)

        webhook = cls(
            id=id,
            type_=type_,
            attributes=attributes,
            links=links,
            relationships=relationships,
        )
        webhook.additional_properties = d
        return webhook

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
