from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.sales_reports_get_collection_filter_frequency_item import (
        SalesReportsGetCollectionFilterFrequencyItem,
    )
    from ...models.sales_reports_get_collection_filter_report_sub_type_item import (
        SalesReportsGetCollectionFilterReportSubTypeItem,
    )
    from ...models.sales_reports_get_collection_filter_report_type_item import (
        SalesReportsGetCollectionFilterReportTypeItem,
    )

from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    filter_vendor_number: list[str],
    filter_report_type: list[SalesReportsGetCollectionFilterReportTypeItem],
    filter_report_sub_type: list[SalesReportsGetCollectionFilterReportSubTypeItem],
    filter_frequency: list[SalesReportsGetCollectionFilterFrequencyItem],
    filter_report_date: list[str] | Unset = UNSET,
    filter_version: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[vendorNumber]", "filter_vendor_number", filter_vendor_number, str)
    _params.query_list(
        params,
        "filter[reportType]",
        "filter_report_type",
        filter_report_type,
        "SalesReportsGetCollectionFilterReportTypeItem",
    )
    _params.query_list(
        params,
        "filter[reportSubType]",
        "filter_report_sub_type",
        filter_report_sub_type,
        "SalesReportsGetCollectionFilterReportSubTypeItem",
    )
    _params.query_list(
        params,
        "filter[frequency]",
        "filter_frequency",
        filter_frequency,
        "SalesReportsGetCollectionFilterFrequencyItem",
    )
    _params.query_list(params, "filter[reportDate]", "filter_report_date", filter_report_date, str)
    _params.query_list(params, "filter[version]", "filter_version", filter_version, str)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/salesReports",
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
    filter_report_type: list[SalesReportsGetCollectionFilterReportTypeItem],
    filter_report_sub_type: list[SalesReportsGetCollectionFilterReportSubTypeItem],
    filter_frequency: list[SalesReportsGetCollectionFilterFrequencyItem],
    filter_report_date: list[str] | Unset = UNSET,
    filter_version: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """``GET /v1/salesReports`` (salesReports_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-salesreports


    Args:
        filter_vendor_number (list[str]):
        filter_report_type (list[SalesReportsGetCollectionFilterReportTypeItem]):
        filter_report_sub_type (list[SalesReportsGetCollectionFilterReportSubTypeItem]):
        filter_frequency (list[SalesReportsGetCollectionFilterFrequencyItem]):
        filter_report_date (list[str] | Unset):
        filter_version (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]

    """

    kwargs = _get_kwargs(
        filter_vendor_number=filter_vendor_number,
        filter_report_type=filter_report_type,
        filter_report_sub_type=filter_report_sub_type,
        filter_frequency=filter_frequency,
        filter_report_date=filter_report_date,
        filter_version=filter_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_vendor_number: list[str],
    filter_report_type: list[SalesReportsGetCollectionFilterReportTypeItem],
    filter_report_sub_type: list[SalesReportsGetCollectionFilterReportSubTypeItem],
    filter_frequency: list[SalesReportsGetCollectionFilterFrequencyItem],
    filter_report_date: list[str] | Unset = UNSET,
    filter_version: list[str] | Unset = UNSET,
) -> ErrorResponse | File | None:
    """``GET /v1/salesReports`` (salesReports_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-salesreports


    Args:
        filter_vendor_number (list[str]):
        filter_report_type (list[SalesReportsGetCollectionFilterReportTypeItem]):
        filter_report_sub_type (list[SalesReportsGetCollectionFilterReportSubTypeItem]):
        filter_frequency (list[SalesReportsGetCollectionFilterFrequencyItem]):
        filter_report_date (list[str] | Unset):
        filter_version (list[str] | Unset):

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
        filter_report_sub_type=filter_report_sub_type,
        filter_frequency=filter_frequency,
        filter_report_date=filter_report_date,
        filter_version=filter_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_vendor_number: list[str],
    filter_report_type: list[SalesReportsGetCollectionFilterReportTypeItem],
    filter_report_sub_type: list[SalesReportsGetCollectionFilterReportSubTypeItem],
    filter_frequency: list[SalesReportsGetCollectionFilterFrequencyItem],
    filter_report_date: list[str] | Unset = UNSET,
    filter_version: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """``GET /v1/salesReports`` (salesReports_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-salesreports


    Args:
        filter_vendor_number (list[str]):
        filter_report_type (list[SalesReportsGetCollectionFilterReportTypeItem]):
        filter_report_sub_type (list[SalesReportsGetCollectionFilterReportSubTypeItem]):
        filter_frequency (list[SalesReportsGetCollectionFilterFrequencyItem]):
        filter_report_date (list[str] | Unset):
        filter_version (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]

    """

    kwargs = _get_kwargs(
        filter_vendor_number=filter_vendor_number,
        filter_report_type=filter_report_type,
        filter_report_sub_type=filter_report_sub_type,
        filter_frequency=filter_frequency,
        filter_report_date=filter_report_date,
        filter_version=filter_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_vendor_number: list[str],
    filter_report_type: list[SalesReportsGetCollectionFilterReportTypeItem],
    filter_report_sub_type: list[SalesReportsGetCollectionFilterReportSubTypeItem],
    filter_frequency: list[SalesReportsGetCollectionFilterFrequencyItem],
    filter_report_date: list[str] | Unset = UNSET,
    filter_version: list[str] | Unset = UNSET,
) -> ErrorResponse | File | None:
    """``GET /v1/salesReports`` (salesReports_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-salesreports


    Args:
        filter_vendor_number (list[str]):
        filter_report_type (list[SalesReportsGetCollectionFilterReportTypeItem]):
        filter_report_sub_type (list[SalesReportsGetCollectionFilterReportSubTypeItem]):
        filter_frequency (list[SalesReportsGetCollectionFilterFrequencyItem]):
        filter_report_date (list[str] | Unset):
        filter_version (list[str] | Unset):

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
            filter_report_sub_type=filter_report_sub_type,
            filter_frequency=filter_frequency,
            filter_report_date=filter_report_date,
            filter_version=filter_version,
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
