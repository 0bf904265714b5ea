from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.game_center_matchmaking_queue_relationships_experiment_rule_set import (
        GameCenterMatchmakingQueueRelationshipsExperimentRuleSet,
    )
    from ..models.game_center_matchmaking_queue_relationships_rule_set import (
        GameCenterMatchmakingQueueRelationshipsRuleSet,
    )


T = TypeVar("T", bound="GameCenterMatchmakingQueueRelationships")
_KNOWN_KEYS = frozenset(
    {
        "experimentRuleSet",
        "ruleSet",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterMatchmakingQueueRelationshipsExperimentRuleSet, \
        GameCenterMatchmakingQueueRelationshipsRuleSet
    from ..models.game_center_matchmaking_queue_relationships_experiment_rule_set import (
        GameCenterMatchmakingQueueRelationshipsExperimentRuleSet,
    )
    from ..models.game_center_matchmaking_queue_relationships_rule_set import (
        GameCenterMatchmakingQueueRelationshipsRuleSet,
    )

    _LAZY_IMPORTS_DONE = True


def _read_experiment_rule_set(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_experiment_rule_set = src_dict.get("experimentRuleSet")
    if _raw_experiment_rule_set is None:
        experiment_rule_set = None
    else:
        experiment_rule_set = GameCenterMatchmakingQueueRelationshipsExperimentRuleSet.from_dict(
            _raw_experiment_rule_set
        )

    return experiment_rule_set


def _read_rule_set(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_rule_set = src_dict.get("ruleSet")
    if _raw_rule_set is None:
        rule_set = None
    else:
        rule_set = GameCenterMatchmakingQueueRelationshipsRuleSet.from_dict(_raw_rule_set)

    return rule_set


_READERS: dict[str, Any] = {
    "experiment_rule_set": _read_experiment_rule_set,
    "rule_set": _read_rule_set,
}


@_attrs_define(repr=False)
class GameCenterMatchmakingQueueRelationships:
    """
    Attributes:
        experiment_rule_set (GameCenterMatchmakingQueueRelationshipsExperimentRuleSet | Unset):
        rule_set (GameCenterMatchmakingQueueRelationshipsRuleSet | Unset):
    """

    experiment_rule_set: GameCenterMatchmakingQueueRelationshipsExperimentRuleSet | None = None
    rule_set: GameCenterMatchmakingQueueRelationshipsRuleSet | None = None
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
        experiment_rule_set: Any = None
        if self.experiment_rule_set is not None:
            experiment_rule_set = self.experiment_rule_set.to_dict()

        rule_set: Any = None
        if self.rule_set is not None:
            rule_set = self.rule_set.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if experiment_rule_set is not None:
            field_dict["experimentRuleSet"] = experiment_rule_set
        if rule_set is not None:
            field_dict["ruleSet"] = rule_set
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # experiment_rule_set, rule_set: read on first access
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
