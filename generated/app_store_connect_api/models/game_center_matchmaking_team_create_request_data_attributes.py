from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="GameCenterMatchmakingTeamCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "maxPlayers",
        "minPlayers",
        "referenceName",
    }
)


@_attrs_define(repr=False)
class GameCenterMatchmakingTeamCreateRequestDataAttributes:
    """
    Attributes:
        max_players (int):
        min_players (int):
        reference_name (str):
    """

    max_players: int
    min_players: int
    reference_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        max_players = self.max_players

        min_players = self.min_players

        reference_name = self.reference_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["maxPlayers"] = max_players
        field_dict["minPlayers"] = min_players
        field_dict["referenceName"] = reference_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        max_players = src_dict["maxPlayers"]

        min_players = src_dict["minPlayers"]

        reference_name = src_dict["referenceName"]

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.max_players = max_players
        _model.min_players = min_players
        _model.reference_name = reference_name
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
