from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.subscription_localization_create_request_data_attributes import (
        SubscriptionLocalizationCreateRequestDataAttributes,
    )
    from ..models.subscription_localization_create_request_data_relationships import (
        SubscriptionLocalizationCreateRequestDataRelationships,
    )


T = TypeVar("T", bound="SubscriptionLocalizationCreateRequestData")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        SubscriptionLocalizationCreateRequestDataAttributes, \
        SubscriptionLocalizationCreateRequestDataRelationships
    from ..models.subscription_localization_create_request_data_attributes import (
        SubscriptionLocalizationCreateRequestDataAttributes,
    )
    from ..models.subscription_localization_create_request_data_relationships import (
        SubscriptionLocalizationCreateRequestDataRelationships,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class SubscriptionLocalizationCreateRequestData:
    """
    Attributes:
        attributes (SubscriptionLocalizationCreateRequestDataAttributes):
        relationships (SubscriptionLocalizationCreateRequestDataRelationships):
        type_ (Literal['subscriptionLocalizations']):
    """

    attributes: SubscriptionLocalizationCreateRequestDataAttributes
    relationships: SubscriptionLocalizationCreateRequestDataRelationships
    type_: Literal["subscriptionLocalizations"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        attributes = self.attributes.to_dict()

        relationships = self.relationships.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["attributes"] = attributes
        field_dict["relationships"] = relationships
        field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        attributes = SubscriptionLocalizationCreateRequestDataAttributes.from_dict(d.pop("attributes"))

        relationships = SubscriptionLocalizationCreateRequestDataRelationships.from_dict(
            d.pop("relationships")
        )

        type_ = cast("Literal['subscriptionLocalizations']", d.pop("type"))
        if type_ != "subscriptionLocalizations":
            raise ValueError(f"type must match const 'subscriptionLocalizations', got '{type_}'")

        subscription_localization_create_request_data = cls(
            attributes=attributes,
            relationships=relationships,
            type_=type_,
        )
        subscription_localization_create_request_data.additional_properties = d
        return subscription_localization_create_request_data

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
