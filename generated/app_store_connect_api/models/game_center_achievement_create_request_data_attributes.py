from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.string_to_string_map import StringToStringMap


T = TypeVar("T", bound="GameCenterAchievementCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "points",
        "referenceName",
        "repeatable",
        "showBeforeEarned",
        "vendorIdentifier",
        "activityProperties",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, StringToStringMap
    from ..models.string_to_string_map import StringToStringMap

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class GameCenterAchievementCreateRequestDataAttributes:
    """
    Attributes:
        points (int):
        reference_name (str):
        repeatable (bool):
        show_before_earned (bool):
        vendor_identifier (str):
        activity_properties (StringToStringMap | Unset):
    """

    points: int
    reference_name: str
    repeatable: bool
    show_before_earned: bool
    vendor_identifier: str
    activity_properties: StringToStringMap | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        points = self.points

        reference_name = self.reference_name

        repeatable = self.repeatable

        show_before_earned = self.show_before_earned

        vendor_identifier = self.vendor_identifier

        activity_properties: dict[str, Any] | Unset | None
        if self.activity_properties is None:
            activity_properties = None
        else:
            activity_properties = UNSET
            if not isinstance(self.activity_properties, Unset):
                activity_properties = self.activity_properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["points"] = points
        field_dict["referenceName"] = reference_name
        field_dict["repeatable"] = repeatable
        field_dict["showBeforeEarned"] = show_before_earned
        field_dict["vendorIdentifier"] = vendor_identifier
        if activity_properties is not UNSET:
            field_dict["activityProperties"] = activity_properties
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        points = src_dict["points"]

        reference_name = src_dict["referenceName"]

        repeatable = src_dict["repeatable"]

        show_before_earned = src_dict["showBeforeEarned"]

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

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.points = points
        _model.reference_name = reference_name
        _model.repeatable = repeatable
        _model.show_before_earned = show_before_earned
        _model.vendor_identifier = vendor_identifier
        _model.activity_properties = activity_properties
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
