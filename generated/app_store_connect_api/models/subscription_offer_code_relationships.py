from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.subscription_offer_code_relationships_custom_codes import (
        SubscriptionOfferCodeRelationshipsCustomCodes,
    )
    from ..models.subscription_offer_code_relationships_one_time_use_codes import (
        SubscriptionOfferCodeRelationshipsOneTimeUseCodes,
    )
    from ..models.subscription_offer_code_relationships_prices import SubscriptionOfferCodeRelationshipsPrices
    from ..models.subscription_offer_code_relationships_subscription import (
        SubscriptionOfferCodeRelationshipsSubscription,
    )


T = TypeVar("T", bound="SubscriptionOfferCodeRelationships")
_KNOWN_KEYS = frozenset(
    {
        "customCodes",
        "oneTimeUseCodes",
        "prices",
        "subscription",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        SubscriptionOfferCodeRelationshipsCustomCodes, \
        SubscriptionOfferCodeRelationshipsOneTimeUseCodes, \
        SubscriptionOfferCodeRelationshipsPrices, \
        SubscriptionOfferCodeRelationshipsSubscription
    from ..models.subscription_offer_code_relationships_custom_codes import (
        SubscriptionOfferCodeRelationshipsCustomCodes,
    )
    from ..models.subscription_offer_code_relationships_one_time_use_codes import (
        SubscriptionOfferCodeRelationshipsOneTimeUseCodes,
    )
    from ..models.subscription_offer_code_relationships_prices import SubscriptionOfferCodeRelationshipsPrices
    from ..models.subscription_offer_code_relationships_subscription import (
        SubscriptionOfferCodeRelationshipsSubscription,
    )

    _LAZY_IMPORTS_DONE = True


def _read_custom_codes(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_custom_codes = src_dict.get("customCodes")
    if _raw_custom_codes is None:
        custom_codes = None
    else:
        custom_codes = SubscriptionOfferCodeRelationshipsCustomCodes.from_dict(_raw_custom_codes)

    return custom_codes


def _read_one_time_use_codes(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_one_time_use_codes = src_dict.get("oneTimeUseCodes")
    if _raw_one_time_use_codes is None:
        one_time_use_codes = None
    else:
        one_time_use_codes = SubscriptionOfferCodeRelationshipsOneTimeUseCodes.from_dict(
            _raw_one_time_use_codes
        )

    return one_time_use_codes


def _read_prices(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_prices = src_dict.get("prices")
    if _raw_prices is None:
        prices = None
    else:
        prices = SubscriptionOfferCodeRelationshipsPrices.from_dict(_raw_prices)

    return prices


def _read_subscription(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_subscription = src_dict.get("subscription")
    if _raw_subscription is None:
        subscription = None
    else:
        subscription = SubscriptionOfferCodeRelationshipsSubscription.from_dict(_raw_subscription)

    return subscription


_READERS: dict[str, Any] = {
    "custom_codes": _read_custom_codes,
    "one_time_use_codes": _read_one_time_use_codes,
    "prices": _read_prices,
    "subscription": _read_subscription,
}


@_attrs_define(repr=False)
class SubscriptionOfferCodeRelationships:
    """
    Attributes:
        custom_codes (SubscriptionOfferCodeRelationshipsCustomCodes | Unset):
        one_time_use_codes (SubscriptionOfferCodeRelationshipsOneTimeUseCodes | Unset):
        prices (SubscriptionOfferCodeRelationshipsPrices | Unset):
        subscription (SubscriptionOfferCodeRelationshipsSubscription | Unset):
    """

    custom_codes: SubscriptionOfferCodeRelationshipsCustomCodes | None = None
    one_time_use_codes: SubscriptionOfferCodeRelationshipsOneTimeUseCodes | None = None
    prices: SubscriptionOfferCodeRelationshipsPrices | None = None
    subscription: SubscriptionOfferCodeRelationshipsSubscription | None = None
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
        custom_codes: Any = None
        if self.custom_codes is not None:
            custom_codes = self.custom_codes.to_dict()

        one_time_use_codes: Any = None
        if self.one_time_use_codes is not None:
            one_time_use_codes = self.one_time_use_codes.to_dict()

        prices: Any = None
        if self.prices is not None:
            prices = self.prices.to_dict()

        subscription: Any = None
        if self.subscription is not None:
            subscription = self.subscription.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if custom_codes is not None:
            field_dict["customCodes"] = custom_codes
        if one_time_use_codes is not None:
            field_dict["oneTimeUseCodes"] = one_time_use_codes
        if prices is not None:
            field_dict["prices"] = prices
        if subscription is not None:
            field_dict["subscription"] = subscription
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = (
            src_dict  # custom_codes, one_time_use_codes, prices, subscription: read on first access
        )
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
