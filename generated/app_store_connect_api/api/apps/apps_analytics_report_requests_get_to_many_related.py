from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_analytics_report_requests_get_to_many_related_fields_analytics_report_requests_item import (
        AppsAnalyticsReportRequestsGetToManyRelatedFieldsAnalyticsReportRequestsItem,
    )
    from ...models.apps_analytics_report_requests_get_to_many_related_fields_analytics_reports_item import (
        AppsAnalyticsReportRequestsGetToManyRelatedFieldsAnalyticsReportsItem,
    )
    from ...models.apps_analytics_report_requests_get_to_many_related_filter_access_type_item import (
        AppsAnalyticsReportRequestsGetToManyRelatedFilterAccessTypeItem,
    )
    from ...models.apps_analytics_report_requests_get_to_many_related_include_item import (
        AppsAnalyticsReportRequestsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytics_report_requests_response import AnalyticsReportRequestsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_access_type: list[AppsAnalyticsReportRequestsGetToManyRelatedFilterAccessTypeItem] | Unset = UNSET,
    fields_analytics_report_requests: list[
        AppsAnalyticsReportRequestsGetToManyRelatedFieldsAnalyticsReportRequestsItem
    ]
    | Unset = UNSET,
    fields_analytics_reports: list[AppsAnalyticsReportRequestsGetToManyRelatedFieldsAnalyticsReportsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAnalyticsReportRequestsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_reports: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[accessType]",
        "filter_access_type",
        filter_access_type,
        "AppsAnalyticsReportRequestsGetToManyRelatedFilterAccessTypeItem",
    )
    _params.query_list(
        params,
        "fields[analyticsReportRequests]",
        "fields_analytics_report_requests",
        fields_analytics_report_requests,
        "AppsAnalyticsReportRequestsGetToManyRelatedFieldsAnalyticsReportRequestsItem",
    )
    _params.query_list(
        params,
        "fields[analyticsReports]",
        "fields_analytics_reports",
        fields_analytics_reports,
        "AppsAnalyticsReportRequestsGetToManyRelatedFieldsAnalyticsReportsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "AppsAnalyticsReportRequestsGetToManyRelatedIncludeItem"
    )
    _params.query_value(params, "limit[reports]", "limit_reports", limit_reports, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/analyticsReportRequests".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyticsReportRequestsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AnalyticsReportRequestsResponse.from_dict(response.json())

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
) -> Response[AnalyticsReportRequestsResponse | ErrorResponse]:
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
    filter_access_type: list[AppsAnalyticsReportRequestsGetToManyRelatedFilterAccessTypeItem] | Unset = UNSET,
    fields_analytics_report_requests: list[
        AppsAnalyticsReportRequestsGetToManyRelatedFieldsAnalyticsReportRequestsItem
    ]
    | Unset = UNSET,
    fields_analytics_reports: list[AppsAnalyticsReportRequestsGetToManyRelatedFieldsAnalyticsReportsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAnalyticsReportRequestsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_reports: int | Unset = UNSET,
) -> Response[AnalyticsReportRequestsResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/analyticsReportRequests`` (apps_analyticsReportRequests_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-analyticsreportrequests


    Args:
        id (str):
        filter_access_type (list[AppsAnalyticsReportRequestsGetToManyRelatedFilterAccessTypeItem]
            | Unset):
        fields_analytics_report_requests
            (list[AppsAnalyticsReportRequestsGetToManyRelatedFieldsAnalyticsReportRequestsItem] |
            Unset):
        fields_analytics_reports
            (list[AppsAnalyticsReportRequestsGetToManyRelatedFieldsAnalyticsReportsItem] | Unset):
        limit (int | Unset):
        include (list[AppsAnalyticsReportRequestsGetToManyRelatedIncludeItem] | Unset):
        limit_reports (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsReportRequestsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_access_type=filter_access_type,
        fields_analytics_report_requests=fields_analytics_report_requests,
        fields_analytics_reports=fields_analytics_reports,
        limit=limit,
        include=include,
        limit_reports=limit_reports,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_access_type: list[AppsAnalyticsReportRequestsGetToManyRelatedFilterAccessTypeItem] | Unset = UNSET,
    fields_analytics_report_requests: list[
        AppsAnalyticsReportRequestsGetToManyRelatedFieldsAnalyticsReportRequestsItem
    ]
    | Unset = UNSET,
    fields_analytics_reports: list[AppsAnalyticsReportRequestsGetToManyRelatedFieldsAnalyticsReportsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAnalyticsReportRequestsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_reports: int | Unset = UNSET,
) -> AnalyticsReportRequestsResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/analyticsReportRequests`` (apps_analyticsReportRequests_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-analyticsreportrequests


    Args:
        id (str):
        filter_access_type (list[AppsAnalyticsReportRequestsGetToManyRelatedFilterAccessTypeItem]
            | Unset):
        fields_analytics_report_requests
            (list[AppsAnalyticsReportRequestsGetToManyRelatedFieldsAnalyticsReportRequestsItem] |
            Unset):
        fields_analytics_reports
            (list[AppsAnalyticsReportRequestsGetToManyRelatedFieldsAnalyticsReportsItem] | Unset):
        limit (int | Unset):
        include (list[AppsAnalyticsReportRequestsGetToManyRelatedIncludeItem] | Unset):
        limit_reports (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsReportRequestsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_access_type=filter_access_type,
        fields_analytics_report_requests=fields_analytics_report_requests,
        fields_analytics_reports=fields_analytics_reports,
        limit=limit,
        include=include,
        limit_reports=limit_reports,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_access_type: list[AppsAnalyticsReportRequestsGetToManyRelatedFilterAccessTypeItem] | Unset = UNSET,
    fields_analytics_report_requests: list[
        AppsAnalyticsReportRequestsGetToManyRelatedFieldsAnalyticsReportRequestsItem
    ]
    | Unset = UNSET,
    fields_analytics_reports: list[AppsAnalyticsReportRequestsGetToManyRelatedFieldsAnalyticsReportsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAnalyticsReportRequestsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_reports: int | Unset = UNSET,
) -> Response[AnalyticsReportRequestsResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/analyticsReportRequests`` (apps_analyticsReportRequests_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-analyticsreportrequests


    Args:
        id (str):
        filter_access_type (list[AppsAnalyticsReportRequestsGetToManyRelatedFilterAccessTypeItem]
            | Unset):
        fields_analytics_report_requests
            (list[AppsAnalyticsReportRequestsGetToManyRelatedFieldsAnalyticsReportRequestsItem] |
            Unset):
        fields_analytics_reports
            (list[AppsAnalyticsReportRequestsGetToManyRelatedFieldsAnalyticsReportsItem] | Unset):
        limit (int | Unset):
        include (list[AppsAnalyticsReportRequestsGetToManyRelatedIncludeItem] | Unset):
        limit_reports (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsReportRequestsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_access_type=filter_access_type,
        fields_analytics_report_requests=fields_analytics_report_requests,
        fields_analytics_reports=fields_analytics_reports,
        limit=limit,
        include=include,
        limit_reports=limit_reports,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_access_type: list[AppsAnalyticsReportRequestsGetToManyRelatedFilterAccessTypeItem] | Unset = UNSET,
    fields_analytics_report_requests: list[
        AppsAnalyticsReportRequestsGetToManyRelatedFieldsAnalyticsReportRequestsItem
    ]
    | Unset = UNSET,
    fields_analytics_reports: list[AppsAnalyticsReportRequestsGetToManyRelatedFieldsAnalyticsReportsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAnalyticsReportRequestsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_reports: int | Unset = UNSET,
) -> AnalyticsReportRequestsResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/analyticsReportRequests`` (apps_analyticsReportRequests_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-analyticsreportrequests


    Args:
        id (str):
        filter_access_type (list[AppsAnalyticsReportRequestsGetToManyRelatedFilterAccessTypeItem]
            | Unset):
        fields_analytics_report_requests
            (list[AppsAnalyticsReportRequestsGetToManyRelatedFieldsAnalyticsReportRequestsItem] |
            Unset):
        fields_analytics_reports
            (list[AppsAnalyticsReportRequestsGetToManyRelatedFieldsAnalyticsReportsItem] | Unset):
        limit (int | Unset):
        include (list[AppsAnalyticsReportRequestsGetToManyRelatedIncludeItem] | Unset):
        limit_reports (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsReportRequestsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_access_type=filter_access_type,
            fields_analytics_report_requests=fields_analytics_report_requests,
            fields_analytics_reports=fields_analytics_reports,
            limit=limit,
            include=include,
            limit_reports=limit_reports,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AnalyticsReportRequestsResponse] = AnalyticsReportRequestsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.analytics_report_request import AnalyticsReportRequest

ITEM_TYPE: type[AnalyticsReportRequest] = AnalyticsReportRequest
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AnalyticsReportRequestsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
