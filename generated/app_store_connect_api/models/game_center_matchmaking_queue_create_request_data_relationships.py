from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.game_center_matchmaking_queue_create_request_data_relationships_experiment_rule_set import (
        GameCenterMatchmakingQueueCreateRequestDataRelationshipsExperimentRuleSet,
    )
    from ..models.game_center_matchmaking_queue_create_request_data_relationships_rule_set import (
        GameCenterMatchmakingQueueCreateRequestDataRelationshipsRuleSet,
    )


T = TypeVar("T", bound="GameCenterMatchmakingQueueCreateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "ruleSet",
        "experimentRuleSet",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterMatchmakingQueueCreateRequestDataRelationshipsExperimentRuleSet, \
        GameCenterMatchmakingQueueCreateRequestDataRelationshipsRuleSet
    from ..models.game_center_matchmaking_queue_create_request_data_relationships_experiment_rule_set import (
        GameCenterMatchmakingQueueCreateRequestDataRelationshipsExperimentRuleSet,
    )
    from ..models.game_center_matchmaking_queue_create_request_data_relationships_rule_set import (
        GameCenterMatchmakingQueueCreateRequestDataRelationshipsRuleSet,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class GameCenterMatchmakingQueueCreateRequestDataRelationships:
    """
    Attributes:
        rule_set (GameCenterMatchmakingQueueCreateRequestDataRelationshipsRuleSet):
        experiment_rule_set (GameCenterMatchmakingQueueCreateRequestDataRelationshipsExperimentRuleSet | Unset):
    """

    rule_set: GameCenterMatchmakingQueueCreateRequestDataRelationshipsRuleSet
    experiment_rule_set: (
        GameCenterMatchmakingQueueCreateRequestDataRelationshipsExperimentRuleSet | Unset | None
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        rule_set = self.rule_set.to_dict()

        experiment_rule_set: dict[str, Any] | Unset | None
        if self.experiment_rule_set is None:
            experiment_rule_set = None
        else:
            experiment_rule_set = UNSET
            if not isinstance(self.experiment_rule_set, Unset):
                experiment_rule_set = self.experiment_rule_set.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["ruleSet"] = rule_set
        if experiment_rule_set is not UNSET:
            field_dict["experimentRuleSet"] = experiment_rule_set
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        rule_set = GameCenterMatchmakingQueueCreateRequestDataRelationshipsRuleSet.from_dict(
            src_dict["ruleSet"]
        )

        _raw_experiment_rule_set = src_dict.get("experimentRuleSet", UNSET)
        if _raw_experiment_rule_set is None:
            experiment_rule_set = None
        else:
            _experiment_rule_set = _raw_experiment_rule_set
            experiment_rule_set: (
                GameCenterMatchmakingQueueCreateRequestDataRelationshipsExperimentRuleSet | Unset
            )
            if isinstance(_experiment_rule_set, Unset):
                experiment_rule_set = UNSET
            else:
                experiment_rule_set = (
                    GameCenterMatchmakingQueueCreateRequestDataRelationshipsExperimentRuleSet.from_dict(
                        _experiment_rule_set
                    )
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.rule_set = rule_set
        _model.experiment_rule_set = experiment_rule_set
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
