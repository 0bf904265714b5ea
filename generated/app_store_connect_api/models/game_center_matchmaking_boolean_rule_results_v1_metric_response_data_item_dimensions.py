from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.game_center_matchmaking_boolean_rule_results_v1_metric_response_data_item_dimensions_game_center_matchmaking_queue import (
        GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataItemDimensionsGameCenterMatchmakingQueue,
    )
    from ..models.game_center_matchmaking_boolean_rule_results_v1_metric_response_data_item_dimensions_result import (
        GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataItemDimensionsResult,
    )


T = TypeVar("T", bound="GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataItemDimensions")
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
        d = dict(src_dict)
        _raw_game_center_matchmaking_queue = d.pop("gameCenterMatchmakingQueue", None)
        if _raw_game_center_matchmaking_queue is None:
            game_center_matchmaking_queue = None
        else:
            game_center_matchmaking_queue = GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataItemDimensionsGameCenterMatchmakingQueue.from_dict(
                _raw_game_center_matchmaking_queue
            )

        _raw_result = d.pop("result", None)
        if _raw_result is None:
            result = None
        else:
            result = (
                GameCenterMatchmakingBooleanRuleResultsV1MetricResponseDataItemDimensionsResult.from_dict(
                    _raw_result
                )
            )

        game_center_matchmaking_boolean_rule_results_v1_metric_response_data_item_dimensions = cls(
            game_center_matchmaking_queue=game_center_matchmaking_queue,
            result=result,
        )
        game_center_matchmaking_boolean_rule_results_v1_metric_response_data_item_dimensions.additional_properties = d
        return game_center_matchmaking_boolean_rule_results_v1_metric_response_data_item_dimensions

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
