from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.game_center_matchmaking_team_assignment import GameCenterMatchmakingTeamAssignment


T = TypeVar("T", bound="GameCenterMatchmakingRuleSetTestAttributesMatchmakingResultsItemItem")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, GameCenterMatchmakingTeamAssignment
    from ..models.game_center_matchmaking_team_assignment import GameCenterMatchmakingTeamAssignment

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class GameCenterMatchmakingRuleSetTestAttributesMatchmakingResultsItemItem:
    """
    Attributes:
        request_name (str | Unset):
        team_assignments (list[GameCenterMatchmakingTeamAssignment] | Unset):
    """

    request_name: str | None = None
    team_assignments: list[GameCenterMatchmakingTeamAssignment] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        request_name = self.request_name

        team_assignments: Any = None
        if self.team_assignments is not None:
            team_assignments = []
            for team_assignments_item_data in self.team_assignments:
                team_assignments_item = team_assignments_item_data.to_dict()
                team_assignments.append(team_assignments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if request_name is not None:
            field_dict["requestName"] = request_name
        if team_assignments is not None:
            field_dict["teamAssignments"] = team_assignments
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        request_name = d.pop("requestName", None)

        _raw_team_assignments = d.pop("teamAssignments", None)
        if _raw_team_assignments is None:
            team_assignments = None
        else:
            team_assignments = []
            _team_assignments = _raw_team_assignments
            for team_assignments_item_data in _team_assignments:
                team_assignments_item = GameCenterMatchmakingTeamAssignment.from_dict(
                    team_assignments_item_data
                )

                team_assignments.append(team_assignments_item)

        game_center_matchmaking_rule_set_test_attributes_matchmaking_results_item_item = cls(
            request_name=request_name,
            team_assignments=team_assignments,
        )
        game_center_matchmaking_rule_set_test_attributes_matchmaking_results_item_item.additional_properties = d
        return game_center_matchmaking_rule_set_test_attributes_matchmaking_results_item_item

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
