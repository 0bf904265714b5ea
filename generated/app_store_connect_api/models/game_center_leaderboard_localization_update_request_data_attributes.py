from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.game_center_leaderboard_formatter import GameCenterLeaderboardFormatter
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="GameCenterLeaderboardLocalizationUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "description",
        "formatterOverride",
        "formatterSuffix",
        "formatterSuffixSingular",
        "name",
    }
)


@_attrs_define(repr=False)
class GameCenterLeaderboardLocalizationUpdateRequestDataAttributes:
    """
    Attributes:
        description (None | str | Unset):
        formatter_override (GameCenterLeaderboardFormatter | Unset):
        formatter_suffix (None | str | Unset):
        formatter_suffix_singular (None | str | Unset):
        name (None | str | Unset):
    """

    description: None | str | Unset = UNSET
    formatter_override: GameCenterLeaderboardFormatter | Unset | None = UNSET
    formatter_suffix: None | str | Unset = UNSET
    formatter_suffix_singular: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        formatter_override: str | Unset | None
        if self.formatter_override is None:
            formatter_override = None
        else:
            formatter_override = UNSET
            if not isinstance(self.formatter_override, Unset):
                formatter_override = self.formatter_override.value

        formatter_suffix: None | str | Unset
        if isinstance(self.formatter_suffix, Unset):
            formatter_suffix = UNSET
        else:
            formatter_suffix = self.formatter_suffix

        formatter_suffix_singular: None | str | Unset
        if isinstance(self.formatter_suffix_singular, Unset):
            formatter_suffix_singular = UNSET
        else:
            formatter_suffix_singular = self.formatter_suffix_singular

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if description is not UNSET:
            field_dict["description"] = description
        if formatter_override is not UNSET:
            field_dict["formatterOverride"] = formatter_override
        if formatter_suffix is not UNSET:
            field_dict["formatterSuffix"] = formatter_suffix
        if formatter_suffix_singular is not UNSET:
            field_dict["formatterSuffixSingular"] = formatter_suffix_singular
        if name is not UNSET:
            field_dict["name"] = name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(src_dict.get("description", UNSET))

        _raw_formatter_override = src_dict.get("formatterOverride", UNSET)
        if _raw_formatter_override is None:
            formatter_override = None
        else:
            _formatter_override = _raw_formatter_override
            formatter_override: GameCenterLeaderboardFormatter | Unset
            if isinstance(_formatter_override, Unset):
                formatter_override = UNSET
            else:
                formatter_override = GameCenterLeaderboardFormatter.of(_formatter_override)

        def _parse_formatter_suffix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        formatter_suffix = _parse_formatter_suffix(src_dict.get("formatterSuffix", UNSET))

        def _parse_formatter_suffix_singular(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        formatter_suffix_singular = _parse_formatter_suffix_singular(
            src_dict.get("formatterSuffixSingular", UNSET)
        )

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(src_dict.get("name", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.description = description
        _model.formatter_override = formatter_override
        _model.formatter_suffix = formatter_suffix
        _model.formatter_suffix_singular = formatter_suffix_singular
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
