from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.subscription_promotional_offer_inline_create_relationships_prices import (
        SubscriptionPromotionalOfferInlineCreateRelationshipsPrices,
    )
    from ..models.subscription_promotional_offer_inline_create_relationships_subscription import (
        SubscriptionPromotionalOfferInlineCreateRelationshipsSubscription,
    )


T = TypeVar("T", bound="SubscriptionPromotionalOfferInlineCreateRelationships")
_KNOWN_KEYS = frozenset(
    {
        "prices",
        "subscription",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        SubscriptionPromotionalOfferInlineCreateRelationshipsPrices, \
        SubscriptionPromotionalOfferInlineCreateRelationshipsSubscription
    from ..models.subscription_promotional_offer_inline_create_relationships_prices import (
        SubscriptionPromotionalOfferInlineCreateRelationshipsPrices,
    )
    from ..models.subscription_promotional_offer_inline_create_relationships_subscription import (
        SubscriptionPromotionalOfferInlineCreateRelationshipsSubscription,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class SubscriptionPromotionalOfferInlineCreateRelationships:
    """
    Attributes:
        prices (SubscriptionPromotionalOfferInlineCreateRelationshipsPrices | Unset):
        subscription (SubscriptionPromotionalOfferInlineCreateRelationshipsSubscription | Unset):
    """

    prices: SubscriptionPromotionalOfferInlineCreateRelationshipsPrices | Unset | None = UNSET
    subscription: SubscriptionPromotionalOfferInlineCreateRelationshipsSubscription | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        prices: dict[str, Any] | Unset | None
        if self.prices is None:
            prices = None
        else:
            prices = UNSET
            if not isinstance(self.prices, Unset):
                prices = self.prices.to_dict()

        subscription: dict[str, Any] | Unset | None
        if self.subscription is None:
            subscription = None
        else:
            subscription = UNSET
            if not isinstance(self.subscription, Unset):
                subscription = self.subscription.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if prices is not UNSET:
            field_dict["prices"] = prices
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_prices = src_dict.get("prices", UNSET)
        if _raw_prices is None:
            prices = None
        else:
            _prices = _raw_prices
            prices: SubscriptionPromotionalOfferInlineCreateRelationshipsPrices | Unset
            if isinstance(_prices, Unset):
                prices = UNSET
            else:
                prices = SubscriptionPromotionalOfferInlineCreateRelationshipsPrices.from_dict(_prices)

        _raw_subscription = src_dict.get("subscription", UNSET)
        if _raw_subscription is None:
            subscription = None
        else:
            _subscription = _raw_subscription
            subscription: SubscriptionPromotionalOfferInlineCreateRelationshipsSubscription | Unset
            if isinstance(_subscription, Unset):
                subscription = UNSET
            else:
                subscription = SubscriptionPromotionalOfferInlineCreateRelationshipsSubscription.from_dict(
                    _subscription
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.prices = prices
        _model.subscription = subscription
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
