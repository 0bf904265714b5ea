from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.game_center_matchmaking_rule_set_test_attributes_matchmaking_results_item_item import (
        GameCenterMatchmakingRuleSetTestAttributesMatchmakingResultsItemItem,
    )


T = TypeVar("T", bound="GameCenterMatchmakingRuleSetTestAttributes")
_KNOWN_KEYS = frozenset(
    {
        "matchmakingResults",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, GameCenterMatchmakingRuleSetTestAttributesMatchmakingResultsItemItem
    from ..models.game_center_matchmaking_rule_set_test_attributes_matchmaking_results_item_item import (
        GameCenterMatchmakingRuleSetTestAttributesMatchmakingResultsItemItem,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class GameCenterMatchmakingRuleSetTestAttributes:
    """
    Attributes:
        matchmaking_results (list[list[GameCenterMatchmakingRuleSetTestAttributesMatchmakingResultsItemItem]] | Unset):
    """

    matchmaking_results: (
        list[list[GameCenterMatchmakingRuleSetTestAttributesMatchmakingResultsItemItem]] | None
    ) = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        matchmaking_results: Any = None
        if self.matchmaking_results is not None:
            matchmaking_results = []
            for matchmaking_results_item_data in self.matchmaking_results:
                matchmaking_results_item = []
                for matchmaking_results_item_item_data in matchmaking_results_item_data:
                    matchmaking_results_item_item = matchmaking_results_item_item_data.to_dict()
                    matchmaking_results_item.append(matchmaking_results_item_item)

                matchmaking_results.append(matchmaking_results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if matchmaking_results is not None:
            field_dict["matchmakingResults"] = matchmaking_results
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_matchmaking_results = src_dict.get("matchmakingResults")
        if _raw_matchmaking_results is None:
            matchmaking_results = None
        else:
            matchmaking_results = []
            _matchmaking_results = _raw_matchmaking_results
            for matchmaking_results_item_data in _matchmaking_results:
                matchmaking_results_item = []
                _matchmaking_results_item = matchmaking_results_item_data
                for matchmaking_results_item_item_data in _matchmaking_results_item:
                    matchmaking_results_item_item = (
                        GameCenterMatchmakingRuleSetTestAttributesMatchmakingResultsItemItem.from_dict(
                            matchmaking_results_item_item_data
                        )
                    )

                    matchmaking_results_item.append(matchmaking_results_item_item)

                matchmaking_results.append(matchmaking_results_item)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.matchmaking_results = matchmaking_results
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
