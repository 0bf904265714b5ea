from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.merchant_ids_get_collection_fields_certificates_item import (
        MerchantIdsGetCollectionFieldsCertificatesItem,
    )
    from ...models.merchant_ids_get_collection_fields_merchant_ids_item import (
        MerchantIdsGetCollectionFieldsMerchantIdsItem,
    )
    from ...models.merchant_ids_get_collection_include_item import MerchantIdsGetCollectionIncludeItem
    from ...models.merchant_ids_get_collection_sort_item import MerchantIdsGetCollectionSortItem

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.merchant_ids_response import MerchantIdsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_name: list[str] | Unset = UNSET,
    filter_identifier: list[str] | Unset = UNSET,
    sort: list[MerchantIdsGetCollectionSortItem] | Unset = UNSET,
    fields_merchant_ids: list[MerchantIdsGetCollectionFieldsMerchantIdsItem] | Unset = UNSET,
    fields_certificates: list[MerchantIdsGetCollectionFieldsCertificatesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[MerchantIdsGetCollectionIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[name]", "filter_name", filter_name, str)
    _params.query_list(params, "filter[identifier]", "filter_identifier", filter_identifier, str)
    _params.query_list(params, "sort", "sort", sort, "MerchantIdsGetCollectionSortItem")
    _params.query_list(
        params,
        "fields[merchantIds]",
        "fields_merchant_ids",
        fields_merchant_ids,
        "MerchantIdsGetCollectionFieldsMerchantIdsItem",
    )
    _params.query_list(
        params,
        "fields[certificates]",
        "fields_certificates",
        fields_certificates,
        "MerchantIdsGetCollectionFieldsCertificatesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "MerchantIdsGetCollectionIncludeItem")
    _params.query_value(params, "limit[certificates]", "limit_certificates", limit_certificates, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/merchantIds",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MerchantIdsResponse | None:
    if response.status_code == 200:
        response_200 = MerchantIdsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | MerchantIdsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_name: list[str] | Unset = UNSET,
    filter_identifier: list[str] | Unset = UNSET,
    sort: list[MerchantIdsGetCollectionSortItem] | Unset = UNSET,
    fields_merchant_ids: list[MerchantIdsGetCollectionFieldsMerchantIdsItem] | Unset = UNSET,
    fields_certificates: list[MerchantIdsGetCollectionFieldsCertificatesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[MerchantIdsGetCollectionIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
) -> Response[ErrorResponse | MerchantIdsResponse]:
    """``GET /v1/merchantIds`` (merchantIds_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids


    Args:
        filter_name (list[str] | Unset):
        filter_identifier (list[str] | Unset):
        sort (list[MerchantIdsGetCollectionSortItem] | Unset):
        fields_merchant_ids (list[MerchantIdsGetCollectionFieldsMerchantIdsItem] | Unset):
        fields_certificates (list[MerchantIdsGetCollectionFieldsCertificatesItem] | Unset):
        limit (int | Unset):
        include (list[MerchantIdsGetCollectionIncludeItem] | Unset):
        limit_certificates (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MerchantIdsResponse]

    """

    kwargs = _get_kwargs(
        filter_name=filter_name,
        filter_identifier=filter_identifier,
        sort=sort,
        fields_merchant_ids=fields_merchant_ids,
        fields_certificates=fields_certificates,
        limit=limit,
        include=include,
        limit_certificates=limit_certificates,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_name: list[str] | Unset = UNSET,
    filter_identifier: list[str] | Unset = UNSET,
    sort: list[MerchantIdsGetCollectionSortItem] | Unset = UNSET,
    fields_merchant_ids: list[MerchantIdsGetCollectionFieldsMerchantIdsItem] | Unset = UNSET,
    fields_certificates: list[MerchantIdsGetCollectionFieldsCertificatesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[MerchantIdsGetCollectionIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
) -> ErrorResponse | MerchantIdsResponse | None:
    """``GET /v1/merchantIds`` (merchantIds_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids


    Args:
        filter_name (list[str] | Unset):
        filter_identifier (list[str] | Unset):
        sort (list[MerchantIdsGetCollectionSortItem] | Unset):
        fields_merchant_ids (list[MerchantIdsGetCollectionFieldsMerchantIdsItem] | Unset):
        fields_certificates (list[MerchantIdsGetCollectionFieldsCertificatesItem] | Unset):
        limit (int | Unset):
        include (list[MerchantIdsGetCollectionIncludeItem] | Unset):
        limit_certificates (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MerchantIdsResponse

    """

    return sync_detailed(
        client=client,
        filter_name=filter_name,
        filter_identifier=filter_identifier,
        sort=sort,
        fields_merchant_ids=fields_merchant_ids,
        fields_certificates=fields_certificates,
        limit=limit,
        include=include,
        limit_certificates=limit_certificates,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_name: list[str] | Unset = UNSET,
    filter_identifier: list[str] | Unset = UNSET,
    sort: list[MerchantIdsGetCollectionSortItem] | Unset = UNSET,
    fields_merchant_ids: list[MerchantIdsGetCollectionFieldsMerchantIdsItem] | Unset = UNSET,
    fields_certificates: list[MerchantIdsGetCollectionFieldsCertificatesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[MerchantIdsGetCollectionIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
) -> Response[ErrorResponse | MerchantIdsResponse]:
    """``GET /v1/merchantIds`` (merchantIds_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids


    Args:
        filter_name (list[str] | Unset):
        filter_identifier (list[str] | Unset):
        sort (list[MerchantIdsGetCollectionSortItem] | Unset):
        fields_merchant_ids (list[MerchantIdsGetCollectionFieldsMerchantIdsItem] | Unset):
        fields_certificates (list[MerchantIdsGetCollectionFieldsCertificatesItem] | Unset):
        limit (int | Unset):
        include (list[MerchantIdsGetCollectionIncludeItem] | Unset):
        limit_certificates (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MerchantIdsResponse]

    """

    kwargs = _get_kwargs(
        filter_name=filter_name,
        filter_identifier=filter_identifier,
        sort=sort,
        fields_merchant_ids=fields_merchant_ids,
        fields_certificates=fields_certificates,
        limit=limit,
        include=include,
        limit_certificates=limit_certificates,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_name: list[str] | Unset = UNSET,
    filter_identifier: list[str] | Unset = UNSET,
    sort: list[MerchantIdsGetCollectionSortItem] | Unset = UNSET,
    fields_merchant_ids: list[MerchantIdsGetCollectionFieldsMerchantIdsItem] | Unset = UNSET,
    fields_certificates: list[MerchantIdsGetCollectionFieldsCertificatesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[MerchantIdsGetCollectionIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
) -> ErrorResponse | MerchantIdsResponse | None:
    """``GET /v1/merchantIds`` (merchantIds_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids


    Args:
        filter_name (list[str] | Unset):
        filter_identifier (list[str] | Unset):
        sort (list[MerchantIdsGetCollectionSortItem] | Unset):
        fields_merchant_ids (list[MerchantIdsGetCollectionFieldsMerchantIdsItem] | Unset):
        fields_certificates (list[MerchantIdsGetCollectionFieldsCertificatesItem] | Unset):
        limit (int | Unset):
        include (list[MerchantIdsGetCollectionIncludeItem] | Unset):
        limit_certificates (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MerchantIdsResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_name=filter_name,
            filter_identifier=filter_identifier,
            sort=sort,
            fields_merchant_ids=fields_merchant_ids,
            fields_certificates=fields_certificates,
            limit=limit,
            include=include,
            limit_certificates=limit_certificates,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[MerchantIdsResponse] = MerchantIdsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.merchant_id import MerchantId

ITEM_TYPE: type[MerchantId] = MerchantId
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | MerchantIdsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
