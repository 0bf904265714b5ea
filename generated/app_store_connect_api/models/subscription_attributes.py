from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_attributes_state import SubscriptionAttributesState
from ..models.subscription_attributes_subscription_period import SubscriptionAttributesSubscriptionPeriod
from ..types import model_repr

T = TypeVar("T", bound="SubscriptionAttributes")


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
        d = dict(src_dict)
        family_sharable = d.pop("familySharable", None)

        group_level = d.pop("groupLevel", None)

        name = d.pop("name", None)

        product_id = d.pop("productId", None)

        review_note = d.pop("reviewNote", None)

        _raw_state = d.pop("state", None)
        if _raw_state is None:
            state = None
        else:
            state = SubscriptionAttributesState(_raw_state)

        _raw_subscription_period = d.pop("subscriptionPeriod", None)
        if _raw_subscription_period is None:
            subscription_period = None
        else:
            subscription_period = SubscriptionAttributesSubscriptionPeriod(_raw_subscription_period)

        subscription_attributes = cls(
            family_sharable=family_sharable,
            group_level=group_level,
            name=name,
            product_id=product_id,
            review_note=review_note,
            state=state,
            subscription_period=subscription_period,
        )
        subscription_attributes.additional_properties = d
        return subscription_attributes

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
