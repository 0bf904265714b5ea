from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.subscription_update_request_data_relationships_introductory_offers import (
        SubscriptionUpdateRequestDataRelationshipsIntroductoryOffers,
    )
    from ..models.subscription_update_request_data_relationships_prices import (
        SubscriptionUpdateRequestDataRelationshipsPrices,
    )
    from ..models.subscription_update_request_data_relationships_promotional_offers import (
        SubscriptionUpdateRequestDataRelationshipsPromotionalOffers,
    )


T = TypeVar("T", bound="SubscriptionUpdateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "introductoryOffers",
        "prices",
        "promotionalOffers",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        SubscriptionUpdateRequestDataRelationshipsIntroductoryOffers, \
        SubscriptionUpdateRequestDataRelationshipsPrices, \
        SubscriptionUpdateRequestDataRelationshipsPromotionalOffers
    from ..models.subscription_update_request_data_relationships_introductory_offers import (
        SubscriptionUpdateRequestDataRelationshipsIntroductoryOffers,
    )
    from ..models.subscription_update_request_data_relationships_prices import (
        SubscriptionUpdateRequestDataRelationshipsPrices,
    )
    from ..models.subscription_update_request_data_relationships_promotional_offers import (
        SubscriptionUpdateRequestDataRelationshipsPromotionalOffers,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class SubscriptionUpdateRequestDataRelationships:
    """
    Attributes:
        introductory_offers (SubscriptionUpdateRequestDataRelationshipsIntroductoryOffers | Unset):
        prices (SubscriptionUpdateRequestDataRelationshipsPrices | Unset):
        promotional_offers (SubscriptionUpdateRequestDataRelationshipsPromotionalOffers | Unset):
    """

    introductory_offers: SubscriptionUpdateRequestDataRelationshipsIntroductoryOffers | Unset | None = UNSET
    prices: SubscriptionUpdateRequestDataRelationshipsPrices | Unset | None = UNSET
    promotional_offers: SubscriptionUpdateRequestDataRelationshipsPromotionalOffers | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        introductory_offers: dict[str, Any] | Unset | None
        if self.introductory_offers is None:
            introductory_offers = None
        else:
            introductory_offers = UNSET
            if not isinstance(self.introductory_offers, Unset):
                introductory_offers = self.introductory_offers.to_dict()

        prices: dict[str, Any] | Unset | None
        if self.prices is None:
            prices = None
        else:
            prices = UNSET
            if not isinstance(self.prices, Unset):
                prices = self.prices.to_dict()

        promotional_offers: dict[str, Any] | Unset | None
        if self.promotional_offers is None:
            promotional_offers = None
        else:
            promotional_offers = UNSET
            if not isinstance(self.promotional_offers, Unset):
                promotional_offers = self.promotional_offers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if introductory_offers is not UNSET:
            field_dict["introductoryOffers"] = introductory_offers
        if prices is not UNSET:
            field_dict["prices"] = prices
        if promotional_offers is not UNSET:
            field_dict["promotionalOffers"] = promotional_offers
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_introductory_offers = src_dict.get("introductoryOffers", UNSET)
        if _raw_introductory_offers is None:
            introductory_offers = None
        else:
            _introductory_offers = _raw_introductory_offers
            introductory_offers: SubscriptionUpdateRequestDataRelationshipsIntroductoryOffers | Unset
            if isinstance(_introductory_offers, Unset):
                introductory_offers = UNSET
            else:
                introductory_offers = SubscriptionUpdateRequestDataRelationshipsIntroductoryOffers.from_dict(
                    _introductory_offers
                )

        _raw_prices = src_dict.get("prices", UNSET)
        if _raw_prices is None:
            prices = None
        else:
            _prices = _raw_prices
            prices: SubscriptionUpdateRequestDataRelationshipsPrices | Unset
            if isinstance(_prices, Unset):
                prices = UNSET
            else:
                prices = SubscriptionUpdateRequestDataRelationshipsPrices.from_dict(_prices)

        _raw_promotional_offers = src_dict.get("promotionalOffers", UNSET)
        if _raw_promotional_offers is None:
            promotional_offers = None
        else:
            _promotional_offers = _raw_promotional_offers
            promotional_offers: SubscriptionUpdateRequestDataRelationshipsPromotionalOffers | Unset
            if isinstance(_promotional_offers, Unset):
                promotional_offers = UNSET
            else:
                promotional_offers = SubscriptionUpdateRequestDataRelationshipsPromotionalOffers.from_dict(
                    _promotional_offers
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.introductory_offers = introductory_offers
        _model.prices = prices
        _model.promotional_offers = promotional_offers
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
