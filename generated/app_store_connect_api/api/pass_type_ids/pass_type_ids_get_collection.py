from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.pass_type_ids_get_collection_fields_certificates_item import (
        PassTypeIdsGetCollectionFieldsCertificatesItem,
    )
    from ...models.pass_type_ids_get_collection_fields_pass_type_ids_item import (
        PassTypeIdsGetCollectionFieldsPassTypeIdsItem,
    )
    from ...models.pass_type_ids_get_collection_include_item import PassTypeIdsGetCollectionIncludeItem
    from ...models.pass_type_ids_get_collection_sort_item import PassTypeIdsGetCollectionSortItem

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.pass_type_ids_response import PassTypeIdsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_name: list[str] | Unset = UNSET,
    filter_identifier: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[PassTypeIdsGetCollectionSortItem] | Unset = UNSET,
    fields_pass_type_ids: list[PassTypeIdsGetCollectionFieldsPassTypeIdsItem] | Unset = UNSET,
    fields_certificates: list[PassTypeIdsGetCollectionFieldsCertificatesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[PassTypeIdsGetCollectionIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[name]", "filter_name", filter_name, str)
    _params.query_list(params, "filter[identifier]", "filter_identifier", filter_identifier, str)
    _params.query_list(params, "filter[id]", "filter_id", filter_id, str)
    _params.query_list(params, "sort", "sort", sort, "PassTypeIdsGetCollectionSortItem")
    _params.query_list(
        params,
        "fields[passTypeIds]",
        "fields_pass_type_ids",
        fields_pass_type_ids,
        "PassTypeIdsGetCollectionFieldsPassTypeIdsItem",
    )
    _params.query_list(
        params,
        "fields[certificates]",
        "fields_certificates",
        fields_certificates,
        "PassTypeIdsGetCollectionFieldsCertificatesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "PassTypeIdsGetCollectionIncludeItem")
    _params.query_value(params, "limit[certificates]", "limit_certificates", limit_certificates, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/passTypeIds",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PassTypeIdsResponse | None:
    if response.status_code == 200:
        response_200 = PassTypeIdsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | PassTypeIdsResponse]:
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
    filter_id: list[str] | Unset = UNSET,
    sort: list[PassTypeIdsGetCollectionSortItem] | Unset = UNSET,
    fields_pass_type_ids: list[PassTypeIdsGetCollectionFieldsPassTypeIdsItem] | Unset = UNSET,
    fields_certificates: list[PassTypeIdsGetCollectionFieldsCertificatesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[PassTypeIdsGetCollectionIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
) -> Response[ErrorResponse | PassTypeIdsResponse]:
    """``GET /v1/passTypeIds`` (passTypeIds_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-passtypeids


    Args:
        filter_name (list[str] | Unset):
        filter_identifier (list[str] | Unset):
        filter_id (list[str] | Unset):
        sort (list[PassTypeIdsGetCollectionSortItem] | Unset):
        fields_pass_type_ids (list[PassTypeIdsGetCollectionFieldsPassTypeIdsItem] | Unset):
        fields_certificates (list[PassTypeIdsGetCollectionFieldsCertificatesItem] | Unset):
        limit (int | Unset):
        include (list[PassTypeIdsGetCollectionIncludeItem] | Unset):
        limit_certificates (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PassTypeIdsResponse]

    """

    kwargs = _get_kwargs(
        filter_name=filter_name,
        filter_identifier=filter_identifier,
        filter_id=filter_id,
        sort=sort,
        fields_pass_type_ids=fields_pass_type_ids,
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
    filter_id: list[str] | Unset = UNSET,
    sort: list[PassTypeIdsGetCollectionSortItem] | Unset = UNSET,
    fields_pass_type_ids: list[PassTypeIdsGetCollectionFieldsPassTypeIdsItem] | Unset = UNSET,
    fields_certificates: list[PassTypeIdsGetCollectionFieldsCertificatesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[PassTypeIdsGetCollectionIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
) -> ErrorResponse | PassTypeIdsResponse | None:
    """``GET /v1/passTypeIds`` (passTypeIds_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-passtypeids


    Args:
        filter_name (list[str] | Unset):
        filter_identifier (list[str] | Unset):
        filter_id (list[str] | Unset):
        sort (list[PassTypeIdsGetCollectionSortItem] | Unset):
        fields_pass_type_ids (list[PassTypeIdsGetCollectionFieldsPassTypeIdsItem] | Unset):
        fields_certificates (list[PassTypeIdsGetCollectionFieldsCertificatesItem] | Unset):
        limit (int | Unset):
        include (list[PassTypeIdsGetCollectionIncludeItem] | Unset):
        limit_certificates (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PassTypeIdsResponse

    """

    return sync_detailed(
        client=client,
        filter_name=filter_name,
        filter_identifier=filter_identifier,
        filter_id=filter_id,
        sort=sort,
        fields_pass_type_ids=fields_pass_type_ids,
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
    filter_id: list[str] | Unset = UNSET,
    sort: list[PassTypeIdsGetCollectionSortItem] | Unset = UNSET,
    fields_pass_type_ids: list[PassTypeIdsGetCollectionFieldsPassTypeIdsItem] | Unset = UNSET,
    fields_certificates: list[PassTypeIdsGetCollectionFieldsCertificatesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[PassTypeIdsGetCollectionIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
) -> Response[ErrorResponse | PassTypeIdsResponse]:
    """``GET /v1/passTypeIds`` (passTypeIds_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-passtypeids


    Args:
        filter_name (list[str] | Unset):
        filter_identifier (list[str] | Unset):
        filter_id (list[str] | Unset):
        sort (list[PassTypeIdsGetCollectionSortItem] | Unset):
        fields_pass_type_ids (list[PassTypeIdsGetCollectionFieldsPassTypeIdsItem] | Unset):
        fields_certificates (list[PassTypeIdsGetCollectionFieldsCertificatesItem] | Unset):
        limit (int | Unset):
        include (list[PassTypeIdsGetCollectionIncludeItem] | Unset):
        limit_certificates (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PassTypeIdsResponse]

    """

    kwargs = _get_kwargs(
        filter_name=filter_name,
        filter_identifier=filter_identifier,
        filter_id=filter_id,
        sort=sort,
        fields_pass_type_ids=fields_pass_type_ids,
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
    filter_id: list[str] | Unset = UNSET,
    sort: list[PassTypeIdsGetCollectionSortItem] | Unset = UNSET,
    fields_pass_type_ids: list[PassTypeIdsGetCollectionFieldsPassTypeIdsItem] | Unset = UNSET,
    fields_certificates: list[PassTypeIdsGetCollectionFieldsCertificatesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[PassTypeIdsGetCollectionIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
) -> ErrorResponse | PassTypeIdsResponse | None:
    """``GET /v1/passTypeIds`` (passTypeIds_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-passtypeids


    Args:
        filter_name (list[str] | Unset):
        filter_identifier (list[str] | Unset):
        filter_id (list[str] | Unset):
        sort (list[PassTypeIdsGetCollectionSortItem] | Unset):
        fields_pass_type_ids (list[PassTypeIdsGetCollectionFieldsPassTypeIdsItem] | Unset):
        fields_certificates (list[PassTypeIdsGetCollectionFieldsCertificatesItem] | Unset):
        limit (int | Unset):
        include (list[PassTypeIdsGetCollectionIncludeItem] | Unset):
        limit_certificates (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PassTypeIdsResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_name=filter_name,
            filter_identifier=filter_identifier,
            filter_id=filter_id,
            sort=sort,
            fields_pass_type_ids=fields_pass_type_ids,
            fields_certificates=fields_certificates,
            limit=limit,
            include=include,
            limit_certificates=limit_certificates,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[PassTypeIdsResponse] = PassTypeIdsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.pass_type_id import PassTypeId

ITEM_TYPE: type[PassTypeId] = PassTypeId
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | PassTypeIdsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
