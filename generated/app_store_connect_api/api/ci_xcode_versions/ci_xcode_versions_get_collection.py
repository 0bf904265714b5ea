from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.ci_xcode_versions_get_collection_fields_ci_mac_os_versions_item import (
        CiXcodeVersionsGetCollectionFieldsCiMacOsVersionsItem,
    )
    from ...models.ci_xcode_versions_get_collection_fields_ci_xcode_versions_item import (
        CiXcodeVersionsGetCollectionFieldsCiXcodeVersionsItem,
    )
    from ...models.ci_xcode_versions_get_collection_include_item import (
        CiXcodeVersionsGetCollectionIncludeItem,
    )

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ci_xcode_versions_response import CiXcodeVersionsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    fields_ci_xcode_versions: list[CiXcodeVersionsGetCollectionFieldsCiXcodeVersionsItem] | Unset = UNSET,
    fields_ci_mac_os_versions: list[CiXcodeVersionsGetCollectionFieldsCiMacOsVersionsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiXcodeVersionsGetCollectionIncludeItem] | Unset = UNSET,
    limit_mac_os_versions: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[ciXcodeVersions]",
        "fields_ci_xcode_versions",
        fields_ci_xcode_versions,
        "CiXcodeVersionsGetCollectionFieldsCiXcodeVersionsItem",
    )
    _params.query_list(
        params,
        "fields[ciMacOsVersions]",
        "fields_ci_mac_os_versions",
        fields_ci_mac_os_versions,
        "CiXcodeVersionsGetCollectionFieldsCiMacOsVersionsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "CiXcodeVersionsGetCollectionIncludeItem")
    _params.query_value(params, "limit[macOsVersions]", "limit_mac_os_versions", limit_mac_os_versions, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ciXcodeVersions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CiXcodeVersionsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CiXcodeVersionsResponse.from_dict(response.json())

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
) -> Response[CiXcodeVersionsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields_ci_xcode_versions: list[CiXcodeVersionsGetCollectionFieldsCiXcodeVersionsItem] | Unset = UNSET,
    fields_ci_mac_os_versions: list[CiXcodeVersionsGetCollectionFieldsCiMacOsVersionsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiXcodeVersionsGetCollectionIncludeItem] | Unset = UNSET,
    limit_mac_os_versions: int | Unset = UNSET,
) -> Response[CiXcodeVersionsResponse | ErrorResponse]:
    """``GET /v1/ciXcodeVersions`` (ciXcodeVersions_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cixcodeversions


    Args:
        fields_ci_xcode_versions (list[CiXcodeVersionsGetCollectionFieldsCiXcodeVersionsItem] |
            Unset):
        fields_ci_mac_os_versions (list[CiXcodeVersionsGetCollectionFieldsCiMacOsVersionsItem] |
            Unset):
        limit (int | Unset):
        include (list[CiXcodeVersionsGetCollectionIncludeItem] | Unset):
        limit_mac_os_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CiXcodeVersionsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        fields_ci_xcode_versions=fields_ci_xcode_versions,
        fields_ci_mac_os_versions=fields_ci_mac_os_versions,
        limit=limit,
        include=include,
        limit_mac_os_versions=limit_mac_os_versions,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    fields_ci_xcode_versions: list[CiXcodeVersionsGetCollectionFieldsCiXcodeVersionsItem] | Unset = UNSET,
    fields_ci_mac_os_versions: list[CiXcodeVersionsGetCollectionFieldsCiMacOsVersionsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiXcodeVersionsGetCollectionIncludeItem] | Unset = UNSET,
    limit_mac_os_versions: int | Unset = UNSET,
) -> CiXcodeVersionsResponse | ErrorResponse | None:
    """``GET /v1/ciXcodeVersions`` (ciXcodeVersions_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cixcodeversions


    Args:
        fields_ci_xcode_versions (list[CiXcodeVersionsGetCollectionFieldsCiXcodeVersionsItem] |
            Unset):
        fields_ci_mac_os_versions (list[CiXcodeVersionsGetCollectionFieldsCiMacOsVersionsItem] |
            Unset):
        limit (int | Unset):
        include (list[CiXcodeVersionsGetCollectionIncludeItem] | Unset):
        limit_mac_os_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CiXcodeVersionsResponse | ErrorResponse

    """

    return sync_detailed(
        client=client,
        fields_ci_xcode_versions=fields_ci_xcode_versions,
        fields_ci_mac_os_versions=fields_ci_mac_os_versions,
        limit=limit,
        include=include,
        limit_mac_os_versions=limit_mac_os_versions,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields_ci_xcode_versions: list[CiXcodeVersionsGetCollectionFieldsCiXcodeVersionsItem] | Unset = UNSET,
    fields_ci_mac_os_versions: list[CiXcodeVersionsGetCollectionFieldsCiMacOsVersionsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiXcodeVersionsGetCollectionIncludeItem] | Unset = UNSET,
    limit_mac_os_versions: int | Unset = UNSET,
) -> Response[CiXcodeVersionsResponse | ErrorResponse]:
    """``GET /v1/ciXcodeVersions`` (ciXcodeVersions_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cixcodeversions


    Args:
        fields_ci_xcode_versions (list[CiXcodeVersionsGetCollectionFieldsCiXcodeVersionsItem] |
            Unset):
        fields_ci_mac_os_versions (list[CiXcodeVersionsGetCollectionFieldsCiMacOsVersionsItem] |
            Unset):
        limit (int | Unset):
        include (list[CiXcodeVersionsGetCollectionIncludeItem] | Unset):
        limit_mac_os_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CiXcodeVersionsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        fields_ci_xcode_versions=fields_ci_xcode_versions,
        fields_ci_mac_os_versions=fields_ci_mac_os_versions,
        limit=limit,
        include=include,
        limit_mac_os_versions=limit_mac_os_versions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    fields_ci_xcode_versions: list[CiXcodeVersionsGetCollectionFieldsCiXcodeVersionsItem] | Unset = UNSET,
    fields_ci_mac_os_versions: list[CiXcodeVersionsGetCollectionFieldsCiMacOsVersionsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiXcodeVersionsGetCollectionIncludeItem] | Unset = UNSET,
    limit_mac_os_versions: int | Unset = UNSET,
) -> CiXcodeVersionsResponse | ErrorResponse | None:
    """``GET /v1/ciXcodeVersions`` (ciXcodeVersions_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cixcodeversions


    Args:
        fields_ci_xcode_versions (list[CiXcodeVersionsGetCollectionFieldsCiXcodeVersionsItem] |
            Unset):
        fields_ci_mac_os_versions (list[CiXcodeVersionsGetCollectionFieldsCiMacOsVersionsItem] |
            Unset):
        limit (int | Unset):
        include (list[CiXcodeVersionsGetCollectionIncludeItem] | Unset):
        limit_mac_os_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CiXcodeVersionsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            fields_ci_xcode_versions=fields_ci_xcode_versions,
            fields_ci_mac_os_versions=fields_ci_mac_os_versions,
            limit=limit,
            include=include,
            limit_mac_os_versions=limit_mac_os_versions,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[CiXcodeVersionsResponse] = CiXcodeVersionsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.ci_xcode_version import CiXcodeVersion

ITEM_TYPE: type[CiXcodeVersion] = CiXcodeVersion
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[CiXcodeVersionsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
