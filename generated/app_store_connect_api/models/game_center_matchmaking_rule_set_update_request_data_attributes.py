from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="GameCenterMatchmakingRuleSetUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "maxPlayers",
        "minPlayers",
    }
)


@_attrs_define(repr=False)
class GameCenterMatchmakingRuleSetUpdateRequestDataAttributes:
    """
    Attributes:
        max_players (int | None | Unset):
        min_players (int | None | Unset):
    """

    max_players: int | None | Unset = UNSET
    min_players: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        max_players: int | None | Unset
        if isinstance(self.max_players, Unset):
            max_players = UNSET
        else:
            max_players = self.max_players

        min_players: int | None | Unset
        if isinstance(self.min_players, Unset):
            min_players = UNSET
        else:
            min_players = self.min_players

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if max_players is not UNSET:
            field_dict["maxPlayers"] = max_players
        if min_players is not UNSET:
            field_dict["minPlayers"] = min_players
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_max_players(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_players = _parse_max_players(src_dict.get("maxPlayers", UNSET))

        def _parse_min_players(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_players = _parse_min_players(src_dict.get("minPlayers", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.max_players = max_players
        _model.min_players = min_players
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
