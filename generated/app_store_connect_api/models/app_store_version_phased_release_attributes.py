from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phased_release_state import PhasedReleaseState
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="AppStoreVersionPhasedReleaseAttributes")
_KNOWN_KEYS = frozenset(
    {
        "currentDayNumber",
        "phasedReleaseState",
        "startDate",
        "totalPauseDuration",
    }
)


@_attrs_define(repr=False)
class AppStoreVersionPhasedReleaseAttributes:
    """
    Attributes:
        current_day_number (int | Unset):
        phased_release_state (PhasedReleaseState | Unset):
        start_date (datetime.datetime | Unset):
        total_pause_duration (int | Unset):
    """

    current_day_number: int | None = None
    phased_release_state: PhasedReleaseState | None = None
    start_date: datetime.datetime | None = None
    total_pause_duration: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        current_day_number = self.current_day_number

        phased_release_state: Any = None
        if self.phased_release_state is not None:
            phased_release_state = self.phased_release_state.value

        start_date: Any = None
        if self.start_date is not None:
            start_date = self.start_date.isoformat()

        total_pause_duration = self.total_pause_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if current_day_number is not None:
            field_dict["currentDayNumber"] = current_day_number
        if phased_release_state is not None:
            field_dict["phasedReleaseState"] = phased_release_state
        if start_date is not None:
            field_dict["startDate"] = start_date
        if total_pause_duration is not None:
            field_dict["totalPauseDuration"] = total_pause_duration
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        current_day_number = src_dict.get("currentDayNumber")

        _raw_phased_release_state = src_dict.get("phasedReleaseState")
        if _raw_phased_release_state is None:
            phased_release_state = None
        else:
            phased_release_state = PhasedReleaseState.of(_raw_phased_release_state)

        _raw_start_date = src_dict.get("startDate")
        if _raw_start_date is None:
            start_date = None
        else:
            start_date = datetime.datetime.fromisoformat(_raw_start_date)

        total_pause_duration = src_dict.get("totalPauseDuration")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.current_day_number = current_day_number
        _model.phased_release_state = phased_release_state
        _model.start_date = start_date
        _model.total_pause_duration = total_pause_duration
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
