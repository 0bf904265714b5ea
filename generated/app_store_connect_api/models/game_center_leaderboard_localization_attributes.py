from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.game_center_leaderboard_formatter import GameCenterLeaderboardFormatter
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="GameCenterLeaderboardLocalizationAttributes")
_KNOWN_KEYS = frozenset(
    {
        "description",
        "formatterOverride",
        "formatterSuffix",
        "formatterSuffixSingular",
        "locale",
        "name",
    }
)


@_attrs_define(repr=False)
class GameCenterLeaderboardLocalizationAttributes:
    """
    Attributes:
        description (str | Unset):
        formatter_override (GameCenterLeaderboardFormatter | Unset):
        formatter_suffix (str | Unset):
        formatter_suffix_singular (str | Unset):
        locale (str | Unset):
        name (str | Unset):
    """

    description: str | None = None
    formatter_override: GameCenterLeaderboardFormatter | None = None
    formatter_suffix: str | None = None
    formatter_suffix_singular: str | None = None
    locale: str | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        formatter_override: Any = None
        if self.formatter_override is not None:
            formatter_override = self.formatter_override.value

        formatter_suffix = self.formatter_suffix

        formatter_suffix_singular = self.formatter_suffix_singular

        locale = self.locale

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if description is not None:
            field_dict["description"] = description
        if formatter_override is not None:
            field_dict["formatterOverride"] = formatter_override
        if formatter_suffix is not None:
            field_dict["formatterSuffix"] = formatter_suffix
        if formatter_suffix_singular is not None:
            field_dict["formatterSuffixSingular"] = formatter_suffix_singular
        if locale is not None:
            field_dict["locale"] = locale
        if name is not None:
            field_dict["name"] = name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        description = src_dict.get("description")

        _raw_formatter_override = src_dict.get("formatterOverride")
        if _raw_formatter_override is None:
            formatter_override = None
        else:
            formatter_override = GameCenterLeaderboardFormatter.of(_raw_formatter_override)

        formatter_suffix = src_dict.get("formatterSuffix")

        formatter_suffix_singular = src_dict.get("formatterSuffixSingular")

        locale = src_dict.get("locale")

        name = src_dict.get("name")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.description = description
        _model.formatter_override = formatter_override
        _model.formatter_suffix = formatter_suffix
        _model.formatter_suffix_singular = formatter_suffix_singular
        _model.locale = locale
        _model.name = name
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
