from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.analytics_report_instances_get_instance_fields_analytics_report_instances_item import (
        AnalyticsReportInstancesGetInstanceFieldsAnalyticsReportInstancesItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytics_report_instance_response import AnalyticsReportInstanceResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_analytics_report_instances: list[
        AnalyticsReportInstancesGetInstanceFieldsAnalyticsReportInstancesItem
    ]
    | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[analyticsReportInstances]",
        "fields_analytics_report_instances",
        fields_analytics_report_instances,
        "AnalyticsReportInstancesGetInstanceFieldsAnalyticsReportInstancesItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/analyticsReportInstances/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyticsReportInstanceResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AnalyticsReportInstanceResponse.from_dict(response.json())

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
) -> Response[AnalyticsReportInstanceResponse | ErrorResponse]:
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
    fields_analytics_report_instances: list[
        AnalyticsReportInstancesGetInstanceFieldsAnalyticsReportInstancesItem
    ]
    | Unset = UNSET,
) -> Response[AnalyticsReportInstanceResponse | ErrorResponse]:
    """``GET /v1/analyticsReportInstances/{id}`` (analyticsReportInstances_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportinstances-_id_


    Args:
        id (str):
        fields_analytics_report_instances
            (list[AnalyticsReportInstancesGetInstanceFieldsAnalyticsReportInstancesItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsReportInstanceResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_analytics_report_instances=fields_analytics_report_instances,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_analytics_report_instances: list[
        AnalyticsReportInstancesGetInstanceFieldsAnalyticsReportInstancesItem
    ]
    | Unset = UNSET,
) -> AnalyticsReportInstanceResponse | ErrorResponse | None:
    """``GET /v1/analyticsReportInstances/{id}`` (analyticsReportInstances_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportinstances-_id_


    Args:
        id (str):
        fields_analytics_report_instances
            (list[AnalyticsReportInstancesGetInstanceFieldsAnalyticsReportInstancesItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsReportInstanceResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_analytics_report_instances=fields_analytics_report_instances,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_analytics_report_instances: list[
        AnalyticsReportInstancesGetInstanceFieldsAnalyticsReportInstancesItem
    ]
    | Unset = UNSET,
) -> Response[AnalyticsReportInstanceResponse | ErrorResponse]:
    """``GET /v1/analyticsReportInstances/{id}`` (analyticsReportInstances_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportinstances-_id_


    Args:
        id (str):
        fields_analytics_report_instances
            (list[AnalyticsReportInstancesGetInstanceFieldsAnalyticsReportInstancesItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsReportInstanceResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_analytics_report_instances=fields_analytics_report_instances,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_analytics_report_instances: list[
        AnalyticsReportInstancesGetInstanceFieldsAnalyticsReportInstancesItem
    ]
    | Unset = UNSET,
) -> AnalyticsReportInstanceResponse | ErrorResponse | None:
    """``GET /v1/analyticsReportInstances/{id}`` (analyticsReportInstances_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-analyticsreportinstances-_id_


    Args:
        id (str):
        fields_analytics_report_instances
            (list[AnalyticsReportInstancesGetInstanceFieldsAnalyticsReportInstancesItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsReportInstanceResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_analytics_report_instances=fields_analytics_report_instances,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AnalyticsReportInstanceResponse] = AnalyticsReportInstanceResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AnalyticsReportInstanceResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
