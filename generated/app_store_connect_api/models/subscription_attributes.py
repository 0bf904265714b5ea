from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_attributes_state import SubscriptionAttributesState
from ..models.subscription_attributes_subscription_period import SubscriptionAttributesSubscriptionPeriod
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="SubscriptionAttributes")
_KNOWN_KEYS = frozenset(
    {
        "familySharable",
        "groupLevel",
        "name",
        "productId",
        "reviewNote",
        "state",
        "subscriptionPeriod",
    }
)


@_attrs_define(repr=False)
class SubscriptionAttributes:
    """
    Attributes:
        family_sharable (bool | Unset):
        group_level (int | Unset):
        name (str | Unset):
        product_id (str | Unset):
        review_note (str | Unset):
        state (SubscriptionAttributesState | Unset):
        subscription_period (SubscriptionAttributesSubscriptionPeriod | Unset):
    """

    family_sharable: bool | None = None
    group_level: int | None = None
    name: str | None = None
    product_id: str | None = None
    review_note: str | None = None
    state: SubscriptionAttributesState | None = None
    subscription_period: SubscriptionAttributesSubscriptionPeriod | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        family_sharable = self.family_sharable

        group_level = self.group_level

        name = self.name

        product_id = self.product_id

        review_note = self.review_note

        state: Any = None
        if self.state is not None:
            state = self.state.value

        subscription_period: Any = None
        if self.subscription_period is not None:
            subscription_period = self.subscription_period.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if family_sharable is not None:
            field_dict["familySharable"] = family_sharable
        if group_level is not None:
            field_dict["groupLevel"] = group_level
        if name is not None:
            field_dict["name"] = name
        if product_id is not None:
            field_dict["productId"] = product_id
        if review_note is not None:
            field_dict["reviewNote"] = review_note
        if state is not None:
            field_dict["state"] = state
        if subscription_period is not None:
            field_dict["subscriptionPeriod"] = subscription_period
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        family_sharable = src_dict.get("familySharable")

        group_level = src_dict.get("groupLevel")

        name = src_dict.get("name")

        product_id = src_dict.get("productId")

        review_note = src_dict.get("reviewNote")

        _raw_state = src_dict.get("state")
        if _raw_state is None:
            state = None
        else:
            state = SubscriptionAttributesState.of(_raw_state)

        _raw_subscription_period = src_dict.get("subscriptionPeriod")
        if _raw_subscription_period is None:
            subscription_period = None
        else:
            subscription_period = SubscriptionAttributesSubscriptionPeriod.of(_raw_subscription_period)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.family_sharable = family_sharable
        _model.group_level = group_level
        _model.name = name
        _model.product_id = product_id
        _model.review_note = review_note
        _model.state = state
        _model.subscription_period = subscription_period
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
