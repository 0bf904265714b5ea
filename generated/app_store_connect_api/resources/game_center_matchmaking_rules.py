"""`asc.game_center_matchmaking_rules`: the operations on game_center_matchmaking_rules (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.game_center_matchmaking_boolean_rule_results_v1_metric_response import (
        GameCenterMatchmakingBooleanRuleResultsV1MetricResponse,
    )
    from ..models.game_center_matchmaking_number_rule_results_v1_metric_response import (
        GameCenterMatchmakingNumberRuleResultsV1MetricResponse,
    )
    from ..models.game_center_matchmaking_rule_create_request import GameCenterMatchmakingRuleCreateRequest
    from ..models.game_center_matchmaking_rule_errors_v1_metric_response import (
        GameCenterMatchmakingRuleErrorsV1MetricResponse,
    )
    from ..models.game_center_matchmaking_rule_response import GameCenterMatchmakingRuleResponse
    from ..models.game_center_matchmaking_rule_update_request import GameCenterMatchmakingRuleUpdateRequest

__all__ = ["AsyncGameCenterMatchmakingRules", "GameCenterMatchmakingRules"]

_CREATE_BODY = Body(
    "gameCenterMatchmakingRules",
    {
        "reference_name": ("referenceName", "string", True),
        "description": ("description", "string", True),
        "type_": ("type", "string", True),
        "expression": ("expression", "string", True),
        "weight": ("weight", "number", False),
    },
    {"rule_set": ("ruleSet", "gameCenterMatchmakingRuleSets", False, True)},
)
_UPDATE_BODY = Body(
    "gameCenterMatchmakingRules",
    {
        "description": ("description", "string", False),
        "expression": ("expression", "string", False),
        "weight": ("weight", "number", False),
    },
    {},
)


class GameCenterMatchmakingRules(SyncResource):
    """`asc.game_center_matchmaking_rules`."""

    def create(
        self,
        /,
        body: GameCenterMatchmakingRuleCreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        expression: str | Unset = UNSET,
        weight: float | None | Unset = UNSET,
        rule_set: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingRuleResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterMatchmakingRules`` (gameCenterMatchmakingRules_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecentermatchmakingrules
        """
        return self._write(
            "game_center_matchmaking_rules.game_center_matchmaking_rules_create_instance",
            locals(),
            _CREATE_BODY,
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/gameCenterMatchmakingRules/{id}`` (gameCenterMatchmakingRules_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecentermatchmakingrules-_id_
        """
        return self._call(
            "game_center_matchmaking_rules.game_center_matchmaking_rules_delete_instance", locals()
        )

    def get_matchmaking_boolean_rule_results_metrics(
        self,
        id: str,
        /,
        *,
        granularity: str,
        group_by: str | Sequence[str] | None = None,
        filter_result: str | None = None,
        filter_game_center_matchmaking_queue: str | None = None,
        sort: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingBooleanRuleResultsV1MetricResponse:
        """One request.

        ``GET /v1/gameCenterMatchmakingRules/{id}/metrics/matchmakingBooleanRuleResults`` (gameCenterMatchmakingRules_matchmakingBooleanRuleResults_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrules-_id_-metrics-matchmakingbooleanruleresults
        """
        return self._call(
            "game_center_matchmaking_rules.game_center_matchmaking_rules_matchmaking_boolean_rule_results_get_metrics",
            locals(),
        )

    def get_matchmaking_number_rule_results_metrics(
        self,
        id: str,
        /,
        *,
        granularity: str,
        group_by: str | Sequence[str] | None = None,
        filter_game_center_matchmaking_queue: str | None = None,
        sort: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingNumberRuleResultsV1MetricResponse:
        """One request.

        ``GET /v1/gameCenterMatchmakingRules/{id}/metrics/matchmakingNumberRuleResults`` (gameCenterMatchmakingRules_matchmakingNumberRuleResults_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrules-_id_-metrics-matchmakingnumberruleresults
        """
        return self._call(
            "game_center_matchmaking_rules.game_center_matchmaking_rules_matchmaking_number_rule_results_get_metrics",
            locals(),
        )

    def get_matchmaking_rule_errors_metrics(
        self,
        id: str,
        /,
        *,
        granularity: str,
        group_by: str | Sequence[str] | None = None,
        filter_game_center_matchmaking_queue: str | None = None,
        sort: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingRuleErrorsV1MetricResponse:
        """One request.

        ``GET /v1/gameCenterMatchmakingRules/{id}/metrics/matchmakingRuleErrors`` (gameCenterMatchmakingRules_matchmakingRuleErrors_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrules-_id_-metrics-matchmakingruleerrors
        """
        return self._call(
            "game_center_matchmaking_rules.game_center_matchmaking_rules_matchmaking_rule_errors_get_metrics",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterMatchmakingRuleUpdateRequest | Mapping[str, Any] | None = None,
        *,
        description: str | None | Unset = UNSET,
        expression: str | None | Unset = UNSET,
        weight: float | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingRuleResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterMatchmakingRules/{id}`` (gameCenterMatchmakingRules_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentermatchmakingrules-_id_
        """
        return self._write(
            "game_center_matchmaking_rules.game_center_matchmaking_rules_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncGameCenterMatchmakingRules(AsyncResource):
    """`asc.game_center_matchmaking_rules` (async)."""

    async def create(
        self,
        /,
        body: GameCenterMatchmakingRuleCreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        expression: str | Unset = UNSET,
        weight: float | None | Unset = UNSET,
        rule_set: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingRuleResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterMatchmakingRules`` (gameCenterMatchmakingRules_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecentermatchmakingrules
        """
        return await self._write(
            "game_center_matchmaking_rules.game_center_matchmaking_rules_create_instance",
            locals(),
            _CREATE_BODY,
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/gameCenterMatchmakingRules/{id}`` (gameCenterMatchmakingRules_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecentermatchmakingrules-_id_
        """
        return await self._call(
            "game_center_matchmaking_rules.game_center_matchmaking_rules_delete_instance", locals()
        )

    async def get_matchmaking_boolean_rule_results_metrics(
        self,
        id: str,
        /,
        *,
        granularity: str,
        group_by: str | Sequence[str] | None = None,
        filter_result: str | None = None,
        filter_game_center_matchmaking_queue: str | None = None,
        sort: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingBooleanRuleResultsV1MetricResponse:
        """One request.

        ``GET /v1/gameCenterMatchmakingRules/{id}/metrics/matchmakingBooleanRuleResults`` (gameCenterMatchmakingRules_matchmakingBooleanRuleResults_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrules-_id_-metrics-matchmakingbooleanruleresults
        """
        return await self._call(
            "game_center_matchmaking_rules.game_center_matchmaking_rules_matchmaking_boolean_rule_results_get_metrics",
            locals(),
        )

    async def get_matchmaking_number_rule_results_metrics(
        self,
        id: str,
        /,
        *,
        granularity: str,
        group_by: str | Sequence[str] | None = None,
        filter_game_center_matchmaking_queue: str | None = None,
        sort: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingNumberRuleResultsV1MetricResponse:
        """One request.

        ``GET /v1/gameCenterMatchmakingRules/{id}/metrics/matchmakingNumberRuleResults`` (gameCenterMatchmakingRules_matchmakingNumberRuleResults_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrules-_id_-metrics-matchmakingnumberruleresults
        """
        return await self._call(
            "game_center_matchmaking_rules.game_center_matchmaking_rules_matchmaking_number_rule_results_get_metrics",
            locals(),
        )

    async def get_matchmaking_rule_errors_metrics(
        self,
        id: str,
        /,
        *,
        granularity: str,
        group_by: str | Sequence[str] | None = None,
        filter_game_center_matchmaking_queue: str | None = None,
        sort: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingRuleErrorsV1MetricResponse:
        """One request.

        ``GET /v1/gameCenterMatchmakingRules/{id}/metrics/matchmakingRuleErrors`` (gameCenterMatchmakingRules_matchmakingRuleErrors_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrules-_id_-metrics-matchmakingruleerrors
        """
        return await self._call(
            "game_center_matchmaking_rules.game_center_matchmaking_rules_matchmaking_rule_errors_get_metrics",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterMatchmakingRuleUpdateRequest | Mapping[str, Any] | None = None,
        *,
        description: str | None | Unset = UNSET,
        expression: str | None | Unset = UNSET,
        weight: float | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingRuleResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterMatchmakingRules/{id}`` (gameCenterMatchmakingRules_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentermatchmakingrules-_id_
        """
        return await self._write(
            "game_center_matchmaking_rules.game_center_matchmaking_rules_update_instance",
            locals(),
            _UPDATE_BODY,
        )
