from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.string_to_string_map import StringToStringMap


T = TypeVar("T", bound="GameCenterAchievementV2Attributes")
_KNOWN_KEYS = frozenset(
    {
        "activityProperties",
        "archived",
        "points",
        "referenceName",
        "repeatable",
        "showBeforeEarned",
        "vendorIdentifier",
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
class GameCenterAchievementV2Attributes:
    """
    Attributes:
        activity_properties (StringToStringMap | Unset):
        archived (bool | Unset):
        points (int | Unset):
        reference_name (str | Unset):
        repeatable (bool | Unset):
        show_before_earned (bool | Unset):
        vendor_identifier (str | Unset):
    """

    activity_properties: StringToStringMap | None = None
    archived: bool | None = None
    points: int | None = None
    reference_name: str | None = None
    repeatable: bool | None = None
    show_before_earned: bool | None = None
    vendor_identifier: str | None = None
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

        points = self.points

        reference_name = self.reference_name

        repeatable = self.repeatable

        show_before_earned = self.show_before_earned

        vendor_identifier = self.vendor_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if activity_properties is not None:
            field_dict["activityProperties"] = activity_properties
        if archived is not None:
            field_dict["archived"] = archived
        if points is not None:
            field_dict["points"] = points
        if reference_name is not None:
            field_dict["referenceName"] = reference_name
        if repeatable is not None:
            field_dict["repeatable"] = repeatable
        if show_before_earned is not None:
            field_dict["showBeforeEarned"] = show_before_earned
        if vendor_identifier is not None:
            field_dict["vendorIdentifier"] = vendor_identifier
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        archived = src_dict.get("archived")

        points = src_dict.get("points")

        reference_name = src_dict.get("referenceName")

        repeatable = src_dict.get("repeatable")

        show_before_earned = src_dict.get("showBeforeEarned")

        vendor_identifier = src_dict.get("vendorIdentifier")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.archived = archived
        _model.points = points
        _model.reference_name = reference_name
        _model.repeatable = repeatable
        _model.show_before_earned = show_before_earned
        _model.vendor_identifier = vendor_identifier
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
