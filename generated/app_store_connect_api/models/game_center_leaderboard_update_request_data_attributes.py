from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.game_center_leaderboard_formatter import GameCenterLeaderboardFormatter
from ..models.game_center_leaderboard_update_request_data_attributes_score_sort_type import (
    GameCenterLeaderboardUpdateRequestDataAttributesScoreSortType,
)
from ..models.game_center_leaderboard_update_request_data_attributes_submission_type import (
    GameCenterLeaderboardUpdateRequestDataAttributesSubmissionType,
)
from ..models.game_center_leaderboard_update_request_data_attributes_visibility import (
    GameCenterLeaderboardUpdateRequestDataAttributesVisibility,
)
from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.string_to_string_map import StringToStringMap


T = TypeVar("T", bound="GameCenterLeaderboardUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "activityProperties",
        "archived",
        "defaultFormatter",
        "recurrenceDuration",
        "recurrenceRule",
        "recurrenceStartDate",
        "referenceName",
        "scoreRangeEnd",
        "scoreRangeStart",
        "scoreSortType",
        "submissionType",
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
class GameCenterLeaderboardUpdateRequestDataAttributes:
    """
    Attributes:
        activity_properties (StringToStringMap | Unset):
        archived (bool | None | Unset):
        default_formatter (GameCenterLeaderboardFormatter | Unset):
        recurrence_duration (None | str | Unset):
        recurrence_rule (None | str | Unset):
        recurrence_start_date (datetime.datetime | None | Unset):
        reference_name (None | str | Unset):
        score_range_end (None | str | Unset):
        score_range_start (None | str | Unset):
        score_sort_type (GameCenterLeaderboardUpdateRequestDataAttributesScoreSortType | Unset):
        submission_type (GameCenterLeaderboardUpdateRequestDataAttributesSubmissionType | Unset):
        visibility (GameCenterLeaderboardUpdateRequestDataAttributesVisibility | Unset):
    """

    activity_properties: StringToStringMap | Unset | None = UNSET
    archived: bool | None | Unset = UNSET
    default_formatter: GameCenterLeaderboardFormatter | Unset | None = UNSET
    recurrence_duration: None | str | Unset = UNSET
    recurrence_rule: None | str | Unset = UNSET
    recurrence_start_date: datetime.datetime | None | Unset = UNSET
    reference_name: None | str | Unset = UNSET
    score_range_end: None | str | Unset = UNSET
    score_range_start: None | str | Unset = UNSET
    score_sort_type: GameCenterLeaderboardUpdateRequestDataAttributesScoreSortType | Unset | None = UNSET
    submission_type: GameCenterLeaderboardUpdateRequestDataAttributesSubmissionType | Unset | None = UNSET
    visibility: GameCenterLeaderboardUpdateRequestDataAttributesVisibility | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        activity_properties: dict[str, Any] | Unset | None
        if self.activity_properties is None:
            activity_properties = None
        else:
            activity_properties = UNSET
            if not isinstance(self.activity_properties, Unset):
                activity_properties = self.activity_properties.to_dict()

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        default_formatter: str | Unset | None
        if self.default_formatter is None:
            default_formatter = None
        else:
            default_formatter = UNSET
            if not isinstance(self.default_formatter, Unset):
                default_formatter = self.default_formatter.value

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

        reference_name: None | str | Unset
        if isinstance(self.reference_name, Unset):
            reference_name = UNSET
        else:
            reference_name = self.reference_name

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

        score_sort_type: str | Unset | None
        if self.score_sort_type is None:
            score_sort_type = None
        else:
            score_sort_type = UNSET
            if not isinstance(self.score_sort_type, Unset):
                score_sort_type = self.score_sort_type.value

        submission_type: str | Unset | None
        if self.submission_type is None:
            submission_type = None
        else:
            submission_type = UNSET
            if not isinstance(self.submission_type, Unset):
                submission_type = self.submission_type.value

        visibility: str | Unset | None
        if self.visibility is None:
            visibility = None
        else:
            visibility = UNSET
            if not isinstance(self.visibility, Unset):
                visibility = self.visibility.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if activity_properties is not UNSET:
            field_dict["activityProperties"] = activity_properties
        if archived is not UNSET:
            field_dict["archived"] = archived
        if default_formatter is not UNSET:
            field_dict["defaultFormatter"] = default_formatter
        if recurrence_duration is not UNSET:
            field_dict["recurrenceDuration"] = recurrence_duration
        if recurrence_rule is not UNSET:
            field_dict["recurrenceRule"] = recurrence_rule
        if recurrence_start_date is not UNSET:
            field_dict["recurrenceStartDate"] = recurrence_start_date
        if reference_name is not UNSET:
            field_dict["referenceName"] = reference_name
        if score_range_end is not UNSET:
            field_dict["scoreRangeEnd"] = score_range_end
        if score_range_start is not UNSET:
            field_dict["scoreRangeStart"] = score_range_start
        if score_sort_type is not UNSET:
            field_dict["scoreSortType"] = score_sort_type
        if submission_type is not UNSET:
            field_dict["submissionType"] = submission_type
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
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

        def _parse_archived(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        archived = _parse_archived(src_dict.get("archived", UNSET))

        _raw_default_formatter = src_dict.get("defaultFormatter", UNSET)
        if _raw_default_formatter is None:
            default_formatter = None
        else:
            _default_formatter = _raw_default_formatter
            default_formatter: GameCenterLeaderboardFormatter | Unset
            if isinstance(_default_formatter, Unset):
                default_formatter = UNSET
            else:
                default_formatter = GameCenterLeaderboardFormatter.of(_default_formatter)

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

        def _parse_reference_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_name = _parse_reference_name(src_dict.get("referenceName", UNSET))

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

        _raw_score_sort_type = src_dict.get("scoreSortType", UNSET)
        if _raw_score_sort_type is None:
            score_sort_type = None
        else:
            _score_sort_type = _raw_score_sort_type
            score_sort_type: GameCenterLeaderboardUpdateRequestDataAttributesScoreSortType | Unset
            if isinstance(_score_sort_type, Unset):
                score_sort_type = UNSET
            else:
                score_sort_type = GameCenterLeaderboardUpdateRequestDataAttributesScoreSortType.of(
                    _score_sort_type
                )

        _raw_submission_type = src_dict.get("submissionType", UNSET)
        if _raw_submission_type is None:
            submission_type = None
        else:
            _submission_type = _raw_submission_type
            submission_type: GameCenterLeaderboardUpdateRequestDataAttributesSubmissionType | Unset
            if isinstance(_submission_type, Unset):
                submission_type = UNSET
            else:
                submission_type = GameCenterLeaderboardUpdateRequestDataAttributesSubmissionType.of(
                    _submission_type
                )

        _raw_visibility = src_dict.get("visibility", UNSET)
        if _raw_visibility is None:
            visibility = None
        else:
            _visibility = _raw_visibility
            visibility: GameCenterLeaderboardUpdateRequestDataAttributesVisibility | Unset
            if isinstance(_visibility, Unset):
                visibility = UNSET
            else:
                visibility = GameCenterLeaderboardUpdateRequestDataAttributesVisibility.of(_visibility)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.activity_properties = activity_properties
        _model.archived = archived
        _model.default_formatter = default_formatter
        _model.recurrence_duration = recurrence_duration
        _model.recurrence_rule = recurrence_rule
        _model.recurrence_start_date = recurrence_start_date
        _model.reference_name = reference_name
        _model.score_range_end = score_range_end
        _model.score_range_start = score_range_start
        _model.score_sort_type = score_sort_type
        _model.submission_type = submission_type
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
