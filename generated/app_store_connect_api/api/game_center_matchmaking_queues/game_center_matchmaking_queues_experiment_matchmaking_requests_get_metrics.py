from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_matchmaking_queues_experiment_matchmaking_requests_get_metrics_filter_result import (
        GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsFilterResult,
    )
    from ...models.game_center_matchmaking_queues_experiment_matchmaking_requests_get_metrics_granularity import (
        GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsGranularity,
    )
    from ...models.game_center_matchmaking_queues_experiment_matchmaking_requests_get_metrics_group_by_item import (
        GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsGroupByItem,
    )
    from ...models.game_center_matchmaking_queues_experiment_matchmaking_requests_get_metrics_sort_item import (
        GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsSortItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_matchmaking_queue_requests_v1_metric_response import (
    GameCenterMatchmakingQueueRequestsV1MetricResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    granularity: GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsGranularity,
    group_by: list[GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsGroupByItem]
    | Unset = UNSET,
    filter_result: GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsFilterResult
    | Unset = UNSET,
    filter_game_center_detail: str | Unset = UNSET,
    sort: list[GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsSortItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_value(
        params,
        "granularity",
        "granularity",
        granularity,
        "GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsGranularity",
    )
    _params.query_list(
        params,
        "groupBy",
        "group_by",
        group_by,
        "GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsGroupByItem",
    )
    _params.query_value(
        params,
        "filter[result]",
        "filter_result",
        filter_result,
        "GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsFilterResult",
    )
    _params.query_value(
        params, "filter[gameCenterDetail]", "filter_game_center_detail", filter_game_center_detail, str
    )
    _params.query_list(
        params,
        "sort",
        "sort",
        sort,
        "GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsSortItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterMatchmakingQueues/{id}/metrics/experimentMatchmakingRequests".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterMatchmakingQueueRequestsV1MetricResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterMatchmakingQueueRequestsV1MetricResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GameCenterMatchmakingQueueRequestsV1MetricResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    granularity: GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsGranularity,
    group_by: list[GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsGroupByItem]
    | Unset = UNSET,
    filter_result: GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsFilterResult
    | Unset = UNSET,
    filter_game_center_detail: str | Unset = UNSET,
    sort: list[GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsSortItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterMatchmakingQueueRequestsV1MetricResponse]:
    """``GET /v1/gameCenterMatchmakingQueues/{id}/metrics/experimentMatchmakingRequests`` (gameCenterMatchmakingQueues_experimentMatchmakingRequests_getMetrics):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_-metrics-experimentmatchmakingrequests


    Args:
        id (str):
        granularity
            (GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsGranularity):
        group_by
            (list[GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsGroupByItem] |
            Unset):
        filter_result
            (GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsFilterResult | Unset):
        filter_game_center_detail (str | Unset):
        sort (list[GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsSortItem] |
            Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterMatchmakingQueueRequestsV1MetricResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        granularity=granularity,
        group_by=group_by,
        filter_result=filter_result,
        filter_game_center_detail=filter_game_center_detail,
        sort=sort,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    granularity: GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsGranularity,
    group_by: list[GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsGroupByItem]
    | Unset = UNSET,
    filter_result: GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsFilterResult
    | Unset = UNSET,
    filter_game_center_detail: str | Unset = UNSET,
    sort: list[GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsSortItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | GameCenterMatchmakingQueueRequestsV1MetricResponse | None:
    """``GET /v1/gameCenterMatchmakingQueues/{id}/metrics/experimentMatchmakingRequests`` (gameCenterMatchmakingQueues_experimentMatchmakingRequests_getMetrics):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_-metrics-experimentmatchmakingrequests


    Args:
        id (str):
        granularity
            (GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsGranularity):
        group_by
            (list[GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsGroupByItem] |
            Unset):
        filter_result
            (GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsFilterResult | Unset):
        filter_game_center_detail (str | Unset):
        sort (list[GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsSortItem] |
            Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterMatchmakingQueueRequestsV1MetricResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        granularity=granularity,
        group_by=group_by,
        filter_result=filter_result,
        filter_game_center_detail=filter_game_center_detail,
        sort=sort,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    granularity: GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsGranularity,
    group_by: list[GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsGroupByItem]
    | Unset = UNSET,
    filter_result: GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsFilterResult
    | Unset = UNSET,
    filter_game_center_detail: str | Unset = UNSET,
    sort: list[GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsSortItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterMatchmakingQueueRequestsV1MetricResponse]:
    """``GET /v1/gameCenterMatchmakingQueues/{id}/metrics/experimentMatchmakingRequests`` (gameCenterMatchmakingQueues_experimentMatchmakingRequests_getMetrics):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_-metrics-experimentmatchmakingrequests


    Args:
        id (str):
        granularity
            (GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsGranularity):
        group_by
            (list[GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsGroupByItem] |
            Unset):
        filter_result
            (GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsFilterResult | Unset):
        filter_game_center_detail (str | Unset):
        sort (list[GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsSortItem] |
            Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterMatchmakingQueueRequestsV1MetricResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        granularity=granularity,
        group_by=group_by,
        filter_result=filter_result,
        filter_game_center_detail=filter_game_center_detail,
        sort=sort,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    granularity: GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsGranularity,
    group_by: list[GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsGroupByItem]
    | Unset = UNSET,
    filter_result: GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsFilterResult
    | Unset = UNSET,
    filter_game_center_detail: str | Unset = UNSET,
    sort: list[GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsSortItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | GameCenterMatchmakingQueueRequestsV1MetricResponse | None:
    """``GET /v1/gameCenterMatchmakingQueues/{id}/metrics/experimentMatchmakingRequests`` (gameCenterMatchmakingQueues_experimentMatchmakingRequests_getMetrics):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingqueues-_id_-metrics-experimentmatchmakingrequests


    Args:
        id (str):
        granularity
            (GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsGranularity):
        group_by
            (list[GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsGroupByItem] |
            Unset):
        filter_result
            (GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsFilterResult | Unset):
        filter_game_center_detail (str | Unset):
        sort (list[GameCenterMatchmakingQueuesExperimentMatchmakingRequestsGetMetricsSortItem] |
            Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterMatchmakingQueueRequestsV1MetricResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            granularity=granularity,
            group_by=group_by,
            filter_result=filter_result,
            filter_game_center_detail=filter_game_center_detail,
            sort=sort,
            limit=limit,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterMatchmakingQueueRequestsV1MetricResponse] = (
    GameCenterMatchmakingQueueRequestsV1MetricResponse
)
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_matchmaking_queue_requests_v1_metric_response_data_item import (
    GameCenterMatchmakingQueueRequestsV1MetricResponseDataItem,
)

ITEM_TYPE: type[GameCenterMatchmakingQueueRequestsV1MetricResponseDataItem] = (
    GameCenterMatchmakingQueueRequestsV1MetricResponseDataItem
)
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterMatchmakingQueueRequestsV1MetricResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
