from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ci_scheduled_start_condition_schedule_days_item import CiScheduledStartConditionScheduleDaysItem
from ..models.ci_scheduled_start_condition_schedule_frequency import (
    CiScheduledStartConditionScheduleFrequency,
)
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="CiScheduledStartConditionSchedule")
_KNOWN_KEYS = frozenset(
    {
        "days",
        "frequency",
        "hour",
        "minute",
        "timezone",
    }
)


@_attrs_define(repr=False)
class CiScheduledStartConditionSchedule:
    """
    Attributes:
        days (list[CiScheduledStartConditionScheduleDaysItem] | Unset):
        frequency (CiScheduledStartConditionScheduleFrequency | Unset):
        hour (int | Unset):
        minute (int | Unset):
        timezone (str | Unset):
    """

    days: list[CiScheduledStartConditionScheduleDaysItem] | Unset | None = UNSET
    frequency: CiScheduledStartConditionScheduleFrequency | Unset | None = UNSET
    hour: int | Unset | None = UNSET
    minute: int | Unset | None = UNSET
    timezone: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        days: list[str] | Unset | None
        if self.days is None:
            days = None
        else:
            days = UNSET
            if not isinstance(self.days, Unset):
                days = []
                for days_item_data in self.days:
                    days_item = days_item_data.value
                    days.append(days_item)

        frequency: str | Unset | None
        if self.frequency is None:
            frequency = None
        else:
            frequency = UNSET
            if not isinstance(self.frequency, Unset):
                frequency = self.frequency.value

        hour = self.hour

        minute = self.minute

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if days is not UNSET:
            field_dict["days"] = days
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if hour is not UNSET:
            field_dict["hour"] = hour
        if minute is not UNSET:
            field_dict["minute"] = minute
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_days = src_dict.get("days", UNSET)
        if _raw_days is None:
            days = None
        else:
            _days = _raw_days
            days: list[CiScheduledStartConditionScheduleDaysItem] | Unset = UNSET
            if _days is not UNSET:
                days = []
                for days_item_data in _days:
                    days_item = CiScheduledStartConditionScheduleDaysItem.of(days_item_data)

                    days.append(days_item)

        _raw_frequency = src_dict.get("frequency", UNSET)
        if _raw_frequency is None:
            frequency = None
        else:
            _frequency = _raw_frequency
            frequency: CiScheduledStartConditionScheduleFrequency | Unset
            if isinstance(_frequency, Unset):
                frequency = UNSET
            else:
                frequency = CiScheduledStartConditionScheduleFrequency.of(_frequency)

        hour = src_dict.get("hour", UNSET)

        minute = src_dict.get("minute", UNSET)

        timezone = src_dict.get("timezone", UNSET)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.days = days
        _model.frequency = frequency
        _model.hour = hour
        _model.minute = minute
        _model.timezone = timezone
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
