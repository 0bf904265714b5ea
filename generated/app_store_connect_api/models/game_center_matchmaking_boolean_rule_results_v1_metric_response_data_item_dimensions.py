from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.game_center_matchmaking_boolean_rule_results_v1_metric_response_data_item_dimensions_game_center_matchmaking_queue import (
        GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataItemDimensionsGameCenterMatchmakingQueue,
    )
    from ..models.game_center_matchmaking_boolean_rule_results_v1_metric_response_data_item_dimensions_result import (
        GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataItemDimensionsResult,
    )


T = TypeVar("T", bound="GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataItemDimensions")
_KNOWN_KEYS = frozenset(
    {
        "gameCenterMatchmakingQueue",
        "result",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataItemDimensionsGameCenterMatchmakingQueue, \
        GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataItemDimensionsResult
    from ..models.game_center_matchmaking_boolean_rule_results_v1_metric_response_data_item_dimensions_game_center_matchmaking_queue import (
        GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataItemDimensionsGameCenterMatchmakingQueue,
    )
    from ..models.game_center_matchmaking_boolean_rule_results_v1_metric_response_data_item_dimensions_result import (
        GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataItemDimensionsResult,
    )

    _LAZY_IMPORTS_DONE = True


def _read_game_center_matchmaking_queue(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_matchmaking_queue = src_dict.get("gameCenterMatchmakingQueue")
    if _raw_game_center_matchmaking_queue is None:
        game_center_matchmaking_queue = None
    else:
        game_center_matchmaking_queue = GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataItemDimensionsGameCenterMatchmakingQueue.from_dict(
            _raw_game_center_matchmaking_queue
        )

    return game_center_matchmaking_queue


def _read_result(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_result = src_dict.get("result")
    if _raw_result is None:
        result = None
    else:
        result = GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataItemDimensionsResult.from_dict(
            _raw_result
        )

    return result


_READERS: dict[str, Any] = {
    "game_center_matchmaking_queue": _read_game_center_matchmaking_queue,
    "result": _read_result,
}


@_attrs_define(repr=False)
class GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataItemDimensions:
    """
    Attributes:
        game_center_matchmaking_queue
            (GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataItemDimensionsGameCenterMatchmakingQueue | Unset):
        result (GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataItemDimensionsResult | Unset):
    """

    game_center_matchmaking_queue: (
        GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataItemDimensionsGameCenterMatchmakingQueue
        | None
    ) = None
    result: GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataItemDimensionsResult | None = None
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
        game_center_matchmaking_queue: Any = None
        if self.game_center_matchmaking_queue is not None:
            game_center_matchmaking_queue = self.game_center_matchmaking_queue.to_dict()

        result: Any = None
        if self.result is not None:
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if game_center_matchmaking_queue is not None:
            field_dict["gameCenterMatchmakingQueue"] = game_center_matchmaking_queue
        if result is not None:
            field_dict["result"] = result
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # game_center_matchmaking_queue, result: read on first access
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
