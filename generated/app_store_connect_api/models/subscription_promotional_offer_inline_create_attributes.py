from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_offer_duration import SubscriptionOfferDuration
from ..models.subscription_offer_mode import SubscriptionOfferMode
from ..models.subscription_plan_type import SubscriptionPlanType
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="SubscriptionPromotionalOfferInlineCreateAttributes")


@_attrs_define(repr=False)
class SubscriptionPromotionalOfferInlineCreateAttributes:
    """
    Attributes:
        duration (SubscriptionOfferDuration):
        name (str):
        number_of_periods (int):
        offer_code (str):
        offer_mode (SubscriptionOfferMode):
        target_subscription_plan_type (SubscriptionPlanType | Unset):
    """

    duration: SubscriptionOfferDuration
    name: str
    number_of_periods: int
    offer_code: str
    offer_mode: SubscriptionOfferMode
    target_subscription_plan_type: SubscriptionPlanType | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration.value

        name = self.name

        number_of_periods = self.number_of_periods

        offer_code = self.offer_code

        offer_mode = self.offer_mode.value

        target_subscription_plan_type: str | Unset | None
        if self.target_subscription_plan_type is None:
            target_subscription_plan_type = None
        else:
            target_subscription_plan_type = UNSET
            if not isinstance(self.target_subscription_plan_type, Unset):
                target_subscription_plan_type = self.target_subscription_plan_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["duration"] = duration
        field_dict["name"] = name
        field_dict["numberOfPeriods"] = number_of_periods
        field_dict["offerCode"] = offer_code
        field_dict["offerMode"] = offer_mode
        if target_subscription_plan_type is not UNSET:
            field_dict["targetSubscriptionPlanType"] = target_subscription_plan_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = SubscriptionOfferDuration(d.pop("duration"))

        name = d.pop("name")

        number_of_periods = d.pop("numberOfPeriods")

        offer_code = d.pop("offerCode")

        offer_mode = SubscriptionOfferMode(d.pop("offerMode"))

        _raw_target_subscription_plan_type = d.pop("targetSubscriptionPlanType", UNSET)
        if _raw_target_subscription_plan_type is None:
            target_subscription_plan_type = None
        else:
            _target_subscription_plan_type = _raw_target_subscription_plan_type
            target_subscription_plan_type: SubscriptionPlanType | Unset
            if isinstance(_target_subscription_plan_type, Unset):
                target_subscription_plan_type = UNSET
            else:
                target_subscription_plan_type = SubscriptionPlanType(_target_subscription_plan_type)

        subscription_promotional_offer_inline_create_attributes = cls(
            duration=duration,
            name=name,
            number_of_periods=number_of_periods,
            offer_code=offer_code,
            offer_mode=offer_mode,
            target_subscription_plan_type=target_subscription_plan_type,
        )
        subscription_promotional_offer_inline_create_attributes.additional_properties = d
        return subscription_promotional_offer_inline_create_attributes

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
