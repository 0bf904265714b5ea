from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.game_center_leaderboard_attributes_score_sort_type import (
    GameCenterLeaderboardAttributesScoreSortType,
)
from ..models.game_center_leaderboard_attributes_submission_type import (
    GameCenterLeaderboardAttributesSubmissionType,
)
from ..models.game_center_leaderboard_attributes_visibility import GameCenterLeaderboardAttributesVisibility
from ..models.game_center_leaderboard_formatter import GameCenterLeaderboardFormatter
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.string_to_string_map import StringToStringMap


T = TypeVar("T", bound="GameCenterLeaderboardAttributes")
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
        "vendorIdentifier",
        "visibility",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, StringToStringMap
    from ..models.string_to_string_map import StringToStringMap

    _LAZY_IMPORTS_DONE = True


def _read_activity_properties(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_activity_properties = src_dict.get("activityProperties")
    if _raw_activity_properties is None:
        activity_properties = None
    else:
        activity_properties = StringToStringMap.from_dict(_raw_activity_properties)

    return activity_properties


_READERS: dict[str, Any] = {
    "activity_properties": _read_activity_properties,
}


@_attrs_define(repr=False)
class GameCenterLeaderboardAttributes:
    """
    Attributes:
        activity_properties (StringToStringMap | Unset):
        archived (bool | Unset):
        default_formatter (GameCenterLeaderboardFormatter | Unset):
        recurrence_duration (str | Unset):
        recurrence_rule (str | Unset):
        recurrence_start_date (datetime.datetime | Unset):
        reference_name (str | Unset):
        score_range_end (str | Unset):
        score_range_start (str | Unset):
        score_sort_type (GameCenterLeaderboardAttributesScoreSortType | Unset):
        submission_type (GameCenterLeaderboardAttributesSubmissionType | Unset):
        vendor_identifier (str | Unset):
        visibility (GameCenterLeaderboardAttributesVisibility | Unset):
    """

    activity_properties: StringToStringMap | None = None
    archived: bool | None = None
    default_formatter: GameCenterLeaderboardFormatter | None = None
    recurrence_duration: str | None = None
    recurrence_rule: str | None = None
    recurrence_start_date: datetime.datetime | None = None
    reference_name: str | None = None
    score_range_end: str | None = None
    score_range_start: str | None = None
    score_sort_type: GameCenterLeaderboardAttributesScoreSortType | None = None
    submission_type: GameCenterLeaderboardAttributesSubmissionType | None = None
    vendor_identifier: str | None = None
    visibility: GameCenterLeaderboardAttributesVisibility | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        activity_properties: Any = None
        if self.activity_properties is not None:
            activity_properties = self.activity_properties.to_dict()

        archived = self.archived

        default_formatter: Any = None
        if self.default_formatter is not None:
            default_formatter = self.default_formatter.value

        recurrence_duration = self.recurrence_duration

        recurrence_rule = self.recurrence_rule

        recurrence_start_date: Any = None
        if self.recurrence_start_date is not None:
            recurrence_start_date = self.recurrence_start_date.isoformat()

        reference_name = self.reference_name

        score_range_end = self.score_range_end

        score_range_start = self.score_range_start

        score_sort_type: Any = None
        if self.score_sort_type is not None:
            score_sort_type = self.score_sort_type.value

        submission_type: Any = None
        if self.submission_type is not None:
            submission_type = self.submission_type.value

        vendor_identifier = self.vendor_identifier

        visibility: Any = None
        if self.visibility is not None:
            visibility = self.visibility.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if activity_properties is not None:
            field_dict["activityProperties"] = activity_properties
        if archived is not None:
            field_dict["archived"] = archived
        if default_formatter is not None:
            field_dict["defaultFormatter"] = default_formatter
        if recurrence_duration is not None:
            field_dict["recurrenceDuration"] = recurrence_duration
        if recurrence_rule is not None:
            field_dict["recurrenceRule"] = recurrence_rule
        if recurrence_start_date is not None:
            field_dict["recurrenceStartDate"] = recurrence_start_date
        if reference_name is not None:
            field_dict["referenceName"] = reference_name
        if score_range_end is not None:
            field_dict["scoreRangeEnd"] = score_range_end
        if score_range_start is not None:
            field_dict["scoreRangeStart"] = score_range_start
        if score_sort_type is not None:
            field_dict["scoreSortType"] = score_sort_type
        if submission_type is not None:
            field_dict["submissionType"] = submission_type
        if vendor_identifier is not None:
            field_dict["vendorIdentifier"] = vendor_identifier
        if visibility is not None:
            field_dict["visibility"] = visibility
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        archived = src_dict.get("archived")

        _raw_default_formatter = src_dict.get("defaultFormatter")
        if _raw_default_formatter is None:
            default_formatter = None
        else:
            default_formatter = GameCenterLeaderboardFormatter.of(_raw_default_formatter)

        recurrence_duration = src_dict.get("recurrenceDuration")

        recurrence_rule = src_dict.get("recurrenceRule")

        _raw_recurrence_start_date = src_dict.get("recurrenceStartDate")
        if _raw_recurrence_start_date is None:
            recurrence_start_date = None
        else:
            recurrence_start_date = datetime.datetime.fromisoformat(_raw_recurrence_start_date)

        reference_name = src_dict.get("referenceName")

        score_range_end = src_dict.get("scoreRangeEnd")

        score_range_start = src_dict.get("scoreRangeStart")

        _raw_score_sort_type = src_dict.get("scoreSortType")
        if _raw_score_sort_type is None:
            score_sort_type = None
        else:
            score_sort_type = GameCenterLeaderboardAttributesScoreSortType.of(_raw_score_sort_type)

        _raw_submission_type = src_dict.get("submissionType")
        if _raw_submission_type is None:
            submission_type = None
        else:
            submission_type = GameCenterLeaderboardAttributesSubmissionType.of(_raw_submission_type)

        vendor_identifier = src_dict.get("vendorIdentifier")

        _raw_visibility = src_dict.get("visibility")
        if _raw_visibility is None:
            visibility = None
        else:
            visibility = GameCenterLeaderboardAttributesVisibility.of(_raw_visibility)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
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
        _model.vendor_identifier = vendor_identifier
        _model.visibility = visibility
        _model._document = src_dict  # activity_properties: read on first access
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
