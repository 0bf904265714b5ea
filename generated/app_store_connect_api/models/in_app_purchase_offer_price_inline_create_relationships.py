from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.in_app_purchase_offer_price_inline_create_relationships_price_point import (
        InAppPurchaseOfferPriceInlineCreateRelationshipsPricePoint,
    )
    from ..models.in_app_purchase_offer_price_inline_create_relationships_territory import (
        InAppPurchaseOfferPriceInlineCreateRelationshipsTerritory,
    )


T = TypeVar("T", bound="InAppPurchaseOfferPriceInlineCreateRelationships")
_KNOWN_KEYS = frozenset(
    {
        "pricePoint",
        "territory",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        InAppPurchaseOfferPriceInlineCreateRelationshipsPricePoint, \
        InAppPurchaseOfferPriceInlineCreateRelationshipsTerritory
    from ..models.in_app_purchase_offer_price_inline_create_relationships_price_point import (
        InAppPurchaseOfferPriceInlineCreateRelationshipsPricePoint,
    )
    from ..models.in_app_purchase_offer_price_inline_create_relationships_territory import (
        InAppPurchaseOfferPriceInlineCreateRelationshipsTerritory,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class InAppPurchaseOfferPriceInlineCreateRelationships:
    """
    Attributes:
        price_point (InAppPurchaseOfferPriceInlineCreateRelationshipsPricePoint | Unset):
        territory (InAppPurchaseOfferPriceInlineCreateRelationshipsTerritory | Unset):
    """

    price_point: InAppPurchaseOfferPriceInlineCreateRelationshipsPricePoint | Unset | None = UNSET
    territory: InAppPurchaseOfferPriceInlineCreateRelationshipsTerritory | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        price_point: dict[str, Any] | Unset | None
        if self.price_point is None:
            price_point = None
        else:
            price_point = UNSET
            if not isinstance(self.price_point, Unset):
                price_point = self.price_point.to_dict()

        territory: dict[str, Any] | Unset | None
        if self.territory is None:
            territory = None
        else:
            territory = UNSET
            if not isinstance(self.territory, Unset):
                territory = self.territory.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if price_point is not UNSET:
            field_dict["pricePoint"] = price_point
        if territory is not UNSET:
            field_dict["territory"] = territory
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_price_point = src_dict.get("pricePoint", UNSET)
        if _raw_price_point is None:
            price_point = None
        else:
            _price_point = _raw_price_point
            price_point: InAppPurchaseOfferPriceInlineCreateRelationshipsPricePoint | Unset
            if isinstance(_price_point, Unset):
                price_point = UNSET
            else:
                price_point = InAppPurchaseOfferPriceInlineCreateRelationshipsPricePoint.from_dict(
                    _price_point
                )

        _raw_territory = src_dict.get("territory", UNSET)
        if _raw_territory is None:
            territory = None
        else:
            _territory = _raw_territory
            territory: InAppPurchaseOfferPriceInlineCreateRelationshipsTerritory | Unset
            if isinstance(_territory, Unset):
                territory = UNSET
            else:
                territory = InAppPurchaseOfferPriceInlineCreateRelationshipsTerritory.from_dict(_territory)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.price_point = price_point
        _model.territory = territory
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
