from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

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


def _read_custom_codes(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_custom_codes = d.pop("customCodes", None)
    if _raw_custom_codes is None:
        custom_codes = None
    else:
        custom_codes = SubscriptionOfferCodeRelationshipsCustomCodes.from_dict(_raw_custom_codes)

    return custom_codes


def _read_one_time_use_codes(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_one_time_use_codes = d.pop("oneTimeUseCodes", None)
    if _raw_one_time_use_codes is None:
        one_time_use_codes = None
    else:
        one_time_use_codes = SubscriptionOfferCodeRelationshipsOneTimeUseCodes.from_dict(
            _raw_one_time_use_codes
        )

    return one_time_use_codes


def _read_prices(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_prices = d.pop("prices", None)
    if _raw_prices is None:
        prices = None
    else:
        prices = SubscriptionOfferCodeRelationshipsPrices.from_dict(_raw_prices)

    return prices


def _read_subscription(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_subscription = d.pop("subscription", None)
    if _raw_subscription is None:
        subscription = None
    else:
        subscription = SubscriptionOfferCodeRelationshipsSubscription.from_dict(_raw_subscription)

    return subscription


def _read_additional_properties(d: dict[str, Any]) -> Any:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_KNOWN_KEYS = frozenset(
    {
        "customCodes",
        "oneTimeUseCodes",
        "prices",
        "subscription",
    }
)
_READERS: dict[str, Any] = {
    "custom_codes": _read_custom_codes,
    "one_time_use_codes": _read_one_time_use_codes,
    "prices": _read_prices,
    "subscription": _read_subscription,
    "additional_properties": _read_additional_properties,
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
    _document: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def __getattr__(self, name: str) -> Any:
        """A field not read yet is read from the document now (`from_dict` defers them all)."""
        read = _READERS.get(name)
        if read is None or self._document is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        value = read(self._document)
        setattr(self, name, value)
        return value

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
        subscription_offer_code_relationships = cls.__new__(cls)
        subscription_offer_code_relationships._document = dict(src_dict)  # each field is read on first access
        return subscription_offer_code_relationships

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
