from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.in_app_purchase_offer_code_relationships_custom_codes import (
        InAppPurchaseOfferCodeRelationshipsCustomCodes,
    )
    from ..models.in_app_purchase_offer_code_relationships_one_time_use_codes import (
        InAppPurchaseOfferCodeRelationshipsOneTimeUseCodes,
    )
    from ..models.in_app_purchase_offer_code_relationships_prices import (
        InAppPurchaseOfferCodeRelationshipsPrices,
    )


T = TypeVar("T", bound="InAppPurchaseOfferCodeRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        InAppPurchaseOfferCodeRelationshipsCustomCodes, \
        InAppPurchaseOfferCodeRelationshipsOneTimeUseCodes, \
        InAppPurchaseOfferCodeRelationshipsPrices
    from ..models.in_app_purchase_offer_code_relationships_custom_codes import (
        InAppPurchaseOfferCodeRelationshipsCustomCodes,
    )
    from ..models.in_app_purchase_offer_code_relationships_one_time_use_codes import (
        InAppPurchaseOfferCodeRelationshipsOneTimeUseCodes,
    )
    from ..models.in_app_purchase_offer_code_relationships_prices import (
        InAppPurchaseOfferCodeRelationshipsPrices,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define
class InAppPurchaseOfferCodeRelationships:
    """
    Attributes:
        custom_codes (InAppPurchaseOfferCodeRelationshipsCustomCodes | Unset):
        one_time_use_codes (InAppPurchaseOfferCodeRelationshipsOneTimeUseCodes | Unset):
        prices (InAppPurchaseOfferCodeRelationshipsPrices | Unset):
    """

    custom_codes: InAppPurchaseOfferCodeRelationshipsCustomCodes | Unset | None = UNSET
    one_time_use_codes: InAppPurchaseOfferCodeRelationshipsOneTimeUseCodes | Unset | None = UNSET
    prices: InAppPurchaseOfferCodeRelationshipsPrices | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        custom_codes: dict[str, Any] | Unset | None
        if self.custom_codes is None:
            custom_codes = None
        else:
            custom_codes = UNSET
            if not isinstance(self.custom_codes, Unset):
                custom_codes = self.custom_codes.to_dict()

        one_time_use_codes: dict[str, Any] | Unset | None
        if self.one_time_use_codes is None:
            one_time_use_codes = None
        else:
            one_time_use_codes = UNSET
            if not isinstance(self.one_time_use_codes, Unset):
                one_time_use_codes = self.one_time_use_codes.to_dict()

        prices: dict[str, Any] | Unset | None
        if self.prices is None:
            prices = None
        else:
            prices = UNSET
            if not isinstance(self.prices, Unset):
                prices = self.prices.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if custom_codes is not UNSET:
            field_dict["customCodes"] = custom_codes
        if one_time_use_codes is not UNSET:
            field_dict["oneTimeUseCodes"] = one_time_use_codes
        if prices is not UNSET:
            field_dict["prices"] = prices
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_custom_codes = d.pop("customCodes", UNSET)
        if _raw_custom_codes is None:
            custom_codes = None
        else:
            _custom_codes = _raw_custom_codes
            custom_codes: InAppPurchaseOfferCodeRelationshipsCustomCodes | Unset
            if isinstance(_custom_codes, Unset):
                custom_codes = UNSET
            else:
                custom_codes = InAppPurchaseOfferCodeRelationshipsCustomCodes.from_dict(_custom_codes)

        _raw_one_time_use_codes = d.pop("oneTimeUseCodes", UNSET)
        if _raw_one_time_use_codes is None:
            one_time_use_codes = None
        else:
            _one_time_use_codes = _raw_one_time_use_codes
            one_time_use_codes: InAppPurchaseOfferCodeRelationshipsOneTimeUseCodes | Unset
            if isinstance(_one_time_use_codes, Unset):
                one_time_use_codes = UNSET
            else:
                one_time_use_codes = InAppPurchaseOfferCodeRelationshipsOneTimeUseCodes.from_dict(
                    _one_time_use_codes
                )

        _raw_prices = d.pop("prices", UNSET)
        if _raw_prices is None:
            prices = None
        else:
            _prices = _raw_prices
            prices: InAppPurchaseOfferCodeRelationshipsPrices | Unset
            if isinstance(_prices, Unset):
                prices = UNSET
            else:
                prices = InAppPurchaseOfferCodeRelationshipsPrices.from_dict(_prices)

        in_app_purchase_offer_code_relationships = cls(
            custom_codes=custom_codes,
            one_time_use_codes=one_time_use_codes,
            prices=prices,
        )
        in_app_purchase_offer_code_relationships.additional_properties = d
        return in_app_purchase_offer_code_relationships

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
