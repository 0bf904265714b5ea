from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.game_center_matchmaking_team_assignment import GameCenterMatchmakingTeamAssignment


T = TypeVar("T", bound="GameCenterMatchmakingRuleSetTestAttributesMatchmakingResultsItemItem")
_KNOWN_KEYS = frozenset(
    {
        "requestName",
        "teamAssignments",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, GameCenterMatchmakingTeamAssignment
    from ..models.game_center_matchmaking_team_assignment import GameCenterMatchmakingTeamAssignment

    _LAZY_IMPORTS_DONE = True


def _read_team_assignments(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_team_assignments = src_dict.get("teamAssignments")
    if _raw_team_assignments is None:
        team_assignments = None
    else:
        team_assignments = []
        _team_assignments = _raw_team_assignments
        for team_assignments_item_data in _team_assignments:
            team_assignments_item = GameCenterMatchmakingTeamAssignment.from_dict(team_assignments_item_data)

            team_assignments.append(team_assignments_item)

    return team_assignments


_READERS: dict[str, Any] = {
    "team_assignments": _read_team_assignments,
}


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
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

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
        request_name = src_dict.get("requestName")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.request_name = request_name
        _model._document = src_dict  # team_assignments: read on first access
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
