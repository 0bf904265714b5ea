from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_perf_power_metrics_get_to_many_related_filter_metric_type_item import (
        AppsPerfPowerMetricsGetToManyRelatedFilterMetricTypeItem,
    )
    from ...models.apps_perf_power_metrics_get_to_many_related_filter_platform_item import (
        AppsPerfPowerMetricsGetToManyRelatedFilterPlatformItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.xcode_metrics import XcodeMetrics
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_platform: list[AppsPerfPowerMetricsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_metric_type: list[AppsPerfPowerMetricsGetToManyRelatedFilterMetricTypeItem] | Unset = UNSET,
    filter_device_type: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[platform]",
        "filter_platform",
        filter_platform,
        "AppsPerfPowerMetricsGetToManyRelatedFilterPlatformItem",
    )
    _params.query_list(
        params,
        "filter[metricType]",
        "filter_metric_type",
        filter_metric_type,
        "AppsPerfPowerMetricsGetToManyRelatedFilterMetricTypeItem",
    )
    _params.query_list(params, "filter[deviceType]", "filter_device_type", filter_device_type, str)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/perfPowerMetrics".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | XcodeMetrics | None:
    if response.status_code == 200:
        response_200 = XcodeMetrics.from_dict(response.json())

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
) -> Response[ErrorResponse | XcodeMetrics]:
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
    filter_platform: list[AppsPerfPowerMetricsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_metric_type: list[AppsPerfPowerMetricsGetToManyRelatedFilterMetricTypeItem] | Unset = UNSET,
    filter_device_type: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | XcodeMetrics]:
    """``GET /v1/apps/{id}/perfPowerMetrics`` (apps_perfPowerMetrics_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-perfpowermetrics


    Args:
        id (str):
        filter_platform (list[AppsPerfPowerMetricsGetToManyRelatedFilterPlatformItem] | Unset):
        filter_metric_type (list[AppsPerfPowerMetricsGetToManyRelatedFilterMetricTypeItem] |
            Unset):
        filter_device_type (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | XcodeMetrics]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_platform=filter_platform,
        filter_metric_type=filter_metric_type,
        filter_device_type=filter_device_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[AppsPerfPowerMetricsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_metric_type: list[AppsPerfPowerMetricsGetToManyRelatedFilterMetricTypeItem] | Unset = UNSET,
    filter_device_type: list[str] | Unset = UNSET,
) -> ErrorResponse | XcodeMetrics | None:
    """``GET /v1/apps/{id}/perfPowerMetrics`` (apps_perfPowerMetrics_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-perfpowermetrics


    Args:
        id (str):
        filter_platform (list[AppsPerfPowerMetricsGetToManyRelatedFilterPlatformItem] | Unset):
        filter_metric_type (list[AppsPerfPowerMetricsGetToManyRelatedFilterMetricTypeItem] |
            Unset):
        filter_device_type (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | XcodeMetrics

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_platform=filter_platform,
        filter_metric_type=filter_metric_type,
        filter_device_type=filter_device_type,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[AppsPerfPowerMetricsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_metric_type: list[AppsPerfPowerMetricsGetToManyRelatedFilterMetricTypeItem] | Unset = UNSET,
    filter_device_type: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | XcodeMetrics]:
    """``GET /v1/apps/{id}/perfPowerMetrics`` (apps_perfPowerMetrics_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-perfpowermetrics


    Args:
        id (str):
        filter_platform (list[AppsPerfPowerMetricsGetToManyRelatedFilterPlatformItem] | Unset):
        filter_metric_type (list[AppsPerfPowerMetricsGetToManyRelatedFilterMetricTypeItem] |
            Unset):
        filter_device_type (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | XcodeMetrics]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_platform=filter_platform,
        filter_metric_type=filter_metric_type,
        filter_device_type=filter_device_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[AppsPerfPowerMetricsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_metric_type: list[AppsPerfPowerMetricsGetToManyRelatedFilterMetricTypeItem] | Unset = UNSET,
    filter_device_type: list[str] | Unset = UNSET,
) -> ErrorResponse | XcodeMetrics | None:
    """``GET /v1/apps/{id}/perfPowerMetrics`` (apps_perfPowerMetrics_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-perfpowermetrics


    Args:
        id (str):
        filter_platform (list[AppsPerfPowerMetricsGetToManyRelatedFilterPlatformItem] | Unset):
        filter_metric_type (list[AppsPerfPowerMetricsGetToManyRelatedFilterMetricTypeItem] |
            Unset):
        filter_device_type (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | XcodeMetrics

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_platform=filter_platform,
            filter_metric_type=filter_metric_type,
            filter_device_type=filter_device_type,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[XcodeMetrics] = XcodeMetrics
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | XcodeMetrics]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
