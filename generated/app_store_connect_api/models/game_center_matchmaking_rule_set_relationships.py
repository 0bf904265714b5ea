from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.game_center_matchmaking_rule_set_relationships_matchmaking_queues import (
        GameCenterMatchmakingRuleSetRelationshipsMatchmakingQueues,
    )
    from ..models.game_center_matchmaking_rule_set_relationships_rules import (
        GameCenterMatchmakingRuleSetRelationshipsRules,
    )
    from ..models.game_center_matchmaking_rule_set_relationships_teams import (
        GameCenterMatchmakingRuleSetRelationshipsTeams,
    )


T = TypeVar("T", bound="GameCenterMatchmakingRuleSetRelationships")
_KNOWN_KEYS = frozenset(
    {
        "matchmakingQueues",
        "rules",
        "teams",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterMatchmakingRuleSetRelationshipsMatchmakingQueues, \
        GameCenterMatchmakingRuleSetRelationshipsRules, \
        GameCenterMatchmakingRuleSetRelationshipsTeams
    from ..models.game_center_matchmaking_rule_set_relationships_matchmaking_queues import (
        GameCenterMatchmakingRuleSetRelationshipsMatchmakingQueues,
    )
    from ..models.game_center_matchmaking_rule_set_relationships_rules import (
        GameCenterMatchmakingRuleSetRelationshipsRules,
    )
    from ..models.game_center_matchmaking_rule_set_relationships_teams import (
        GameCenterMatchmakingRuleSetRelationshipsTeams,
    )

    _LAZY_IMPORTS_DONE = True


def _read_matchmaking_queues(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_matchmaking_queues = src_dict.get("matchmakingQueues")
    if _raw_matchmaking_queues is None:
        matchmaking_queues = None
    else:
        matchmaking_queues = GameCenterMatchmakingRuleSetRelationshipsMatchmakingQueues.from_dict(
            _raw_matchmaking_queues
        )

    return matchmaking_queues


def _read_rules(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_rules = src_dict.get("rules")
    if _raw_rules is None:
        rules = None
    else:
        rules = GameCenterMatchmakingRuleSetRelationshipsRules.from_dict(_raw_rules)

    return rules


def _read_teams(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_teams = src_dict.get("teams")
    if _raw_teams is None:
        teams = None
    else:
        teams = GameCenterMatchmakingRuleSetRelationshipsTeams.from_dict(_raw_teams)

    return teams


_READERS: dict[str, Any] = {
    "matchmaking_queues": _read_matchmaking_queues,
    "rules": _read_rules,
    "teams": _read_teams,
}


@_attrs_define(repr=False)
class GameCenterMatchmakingRuleSetRelationships:
    """
    Attributes:
        matchmaking_queues (GameCenterMatchmakingRuleSetRelationshipsMatchmakingQueues | Unset):
        rules (GameCenterMatchmakingRuleSetRelationshipsRules | Unset):
        teams (GameCenterMatchmakingRuleSetRelationshipsTeams | Unset):
    """

    matchmaking_queues: GameCenterMatchmakingRuleSetRelationshipsMatchmakingQueues | None = None
    rules: GameCenterMatchmakingRuleSetRelationshipsRules | None = None
    teams: GameCenterMatchmakingRuleSetRelationshipsTeams | None = None
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
        matchmaking_queues: Any = None
        if self.matchmaking_queues is not None:
            matchmaking_queues = self.matchmaking_queues.to_dict()

        rules: Any = None
        if self.rules is not None:
            rules = self.rules.to_dict()

        teams: Any = None
        if self.teams is not None:
            teams = self.teams.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if matchmaking_queues is not None:
            field_dict["matchmakingQueues"] = matchmaking_queues
        if rules is not None:
            field_dict["rules"] = rules
        if teams is not None:
            field_dict["teams"] = teams
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # matchmaking_queues, rules, teams: read on first access
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
