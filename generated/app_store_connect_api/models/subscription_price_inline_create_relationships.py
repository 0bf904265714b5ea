from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.subscription_price_inline_create_relationships_subscription import (
        SubscriptionPriceInlineCreateRelationshipsSubscription,
    )
    from ..models.subscription_price_inline_create_relationships_subscription_price_point import (
        SubscriptionPriceInlineCreateRelationshipsSubscriptionPricePoint,
    )
    from ..models.subscription_price_inline_create_relationships_territory import (
        SubscriptionPriceInlineCreateRelationshipsTerritory,
    )


T = TypeVar("T", bound="SubscriptionPriceInlineCreateRelationships")
_KNOWN_KEYS = frozenset(
    {
        "subscription",
        "subscriptionPricePoint",
        "territory",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        SubscriptionPriceInlineCreateRelationshipsSubscription, \
        SubscriptionPriceInlineCreateRelationshipsSubscriptionPricePoint, \
        SubscriptionPriceInlineCreateRelationshipsTerritory
    from ..models.subscription_price_inline_create_relationships_subscription import (
        SubscriptionPriceInlineCreateRelationshipsSubscription,
    )
    from ..models.subscription_price_inline_create_relationships_subscription_price_point import (
        SubscriptionPriceInlineCreateRelationshipsSubscriptionPricePoint,
    )
    from ..models.subscription_price_inline_create_relationships_territory import (
        SubscriptionPriceInlineCreateRelationshipsTerritory,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class SubscriptionPriceInlineCreateRelationships:
    """
    Attributes:
        subscription (SubscriptionPriceInlineCreateRelationshipsSubscription | Unset):
        subscription_price_point (SubscriptionPriceInlineCreateRelationshipsSubscriptionPricePoint | Unset):
        territory (SubscriptionPriceInlineCreateRelationshipsTerritory | Unset):
    """

    subscription: SubscriptionPriceInlineCreateRelationshipsSubscription | Unset | None = UNSET
    subscription_price_point: (
        SubscriptionPriceInlineCreateRelationshipsSubscriptionPricePoint | Unset | None
    ) = UNSET
    territory: SubscriptionPriceInlineCreateRelationshipsTerritory | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        subscription: dict[str, Any] | Unset | None
        if self.subscription is None:
            subscription = None
        else:
            subscription = UNSET
            if not isinstance(self.subscription, Unset):
                subscription = self.subscription.to_dict()

        subscription_price_point: dict[str, Any] | Unset | None
        if self.subscription_price_point is None:
            subscription_price_point = None
        else:
            subscription_price_point = UNSET
            if not isinstance(self.subscription_price_point, Unset):
                subscription_price_point = self.subscription_price_point.to_dict()

        territory: dict[str, Any] | Unset | None
        if self.territory is None:
            territory = None
        else:
            territory = UNSET
            if not isinstance(self.territory, Unset):
                territory = self.territory.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if subscription_price_point is not UNSET:
            field_dict["subscriptionPricePoint"] = subscription_price_point
        if territory is not UNSET:
            field_dict["territory"] = territory
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_subscription = src_dict.get("subscription", UNSET)
        if _raw_subscription is None:
            subscription = None
        else:
            _subscription = _raw_subscription
            subscription: SubscriptionPriceInlineCreateRelationshipsSubscription | Unset
            if isinstance(_subscription, Unset):
                subscription = UNSET
            else:
                subscription = SubscriptionPriceInlineCreateRelationshipsSubscription.from_dict(_subscription)

        _raw_subscription_price_point = src_dict.get("subscriptionPricePoint", UNSET)
        if _raw_subscription_price_point is None:
            subscription_price_point = None
        else:
            _subscription_price_point = _raw_subscription_price_point
            subscription_price_point: SubscriptionPriceInlineCreateRelationshipsSubscriptionPricePoint | Unset
            if isinstance(_subscription_price_point, Unset):
                subscription_price_point = UNSET
            else:
                subscription_price_point = (
                    SubscriptionPriceInlineCreateRelationshipsSubscriptionPricePoint.from_dict(
                        _subscription_price_point
                    )
                )

        _raw_territory = src_dict.get("territory", UNSET)
        if _raw_territory is None:
            territory = None
        else:
            _territory = _raw_territory
            territory: SubscriptionPriceInlineCreateRelationshipsTerritory | Unset
            if isinstance(_territory, Unset):
                territory = UNSET
            else:
                territory = SubscriptionPriceInlineCreateRelationshipsTerritory.from_dict(_territory)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.subscription = subscription
        _model.subscription_price_point = subscription_price_point
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
