from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.finance_reports_get_collection_filter_report_type_item import (
        FinanceReportsGetCollectionFilterReportTypeItem,
    )

from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import File, Response


def _get_kwargs(
    *,
    filter_vendor_number: list[str],
    filter_report_type: list[FinanceReportsGetCollectionFilterReportTypeItem],
    filter_region_code: list[str],
    filter_report_date: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[vendorNumber]", "filter_vendor_number", filter_vendor_number, str)
    _params.query_list(
        params,
        "filter[reportType]",
        "filter_report_type",
        filter_report_type,
        "FinanceReportsGetCollectionFilterReportTypeItem",
    )
    _params.query_list(params, "filter[regionCode]", "filter_region_code", filter_region_code, str)
    _params.query_list(params, "filter[reportDate]", "filter_report_date", filter_report_date, str)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/financeReports",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_vendor_number: list[str],
    filter_report_type: list[FinanceReportsGetCollectionFilterReportTypeItem],
    filter_region_code: list[str],
    filter_report_date: list[str],
) -> Response[ErrorResponse | File]:
    """``GET /v1/financeReports`` (financeReports_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-financereports


    Args:
        filter_vendor_number (list[str]):
        filter_report_type (list[FinanceReportsGetCollectionFilterReportTypeItem]):
        filter_region_code (list[str]):
        filter_report_date (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]

    """

    kwargs = _get_kwargs(
        filter_vendor_number=filter_vendor_number,
        filter_report_type=filter_report_type,
        filter_region_code=filter_region_code,
        filter_report_date=filter_report_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_vendor_number: list[str],
    filter_report_type: list[FinanceReportsGetCollectionFilterReportTypeItem],
    filter_region_code: list[str],
    filter_report_date: list[str],
) -> ErrorResponse | File | None:
    """``GET /v1/financeReports`` (financeReports_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-financereports


    Args:
        filter_vendor_number (list[str]):
        filter_report_type (list[FinanceReportsGetCollectionFilterReportTypeItem]):
        filter_region_code (list[str]):
        filter_report_date (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File

    """

    return sync_detailed(
        client=client,
        filter_vendor_number=filter_vendor_number,
        filter_report_type=filter_report_type,
        filter_region_code=filter_region_code,
        filter_report_date=filter_report_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_vendor_number: list[str],
    filter_report_type: list[FinanceReportsGetCollectionFilterReportTypeItem],
    filter_region_code: list[str],
    filter_report_date: list[str],
) -> Response[ErrorResponse | File]:
    """``GET /v1/financeReports`` (financeReports_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-financereports


    Args:
        filter_vendor_number (list[str]):
        filter_report_type (list[FinanceReportsGetCollectionFilterReportTypeItem]):
        filter_region_code (list[str]):
        filter_report_date (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]

    """

    kwargs = _get_kwargs(
        filter_vendor_number=filter_vendor_number,
        filter_report_type=filter_report_type,
        filter_region_code=filter_region_code,
        filter_report_date=filter_report_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_vendor_number: list[str],
    filter_report_type: list[FinanceReportsGetCollectionFilterReportTypeItem],
    filter_region_code: list[str],
    filter_report_date: list[str],
) -> ErrorResponse | File | None:
    """``GET /v1/financeReports`` (financeReports_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-financereports


    Args:
        filter_vendor_number (list[str]):
        filter_report_type (list[FinanceReportsGetCollectionFilterReportTypeItem]):
        filter_region_code (list[str]):
        filter_report_date (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_vendor_number=filter_vendor_number,
            filter_report_type=filter_report_type,
            filter_region_code=filter_region_code,
            filter_report_date=filter_report_date,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[File] = File
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | File]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
