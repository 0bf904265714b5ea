from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_offer_duration import SubscriptionOfferDuration
from ..models.subscription_offer_mode import SubscriptionOfferMode
from ..models.subscription_plan_type import SubscriptionPlanType
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="SubscriptionIntroductoryOfferInlineCreateAttributes")
_KNOWN_KEYS = frozenset(
    {
        "duration",
        "numberOfPeriods",
        "offerMode",
        "endDate",
        "startDate",
        "targetSubscriptionPlanType",
    }
)


@_attrs_define(repr=False)
class SubscriptionIntroductoryOfferInlineCreateAttributes:
    """
    Attributes:
        duration (SubscriptionOfferDuration):
        number_of_periods (int):
        offer_mode (SubscriptionOfferMode):
        end_date (datetime.date | None | Unset):
        start_date (datetime.date | None | Unset):
        target_subscription_plan_type (SubscriptionPlanType | Unset):
    """

    duration: SubscriptionOfferDuration
    number_of_periods: int
    offer_mode: SubscriptionOfferMode
    end_date: datetime.date | None | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    target_subscription_plan_type: SubscriptionPlanType | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration.value

        number_of_periods = self.number_of_periods

        offer_mode = self.offer_mode.value

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

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
        field_dict["numberOfPeriods"] = number_of_periods
        field_dict["offerMode"] = offer_mode
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if target_subscription_plan_type is not UNSET:
            field_dict["targetSubscriptionPlanType"] = target_subscription_plan_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        duration = SubscriptionOfferDuration.of(src_dict["duration"])

        number_of_periods = src_dict["numberOfPeriods"]

        offer_mode = SubscriptionOfferMode.of(src_dict["offerMode"])

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(src_dict.get("endDate", UNSET))

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(src_dict.get("startDate", UNSET))

        _raw_target_subscription_plan_type = src_dict.get("targetSubscriptionPlanType", UNSET)
        if _raw_target_subscription_plan_type is None:
            target_subscription_plan_type = None
        else:
            _target_subscription_plan_type = _raw_target_subscription_plan_type
            target_subscription_plan_type: SubscriptionPlanType | Unset
            if isinstance(_target_subscription_plan_type, Unset):
                target_subscription_plan_type = UNSET
            else:
                target_subscription_plan_type = SubscriptionPlanType.of(_target_subscription_plan_type)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.duration = duration
        _model.number_of_periods = number_of_periods
        _model.offer_mode = offer_mode
        _model.end_date = end_date
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
