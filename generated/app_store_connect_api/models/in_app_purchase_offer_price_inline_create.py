from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.in_app_purchase_offer_price_inline_create_relationships import (
        InAppPurchaseOfferPriceInlineCreateRelationships,
    )


T = TypeVar("T", bound="InAppPurchaseOfferPriceInlineCreate")
_KNOWN_KEYS = frozenset(
    {
        "type",
        "id",
        "relationships",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, InAppPurchaseOfferPriceInlineCreateRelationships
    from ..models.in_app_purchase_offer_price_inline_create_relationships import (
        InAppPurchaseOfferPriceInlineCreateRelationships,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class InAppPurchaseOfferPriceInlineCreate:
    """
    Attributes:
        type_ (Literal['inAppPurchaseOfferPrices']):
        id (str | Unset):
        relationships (InAppPurchaseOfferPriceInlineCreateRelationships | Unset):
    """

    type_: Literal["inAppPurchaseOfferPrices"]
    id: str | Unset | None = UNSET
    relationships: InAppPurchaseOfferPriceInlineCreateRelationships | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        type_ = self.type_

        id = self.id

        relationships: dict[str, Any] | Unset | None
        if self.relationships is None:
            relationships = None
        else:
            relationships = UNSET
            if not isinstance(self.relationships, Unset):
                relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if relationships is not UNSET:
            field_dict["relationships"] = relationships
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        type_ = src_dict["type"]
        if type_ != "inAppPurchaseOfferPrices":
            raise ValueError(f"type must match const 'inAppPurchaseOfferPrices', got '{type_}'")

        id = src_dict.get("id", UNSET)

        _raw_relationships = src_dict.get("relationships", UNSET)
        if _raw_relationships is None:
            relationships = None
        else:
            _relationships = _raw_relationships
            relationships: InAppPurchaseOfferPriceInlineCreateRelationships | Unset
            if isinstance(_relationships, Unset):
                relationships = UNSET
            else:
                relationships = InAppPurchaseOfferPriceInlineCreateRelationships.from_dict(_relationships)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.type_ = type_
        _model.id = id
        _model.relationships = relationships
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
