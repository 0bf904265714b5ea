from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="GameCenterMatchmakingTeamAssignment")


@_attrs_define(repr=False)
class GameCenterMatchmakingTeamAssignment:
    """
    Attributes:
        player_id (str | Unset):
        team (str | Unset):
    """

    player_id: str | None = None
    team: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        player_id = self.player_id

        team = self.team

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if player_id is not None:
            field_dict["playerId"] = player_id
        if team is not None:
            field_dict["team"] = team
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        player_id = d.pop("playerId", None)

        team = d.pop("team", None)

        game_center_matchmaking_team_assignment = cls(
            player_id=player_id,
            team=team,
        )
        game_center_matchmaking_team_assignment.additional_properties = d
        return game_center_matchmaking_team_assignment

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
