"""`asc.game_center_matchmaking_queues`: the operations on game_center_matchmaking_queues (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.game_center_matchmaking_queue import GameCenterMatchmakingQueue
    from ..models.game_center_matchmaking_queue_create_request import GameCenterMatchmakingQueueCreateRequest
    from ..models.game_center_matchmaking_queue_requests_v1_metric_response import (
        GameCenterMatchmakingQueueRequestsV1MetricResponse,
    )
    from ..models.game_center_matchmaking_queue_response import GameCenterMatchmakingQueueResponse
    from ..models.game_center_matchmaking_queue_sizes_v1_metric_response import (
        GameCenterMatchmakingQueueSizesV1MetricResponse,
    )
    from ..models.game_center_matchmaking_queue_update_request import GameCenterMatchmakingQueueUpdateRequest
    from ..models.game_center_matchmaking_queues_response import GameCenterMatchmakingQueuesResponse
    from ..models.game_center_matchmaking_sessions_v1_metric_response import (
        GameCenterMatchmakingSessionsV1MetricResponse,
    )

__all__ = ["AsyncGameCenterMatchmakingQueues", "GameCenterMatchmakingQueues"]

_CREATE_BODY = Body(
    "gameCenterMatchmakingQueues",
    {
        "reference_name": ("referenceName", "string", True),
        "classic_matchmaking_bundle_ids": ("classicMatchmakingBundleIds", "array", False),
    },
    {
        "rule_set": ("ruleSet", "gameCenterMatchmakingRuleSets", False, True),
        "experiment_rule_set": ("experimentRuleSet", "gameCenterMatchmakingRuleSets", False, False),
    },
)
_UPDATE_BODY = Body(
    "gameCenterMatchmakingQueues",
    {"classic_matchmaking_bundle_ids": ("classicMatchmakingBundleIds", "array", False)},
    {
        "rule_set": ("ruleSet", "gameCenterMatchmakingRuleSets", False, False),
        "experiment_rule_set": ("experimentRuleSet", "gameCenterMatchmakingRuleSets", False, False),
    },
)


class GameCenterMatchmakingQueues(SyncResource):
    """`asc.game_center_matchmaking_queues`."""

    def create(
        self,
        /,
        body: GameCenterMatchmakingQueueCreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        classic_matchmaking_bundle_ids: Sequence[Any] | None | Unset = UNSET,
        rule_set: str | Unset = UNSET,
        experiment_rule_set: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingQueueResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterMatchmakingQueues`` (gameCenterMatchmakingQueues_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecentermatchmakingqueues
        """
        return self._write(
            "game_center_matchmaking_queues.game_center_matchmaking_queues_create_instance",
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

        ``DELETE /v1/gameCenterMatchmakingQueues/{id}`` (gameCenterMatchmakingQueues_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecentermatchmakingqueues-_id_
        """
        return self._call(
            "game_center_matchmaking_queues.game_center_matchmaking_queues_delete_instance", locals()
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_matchmaking_queues: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_rule_sets: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingQueueResponse:
        """One request.

        ``GET /v1/gameCenterMatchmakingQueues/{id}`` (gameCenterMatchmakingQueues_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_
        """
        return self._call(
            "game_center_matchmaking_queues.game_center_matchmaking_queues_get_instance", locals()
        )

    def get_experiment_matchmaking_queue_sizes_metrics(
        self,
        id: str,
        /,
        *,
        granularity: str,
        sort: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingQueueSizesV1MetricResponse:
        """One request.

        ``GET /v1/gameCenterMatchmakingQueues/{id}/metrics/experimentMatchmakingQueueSizes`` (gameCenterMatchmakingQueues_experimentMatchmakingQueueSizes_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_-metrics-experimentmatchmakingqueuesizes
        """
        return self._call(
            "game_center_matchmaking_queues.game_center_matchmaking_queues_experiment_matchmaking_queue_sizes_get_metrics",
            locals(),
        )

    def get_experiment_matchmaking_requests_metrics(
        self,
        id: str,
        /,
        *,
        granularity: str,
        group_by: str | Sequence[str] | None = None,
        filter_result: str | None = None,
        filter_game_center_detail: str | None = None,
        sort: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingQueueRequestsV1MetricResponse:
        """One request.

        ``GET /v1/gameCenterMatchmakingQueues/{id}/metrics/experimentMatchmakingRequests`` (gameCenterMatchmakingQueues_experimentMatchmakingRequests_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_-metrics-experimentmatchmakingrequests
        """
        return self._call(
            "game_center_matchmaking_queues.game_center_matchmaking_queues_experiment_matchmaking_requests_get_metrics",
            locals(),
        )

    def get_matchmaking_queue_sizes_metrics(
        self,
        id: str,
        /,
        *,
        granularity: str,
        sort: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingQueueSizesV1MetricResponse:
        """One request.

        ``GET /v1/gameCenterMatchmakingQueues/{id}/metrics/matchmakingQueueSizes`` (gameCenterMatchmakingQueues_matchmakingQueueSizes_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_-metrics-matchmakingqueuesizes
        """
        return self._call(
            "game_center_matchmaking_queues.game_center_matchmaking_queues_matchmaking_queue_sizes_get_metrics",
            locals(),
        )

    def get_matchmaking_requests_metrics(
        self,
        id: str,
        /,
        *,
        granularity: str,
        group_by: str | Sequence[str] | None = None,
        filter_result: str | None = None,
        filter_game_center_detail: str | None = None,
        sort: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingQueueRequestsV1MetricResponse:
        """One request.

        ``GET /v1/gameCenterMatchmakingQueues/{id}/metrics/matchmakingRequests`` (gameCenterMatchmakingQueues_matchmakingRequests_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_-metrics-matchmakingrequests
        """
        return self._call(
            "game_center_matchmaking_queues.game_center_matchmaking_queues_matchmaking_requests_get_metrics",
            locals(),
        )

    def get_matchmaking_sessions_metrics(
        self,
        id: str,
        /,
        *,
        granularity: str,
        sort: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingSessionsV1MetricResponse:
        """One request.

        ``GET /v1/gameCenterMatchmakingQueues/{id}/metrics/matchmakingSessions`` (gameCenterMatchmakingQueues_matchmakingSessions_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_-metrics-matchmakingsessions
        """
        return self._call(
            "game_center_matchmaking_queues.game_center_matchmaking_queues_matchmaking_sessions_get_metrics",
            locals(),
        )

    def list(
        self,
        *,
        fields_game_center_matchmaking_queues: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_rule_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterMatchmakingQueue]:
        """Every GameCenterMatchmakingQueue across pages, with the pagination guards.

        ``GET /v1/gameCenterMatchmakingQueues`` (gameCenterMatchmakingQueues_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues
        """
        return self._paginate(
            "game_center_matchmaking_queues.game_center_matchmaking_queues_get_collection", locals()
        )

    def list_page(
        self,
        *,
        fields_game_center_matchmaking_queues: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_rule_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingQueuesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterMatchmakingQueues`` (gameCenterMatchmakingQueues_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues
        """
        return self._call(
            "game_center_matchmaking_queues.game_center_matchmaking_queues_get_collection", locals()
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterMatchmakingQueueUpdateRequest | Mapping[str, Any] | None = None,
        *,
        classic_matchmaking_bundle_ids: Sequence[Any] | None | Unset = UNSET,
        rule_set: str | None | Unset = UNSET,
        experiment_rule_set: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingQueueResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterMatchmakingQueues/{id}`` (gameCenterMatchmakingQueues_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentermatchmakingqueues-_id_
        """
        return self._write(
            "game_center_matchmaking_queues.game_center_matchmaking_queues_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncGameCenterMatchmakingQueues(AsyncResource):
    """`asc.game_center_matchmaking_queues` (async)."""

    async def create(
        self,
        /,
        body: GameCenterMatchmakingQueueCreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        classic_matchmaking_bundle_ids: Sequence[Any] | None | Unset = UNSET,
        rule_set: str | Unset = UNSET,
        experiment_rule_set: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingQueueResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterMatchmakingQueues`` (gameCenterMatchmakingQueues_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecentermatchmakingqueues
        """
        return await self._write(
            "game_center_matchmaking_queues.game_center_matchmaking_queues_create_instance",
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

        ``DELETE /v1/gameCenterMatchmakingQueues/{id}`` (gameCenterMatchmakingQueues_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecentermatchmakingqueues-_id_
        """
        return await self._call(
            "game_center_matchmaking_queues.game_center_matchmaking_queues_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_matchmaking_queues: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_rule_sets: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingQueueResponse:
        """One request.

        ``GET /v1/gameCenterMatchmakingQueues/{id}`` (gameCenterMatchmakingQueues_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_
        """
        return await self._call(
            "game_center_matchmaking_queues.game_center_matchmaking_queues_get_instance", locals()
        )

    async def get_experiment_matchmaking_queue_sizes_metrics(
        self,
        id: str,
        /,
        *,
        granularity: str,
        sort: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingQueueSizesV1MetricResponse:
        """One request.

        ``GET /v1/gameCenterMatchmakingQueues/{id}/metrics/experimentMatchmakingQueueSizes`` (gameCenterMatchmakingQueues_experimentMatchmakingQueueSizes_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_-metrics-experimentmatchmakingqueuesizes
        """
        return await self._call(
            "game_center_matchmaking_queues.game_center_matchmaking_queues_experiment_matchmaking_queue_sizes_get_metrics",
            locals(),
        )

    async def get_experiment_matchmaking_requests_metrics(
        self,
        id: str,
        /,
        *,
        granularity: str,
        group_by: str | Sequence[str] | None = None,
        filter_result: str | None = None,
        filter_game_center_detail: str | None = None,
        sort: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingQueueRequestsV1MetricResponse:
        """One request.

        ``GET /v1/gameCenterMatchmakingQueues/{id}/metrics/experimentMatchmakingRequests`` (gameCenterMatchmakingQueues_experimentMatchmakingRequests_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_-metrics-experimentmatchmakingrequests
        """
        return await self._call(
            "game_center_matchmaking_queues.game_center_matchmaking_queues_experiment_matchmaking_requests_get_metrics",
            locals(),
        )

    async def get_matchmaking_queue_sizes_metrics(
        self,
        id: str,
        /,
        *,
        granularity: str,
        sort: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingQueueSizesV1MetricResponse:
        """One request.

        ``GET /v1/gameCenterMatchmakingQueues/{id}/metrics/matchmakingQueueSizes`` (gameCenterMatchmakingQueues_matchmakingQueueSizes_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_-metrics-matchmakingqueuesizes
        """
        return await self._call(
            "game_center_matchmaking_queues.game_center_matchmaking_queues_matchmaking_queue_sizes_get_metrics",
            locals(),
        )

    async def get_matchmaking_requests_metrics(
        self,
        id: str,
        /,
        *,
        granularity: str,
        group_by: str | Sequence[str] | None = None,
        filter_result: str | None = None,
        filter_game_center_detail: str | None = None,
        sort: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingQueueRequestsV1MetricResponse:
        """One request.

        ``GET /v1/gameCenterMatchmakingQueues/{id}/metrics/matchmakingRequests`` (gameCenterMatchmakingQueues_matchmakingRequests_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_-metrics-matchmakingrequests
        """
        return await self._call(
            "game_center_matchmaking_queues.game_center_matchmaking_queues_matchmaking_requests_get_metrics",
            locals(),
        )

    async def get_matchmaking_sessions_metrics(
        self,
        id: str,
        /,
        *,
        granularity: str,
        sort: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingSessionsV1MetricResponse:
        """One request.

        ``GET /v1/gameCenterMatchmakingQueues/{id}/metrics/matchmakingSessions`` (gameCenterMatchmakingQueues_matchmakingSessions_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_-metrics-matchmakingsessions
        """
        return await self._call(
            "game_center_matchmaking_queues.game_center_matchmaking_queues_matchmaking_sessions_get_metrics",
            locals(),
        )

    def list(
        self,
        *,
        fields_game_center_matchmaking_queues: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_rule_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterMatchmakingQueue]:
        """Every GameCenterMatchmakingQueue across pages, with the pagination guards.

        ``GET /v1/gameCenterMatchmakingQueues`` (gameCenterMatchmakingQueues_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues
        """
        return self._paginate(
            "game_center_matchmaking_queues.game_center_matchmaking_queues_get_collection", locals()
        )

    async def list_page(
        self,
        *,
        fields_game_center_matchmaking_queues: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_rule_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingQueuesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterMatchmakingQueues`` (gameCenterMatchmakingQueues_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues
        """
        return await self._call(
            "game_center_matchmaking_queues.game_center_matchmaking_queues_get_collection", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterMatchmakingQueueUpdateRequest | Mapping[str, Any] | None = None,
        *,
        classic_matchmaking_bundle_ids: Sequence[Any] | None | Unset = UNSET,
        rule_set: str | None | Unset = UNSET,
        experiment_rule_set: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingQueueResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterMatchmakingQueues/{id}`` (gameCenterMatchmakingQueues_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentermatchmakingqueues-_id_
        """
        return await self._write(
            "game_center_matchmaking_queues.game_center_matchmaking_queues_update_instance",
            locals(),
            _UPDATE_BODY,
        )
