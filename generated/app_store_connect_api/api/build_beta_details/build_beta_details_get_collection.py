from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.build_beta_details_get_collection_fields_build_beta_details_item import (
        BuildBetaDetailsGetCollectionFieldsBuildBetaDetailsItem,
    )
    from ...models.build_beta_details_get_collection_fields_builds_item import (
        BuildBetaDetailsGetCollectionFieldsBuildsItem,
    )
    from ...models.build_beta_details_get_collection_include_item import (
        BuildBetaDetailsGetCollectionIncludeItem,
    )

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build_beta_details_response import BuildBetaDetailsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_build: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_build_beta_details: list[BuildBetaDetailsGetCollectionFieldsBuildBetaDetailsItem] | Unset = UNSET,
    fields_builds: list[BuildBetaDetailsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BuildBetaDetailsGetCollectionIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[build]", "filter_build", filter_build, str)
    _params.query_list(params, "filter[id]", "filter_id", filter_id, str)
    _params.query_list(
        params,
        "fields[buildBetaDetails]",
        "fields_build_beta_details",
        fields_build_beta_details,
        "BuildBetaDetailsGetCollectionFieldsBuildBetaDetailsItem",
    )
    _params.query_list(
        params,
        "fields[builds]",
        "fields_builds",
        fields_builds,
        "BuildBetaDetailsGetCollectionFieldsBuildsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "BuildBetaDetailsGetCollectionIncludeItem")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/buildBetaDetails",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BuildBetaDetailsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BuildBetaDetailsResponse.from_dict(response.json())

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
) -> Response[BuildBetaDetailsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_build: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_build_beta_details: list[BuildBetaDetailsGetCollectionFieldsBuildBetaDetailsItem] | Unset = UNSET,
    fields_builds: list[BuildBetaDetailsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BuildBetaDetailsGetCollectionIncludeItem] | Unset = UNSET,
) -> Response[BuildBetaDetailsResponse | ErrorResponse]:
    """``GET /v1/buildBetaDetails`` (buildBetaDetails_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails


    Args:
        filter_build (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_build_beta_details (list[BuildBetaDetailsGetCollectionFieldsBuildBetaDetailsItem] |
            Unset):
        fields_builds (list[BuildBetaDetailsGetCollectionFieldsBuildsItem] | Unset):
        limit (int | Unset):
        include (list[BuildBetaDetailsGetCollectionIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildBetaDetailsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_build=filter_build,
        filter_id=filter_id,
        fields_build_beta_details=fields_build_beta_details,
        fields_builds=fields_builds,
        limit=limit,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_build: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_build_beta_details: list[BuildBetaDetailsGetCollectionFieldsBuildBetaDetailsItem] | Unset = UNSET,
    fields_builds: list[BuildBetaDetailsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BuildBetaDetailsGetCollectionIncludeItem] | Unset = UNSET,
) -> BuildBetaDetailsResponse | ErrorResponse | None:
    """``GET /v1/buildBetaDetails`` (buildBetaDetails_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails


    Args:
        filter_build (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_build_beta_details (list[BuildBetaDetailsGetCollectionFieldsBuildBetaDetailsItem] |
            Unset):
        fields_builds (list[BuildBetaDetailsGetCollectionFieldsBuildsItem] | Unset):
        limit (int | Unset):
        include (list[BuildBetaDetailsGetCollectionIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildBetaDetailsResponse | ErrorResponse

    """

    return sync_detailed(
        client=client,
        filter_build=filter_build,
        filter_id=filter_id,
        fields_build_beta_details=fields_build_beta_details,
        fields_builds=fields_builds,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_build: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_build_beta_details: list[BuildBetaDetailsGetCollectionFieldsBuildBetaDetailsItem] | Unset = UNSET,
    fields_builds: list[BuildBetaDetailsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BuildBetaDetailsGetCollectionIncludeItem] | Unset = UNSET,
) -> Response[BuildBetaDetailsResponse | ErrorResponse]:
    """``GET /v1/buildBetaDetails`` (buildBetaDetails_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails


    Args:
        filter_build (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_build_beta_details (list[BuildBetaDetailsGetCollectionFieldsBuildBetaDetailsItem] |
            Unset):
        fields_builds (list[BuildBetaDetailsGetCollectionFieldsBuildsItem] | Unset):
        limit (int | Unset):
        include (list[BuildBetaDetailsGetCollectionIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildBetaDetailsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_build=filter_build,
        filter_id=filter_id,
        fields_build_beta_details=fields_build_beta_details,
        fields_builds=fields_builds,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_build: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_build_beta_details: list[BuildBetaDetailsGetCollectionFieldsBuildBetaDetailsItem] | Unset = UNSET,
    fields_builds: list[BuildBetaDetailsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BuildBetaDetailsGetCollectionIncludeItem] | Unset = UNSET,
) -> BuildBetaDetailsResponse | ErrorResponse | None:
    """``GET /v1/buildBetaDetails`` (buildBetaDetails_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails


    Args:
        filter_build (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_build_beta_details (list[BuildBetaDetailsGetCollectionFieldsBuildBetaDetailsItem] |
            Unset):
        fields_builds (list[BuildBetaDetailsGetCollectionFieldsBuildsItem] | Unset):
        limit (int | Unset):
        include (list[BuildBetaDetailsGetCollectionIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildBetaDetailsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_build=filter_build,
            filter_id=filter_id,
            fields_build_beta_details=fields_build_beta_details,
            fields_builds=fields_builds,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[BuildBetaDetailsResponse] = BuildBetaDetailsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.build_beta_detail import BuildBetaDetail

ITEM_TYPE: type[BuildBetaDetail] = BuildBetaDetail
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[BuildBetaDetailsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
