from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.string_to_string_map import StringToStringMap


T = TypeVar("T", bound="GameCenterAchievementV2UpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "activityProperties",
        "archived",
        "points",
        "referenceName",
        "repeatable",
        "showBeforeEarned",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, StringToStringMap
    from ..models.string_to_string_map import StringToStringMap

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class GameCenterAchievementV2UpdateRequestDataAttributes:
    """
    Attributes:
        activity_properties (StringToStringMap | Unset):
        archived (bool | None | Unset):
        points (int | None | Unset):
        reference_name (None | str | Unset):
        repeatable (bool | None | Unset):
        show_before_earned (bool | None | Unset):
    """

    activity_properties: StringToStringMap | Unset | None = UNSET
    archived: bool | None | Unset = UNSET
    points: int | None | Unset = UNSET
    reference_name: None | str | Unset = UNSET
    repeatable: bool | None | Unset = UNSET
    show_before_earned: bool | None | Unset = UNSET
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

        points: int | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        else:
            points = self.points

        reference_name: None | str | Unset
        if isinstance(self.reference_name, Unset):
            reference_name = UNSET
        else:
            reference_name = self.reference_name

        repeatable: bool | None | Unset
        if isinstance(self.repeatable, Unset):
            repeatable = UNSET
        else:
            repeatable = self.repeatable

        show_before_earned: bool | None | Unset
        if isinstance(self.show_before_earned, Unset):
            show_before_earned = UNSET
        else:
            show_before_earned = self.show_before_earned

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if activity_properties is not UNSET:
            field_dict["activityProperties"] = activity_properties
        if archived is not UNSET:
            field_dict["archived"] = archived
        if points is not UNSET:
            field_dict["points"] = points
        if reference_name is not UNSET:
            field_dict["referenceName"] = reference_name
        if repeatable is not UNSET:
            field_dict["repeatable"] = repeatable
        if show_before_earned is not UNSET:
            field_dict["showBeforeEarned"] = show_before_earned
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

        def _parse_points(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        points = _parse_points(src_dict.get("points", UNSET))

        def _parse_reference_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_name = _parse_reference_name(src_dict.get("referenceName", UNSET))

        def _parse_repeatable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        repeatable = _parse_repeatable(src_dict.get("repeatable", UNSET))

        def _parse_show_before_earned(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        show_before_earned = _parse_show_before_earned(src_dict.get("showBeforeEarned", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.activity_properties = activity_properties
        _model.archived = archived
        _model.points = points
        _model.reference_name = reference_name
        _model.repeatable = repeatable
        _model.show_before_earned = show_before_earned
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
