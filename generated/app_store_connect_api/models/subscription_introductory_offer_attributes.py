from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_offer_duration import SubscriptionOfferDuration
from ..models.subscription_offer_mode import SubscriptionOfferMode
from ..models.subscription_plan_type import SubscriptionPlanType
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="SubscriptionIntroductoryOfferAttributes")
_KNOWN_KEYS = frozenset(
    {
        "duration",
        "endDate",
        "numberOfPeriods",
        "offerMode",
        "startDate",
        "targetSubscriptionPlanType",
    }
)


@_attrs_define(repr=False)
class SubscriptionIntroductoryOfferAttributes:
    """
    Attributes:
        duration (SubscriptionOfferDuration | Unset):
        end_date (datetime.date | Unset):
        number_of_periods (int | Unset):
        offer_mode (SubscriptionOfferMode | Unset):
        start_date (datetime.date | Unset):
        target_subscription_plan_type (SubscriptionPlanType | Unset):
    """

    duration: SubscriptionOfferDuration | None = None
    end_date: datetime.date | None = None
    number_of_periods: int | None = None
    offer_mode: SubscriptionOfferMode | None = None
    start_date: datetime.date | None = None
    target_subscription_plan_type: SubscriptionPlanType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        duration: Any = None
        if self.duration is not None:
            duration = self.duration.value

        end_date: Any = None
        if self.end_date is not None:
            end_date = self.end_date.isoformat()

        number_of_periods = self.number_of_periods

        offer_mode: Any = None
        if self.offer_mode is not None:
            offer_mode = self.offer_mode.value

        start_date: Any = None
        if self.start_date is not None:
            start_date = self.start_date.isoformat()

        target_subscription_plan_type: Any = None
        if self.target_subscription_plan_type is not None:
            target_subscription_plan_type = self.target_subscription_plan_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if duration is not None:
            field_dict["duration"] = duration
        if end_date is not None:
            field_dict["endDate"] = end_date
        if number_of_periods is not None:
            field_dict["numberOfPeriods"] = number_of_periods
        if offer_mode is not None:
            field_dict["offerMode"] = offer_mode
        if start_date is not None:
            field_dict["startDate"] = start_date
        if target_subscription_plan_type is not None:
            field_dict["targetSubscriptionPlanType"] = target_subscription_plan_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_duration = src_dict.get("duration")
        if _raw_duration is None:
            duration = None
        else:
            duration = SubscriptionOfferDuration.of(_raw_duration)

        _raw_end_date = src_dict.get("endDate")
        if _raw_end_date is None:
            end_date = None
        else:
            end_date = datetime.date.fromisoformat(_raw_end_date)

        number_of_periods = src_dict.get("numberOfPeriods")

        _raw_offer_mode = src_dict.get("offerMode")
        if _raw_offer_mode is None:
            offer_mode = None
        else:
            offer_mode = SubscriptionOfferMode.of(_raw_offer_mode)

        _raw_start_date = src_dict.get("startDate")
        if _raw_start_date is None:
            start_date = None
        else:
            start_date = datetime.date.fromisoformat(_raw_start_date)

        _raw_target_subscription_plan_type = src_dict.get("targetSubscriptionPlanType")
        if _raw_target_subscription_plan_type is None:
            target_subscription_plan_type = None
        else:
            target_subscription_plan_type = SubscriptionPlanType.of(_raw_target_subscription_plan_type)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.duration = duration
        _model.end_date = end_date
        _model.number_of_periods = number_of_periods
        _model.offer_mode = offer_mode
        _model.start_date = start_date
        _model.target_subscription_plan_type = target_subscription_plan_type
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
