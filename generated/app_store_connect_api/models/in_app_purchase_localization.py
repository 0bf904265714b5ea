from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.in_app_purchase_localization_attributes import InAppPurchaseLocalizationAttributes
    from ..models.in_app_purchase_localization_relationships import InAppPurchaseLocalizationRelationships
    from ..models.resource_links import ResourceLinks


T = TypeVar("T", bound="InAppPurchaseLocalization")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "attributes",
        "links",
        "relationships",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        InAppPurchaseLocalizationAttributes, \
        InAppPurchaseLocalizationRelationships, \
        ResourceLinks
    from ..models.in_app_purchase_localization_attributes import InAppPurchaseLocalizationAttributes
    from ..models.in_app_purchase_localization_relationships import InAppPurchaseLocalizationRelationships
    from ..models.resource_links import ResourceLinks

    _LAZY_IMPORTS_DONE = True


def _read_attributes(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_attributes = src_dict.get("attributes")
    if _raw_attributes is None:
        attributes = None
    else:
        attributes = InAppPurchaseLocalizationAttributes.from_dict(_raw_attributes)

    return attributes


def _read_links(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_links = src_dict.get("links")
    if _raw_links is None:
        links = None
    else:
        links = ResourceLinks.from_dict(_raw_links)

    return links


def _read_relationships(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_relationships = src_dict.get("relationships")
    if _raw_relationships is None:
        relationships = None
    else:
        relationships = InAppPurchaseLocalizationRelationships.from_dict(_raw_relationships)

    return relationships


_READERS: dict[str, Any] = {
    "attributes": _read_attributes,
    "links": _read_links,
    "relationships": _read_relationships,
}


@_attrs_define(repr=False)
class InAppPurchaseLocalization:
    """
    Attributes:
        id (str):
        type_ (Literal['inAppPurchaseLocalizations']):
        attributes (InAppPurchaseLocalizationAttributes | Unset):
        links (ResourceLinks | Unset):
        relationships (InAppPurchaseLocalizationRelationships | Unset):
    """

    id: str
    type_: Literal["inAppPurchaseLocalizations"]
    attributes: InAppPurchaseLocalizationAttributes | None = None
    links: ResourceLinks | None = None
    relationships: InAppPurchaseLocalizationRelationships | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

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
        id = src_dict["id"]

        type_ = src_dict["type"]
        if type_ != "inAppPurchaseLocalizations":
            raise ValueError(f"type must match const 'inAppPurchaseLocalizations', got '{type_}'")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.id = id
        _model.type_ = type_
        _model._document = src_dict  # attributes, links, relationships: read on first access
        _extra = {} if src_dict.keys() <= _KNOWN_KEYS else extra_properties(src_dict, _KNOWN_KEYS)
        _model.additional_properties = _extra
        return _model

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
