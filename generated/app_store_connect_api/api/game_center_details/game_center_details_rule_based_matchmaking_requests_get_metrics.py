from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_details_rule_based_matchmaking_requests_get_metrics_filter_result import (
        GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsFilterResult,
    )
    from ...models.game_center_details_rule_based_matchmaking_requests_get_metrics_granularity import (
        GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsGranularity,
    )
    from ...models.game_center_details_rule_based_matchmaking_requests_get_metrics_group_by_item import (
        GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsGroupByItem,
    )
    from ...models.game_center_details_rule_based_matchmaking_requests_get_metrics_sort_item import (
        GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsSortItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_matchmaking_app_requests_v1_metric_response import (
    GameCenterMatchmakingAppRequestsV1MetricResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    granularity: GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsGranularity,
    group_by: list[GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsGroupByItem] | Unset = UNSET,
    filter_result: GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsFilterResult | Unset = UNSET,
    sort: list[GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsSortItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_value(
        params,
        "granularity",
        "granularity",
        granularity,
        "GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsGranularity",
    )
    _params.query_list(
        params,
        "groupBy",
        "group_by",
        group_by,
        "GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsGroupByItem",
    )
    _params.query_value(
        params,
        "filter[result]",
        "filter_result",
        filter_result,
        "GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsFilterResult",
    )
    _params.query_list(
        params, "sort", "sort", sort, "GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsSortItem"
    )
    _params.query_value(params, "limit", "limit", limit, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterDetails/{id}/metrics/ruleBasedMatchmakingRequests".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterMatchmakingAppRequestsV1MetricResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterMatchmakingAppRequestsV1MetricResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterMatchmakingAppRequestsV1MetricResponse]:
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
    granularity: GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsGranularity,
    group_by: list[GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsGroupByItem] | Unset = UNSET,
    filter_result: GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsFilterResult | Unset = UNSET,
    sort: list[GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsSortItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterMatchmakingAppRequestsV1MetricResponse]:
    """``GET /v1/gameCenterDetails/{id}/metrics/ruleBasedMatchmakingRequests`` (gameCenterDetails_ruleBasedMatchmakingRequests_getMetrics):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-metrics-rulebasedmatchmakingrequests


    Args:
        id (str):
        granularity (GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsGranularity):
        group_by (list[GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsGroupByItem] |
            Unset):
        filter_result (GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsFilterResult |
            Unset):
        sort (list[GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsSortItem] | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterMatchmakingAppRequestsV1MetricResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        granularity=granularity,
        group_by=group_by,
        filter_result=filter_result,
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
    granularity: GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsGranularity,
    group_by: list[GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsGroupByItem] | Unset = UNSET,
    filter_result: GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsFilterResult | Unset = UNSET,
    sort: list[GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsSortItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | GameCenterMatchmakingAppRequestsV1MetricResponse | None:
    """``GET /v1/gameCenterDetails/{id}/metrics/ruleBasedMatchmakingRequests`` (gameCenterDetails_ruleBasedMatchmakingRequests_getMetrics):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-metrics-rulebasedmatchmakingrequests


    Args:
        id (str):
        granularity (GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsGranularity):
        group_by (list[GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsGroupByItem] |
            Unset):
        filter_result (GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsFilterResult |
            Unset):
        sort (list[GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsSortItem] | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterMatchmakingAppRequestsV1MetricResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        granularity=granularity,
        group_by=group_by,
        filter_result=filter_result,
        sort=sort,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    granularity: GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsGranularity,
    group_by: list[GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsGroupByItem] | Unset = UNSET,
    filter_result: GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsFilterResult | Unset = UNSET,
    sort: list[GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsSortItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterMatchmakingAppRequestsV1MetricResponse]:
    """``GET /v1/gameCenterDetails/{id}/metrics/ruleBasedMatchmakingRequests`` (gameCenterDetails_ruleBasedMatchmakingRequests_getMetrics):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-metrics-rulebasedmatchmakingrequests


    Args:
        id (str):
        granularity (GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsGranularity):
        group_by (list[GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsGroupByItem] |
            Unset):
        filter_result (GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsFilterResult |
            Unset):
        sort (list[GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsSortItem] | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterMatchmakingAppRequestsV1MetricResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        granularity=granularity,
        group_by=group_by,
        filter_result=filter_result,
        sort=sort,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    granularity: GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsGranularity,
    group_by: list[GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsGroupByItem] | Unset = UNSET,
    filter_result: GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsFilterResult | Unset = UNSET,
    sort: list[GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsSortItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | GameCenterMatchmakingAppRequestsV1MetricResponse | None:
    """``GET /v1/gameCenterDetails/{id}/metrics/ruleBasedMatchmakingRequests`` (gameCenterDetails_ruleBasedMatchmakingRequests_getMetrics):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-metrics-rulebasedmatchmakingrequests


    Args:
        id (str):
        granularity (GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsGranularity):
        group_by (list[GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsGroupByItem] |
            Unset):
        filter_result (GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsFilterResult |
            Unset):
        sort (list[GameCenterDetailsRuleBasedMatchmakingRequestsGetMetricsSortItem] | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterMatchmakingAppRequestsV1MetricResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            granularity=granularity,
            group_by=group_by,
            filter_result=filter_result,
            sort=sort,
            limit=limit,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterMatchmakingAppRequestsV1MetricResponse] = (
    GameCenterMatchmakingAppRequestsV1MetricResponse
)
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_matchmaking_app_requests_v1_metric_response_data_item import (
    GameCenterMatchmakingAppRequestsV1MetricResponseDataItem,
)

ITEM_TYPE: type[GameCenterMatchmakingAppRequestsV1MetricResponseDataItem] = (
    GameCenterMatchmakingAppRequestsV1MetricResponseDataItem
)
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterMatchmakingAppRequestsV1MetricResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
