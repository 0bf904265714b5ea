from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.game_center_leaderboard_create_request_data_attributes_score_sort_type import (
    GameCenterLeaderboardCreateRequestDataAttributesScoreSortType,
)
from ..models.game_center_leaderboard_create_request_data_attributes_submission_type import (
    GameCenterLeaderboardCreateRequestDataAttributesSubmissionType,
)
from ..models.game_center_leaderboard_create_request_data_attributes_visibility import (
    GameCenterLeaderboardCreateRequestDataAttributesVisibility,
)
from ..models.game_center_leaderboard_formatter import GameCenterLeaderboardFormatter
from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.string_to_string_map import StringToStringMap


T = TypeVar("T", bound="GameCenterLeaderboardCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "defaultFormatter",
        "referenceName",
        "scoreSortType",
        "submissionType",
        "vendorIdentifier",
        "activityProperties",
        "recurrenceDuration",
        "recurrenceRule",
        "recurrenceStartDate",
        "scoreRangeEnd",
        "scoreRangeStart",
        "visibility",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, StringToStringMap
    from ..models.string_to_string_map import StringToStringMap

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class GameCenterLeaderboardCreateRequestDataAttributes:
    """
    Attributes:
        default_formatter (GameCenterLeaderboardFormatter):
        reference_name (str):
        score_sort_type (GameCenterLeaderboardCreateRequestDataAttributesScoreSortType):
        submission_type (GameCenterLeaderboardCreateRequestDataAttributesSubmissionType):
        vendor_identifier (str):
        activity_properties (StringToStringMap | Unset):
        recurrence_duration (None | str | Unset):
        recurrence_rule (None | str | Unset):
        recurrence_start_date (datetime.datetime | None | Unset):
        score_range_end (None | str | Unset):
        score_range_start (None | str | Unset):
        visibility (GameCenterLeaderboardCreateRequestDataAttributesVisibility | Unset):
    """

    default_formatter: GameCenterLeaderboardFormatter
    reference_name: str
    score_sort_type: GameCenterLeaderboardCreateRequestDataAttributesScoreSortType
    submission_type: GameCenterLeaderboardCreateRequestDataAttributesSubmissionType
    vendor_identifier: str
    activity_properties: StringToStringMap | Unset | None = UNSET
    recurrence_duration: None | str | Unset = UNSET
    recurrence_rule: None | str | Unset = UNSET
    recurrence_start_date: datetime.datetime | None | Unset = UNSET
    score_range_end: None | str | Unset = UNSET
    score_range_start: None | str | Unset = UNSET
    visibility: GameCenterLeaderboardCreateRequestDataAttributesVisibility | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        default_formatter = self.default_formatter.value

        reference_name = self.reference_name

        score_sort_type = self.score_sort_type.value

        submission_type = self.submission_type.value

        vendor_identifier = self.vendor_identifier

        activity_properties: dict[str, Any] | Unset | None
        if self.activity_properties is None:
            activity_properties = None
        else:
            activity_properties = UNSET
            if not isinstance(self.activity_properties, Unset):
                activity_properties = self.activity_properties.to_dict()

        recurrence_duration: None | str | Unset
        if isinstance(self.recurrence_duration, Unset):
            recurrence_duration = UNSET
        else:
            recurrence_duration = self.recurrence_duration

        recurrence_rule: None | str | Unset
        if isinstance(self.recurrence_rule, Unset):
            recurrence_rule = UNSET
        else:
            recurrence_rule = self.recurrence_rule

        recurrence_start_date: None | str | Unset
        if isinstance(self.recurrence_start_date, Unset):
            recurrence_start_date = UNSET
        elif isinstance(self.recurrence_start_date, datetime.datetime):
            recurrence_start_date = self.recurrence_start_date.isoformat()
        else:
            recurrence_start_date = self.recurrence_start_date

        score_range_end: None | str | Unset
        if isinstance(self.score_range_end, Unset):
            score_range_end = UNSET
        else:
            score_range_end = self.score_range_end

        score_range_start: None | str | Unset
        if isinstance(self.score_range_start, Unset):
            score_range_start = UNSET
        else:
            score_range_start = self.score_range_start

        visibility: str | Unset | None
        if self.visibility is None:
            visibility = None
        else:
            visibility = UNSET
            if not isinstance(self.visibility, Unset):
                visibility = self.visibility.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["defaultFormatter"] = default_formatter
        field_dict["referenceName"] = reference_name
        field_dict["scoreSortType"] = score_sort_type
        field_dict["submissionType"] = submission_type
        field_dict["vendorIdentifier"] = vendor_identifier
        if activity_properties is not UNSET:
            field_dict["activityProperties"] = activity_properties
        if recurrence_duration is not UNSET:
            field_dict["recurrenceDuration"] = recurrence_duration
        if recurrence_rule is not UNSET:
            field_dict["recurrenceRule"] = recurrence_rule
        if recurrence_start_date is not UNSET:
            field_dict["recurrenceStartDate"] = recurrence_start_date
        if score_range_end is not UNSET:
            field_dict["scoreRangeEnd"] = score_range_end
        if score_range_start is not UNSET:
            field_dict["scoreRangeStart"] = score_range_start
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        default_formatter = GameCenterLeaderboardFormatter.of(src_dict["defaultFormatter"])

        reference_name = src_dict["referenceName"]

        score_sort_type = GameCenterLeaderboardCreateRequestDataAttributesScoreSortType.of(
            src_dict["scoreSortType"]
        )

        submission_type = GameCenterLeaderboardCreateRequestDataAttributesSubmissionType.of(
            src_dict["submissionType"]
        )

        vendor_identifier = src_dict["vendorIdentifier"]

        _raw_activity_properties = src_dict.get("activityProperties", UNSET)
        if _raw_activity_properties is None:
            activity_properties = None
        else:
            _activity_properties = _raw_activity_properties
            activity_properties: StringToStringMap | Unset
            if isinstance(_activity_properties, Unset):
                activity_properties = UNSET
            else:
                activity_properties = StringToStringMap.from_dict(_activity_properties)

        def _parse_recurrence_duration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recurrence_duration = _parse_recurrence_duration(src_dict.get("recurrenceDuration", UNSET))

        def _parse_recurrence_rule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recurrence_rule = _parse_recurrence_rule(src_dict.get("recurrenceRule", UNSET))

        def _parse_recurrence_start_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recurrence_start_date_type_0 = datetime.datetime.fromisoformat(data)

                return recurrence_start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        recurrence_start_date = _parse_recurrence_start_date(src_dict.get("recurrenceStartDate", UNSET))

        def _parse_score_range_end(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        score_range_end = _parse_score_range_end(src_dict.get("scoreRangeEnd", UNSET))

        def _parse_score_range_start(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        score_range_start = _parse_score_range_start(src_dict.get("scoreRangeStart", UNSET))

        _raw_visibility = src_dict.get("visibility", UNSET)
        if _raw_visibility is None:
            visibility = None
        else:
            _visibility = _raw_visibility
            visibility: GameCenterLeaderboardCreateRequestDataAttributesVisibility | Unset
            if isinstance(_visibility, Unset):
                visibility = UNSET
            else:
                visibility = GameCenterLeaderboardCreateRequestDataAttributesVisibility.of(_visibility)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.default_formatter = default_formatter
        _model.reference_name = reference_name
        _model.score_sort_type = score_sort_type
        _model.submission_type = submission_type
        _model.vendor_identifier = vendor_identifier
        _model.activity_properties = activity_properties
        _model.recurrence_duration = recurrence_duration
        _model.recurrence_rule = recurrence_rule
        _model.recurrence_start_date = recurrence_start_date
        _model.score_range_end = score_range_end
        _model.score_range_start = score_range_start
        _model.visibility = visibility
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
