from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build_bundle_app_clip_domain_debug_status_linkage_response import (
    BuildBundleAppClipDomainDebugStatusLinkageResponse,
)
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/buildBundles/{id}/relationships/appClipDomainDebugStatus".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BuildBundleAppClipDomainDebugStatusLinkageResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BuildBundleAppClipDomainDebugStatusLinkageResponse.from_dict(response.json())

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
) -> Response[BuildBundleAppClipDomainDebugStatusLinkageResponse | ErrorResponse]:
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
) -> Response[BuildBundleAppClipDomainDebugStatusLinkageResponse | ErrorResponse]:
    """``GET /v1/buildBundles/{id}/relationships/appClipDomainDebugStatus`` (buildBundles_appClipDomainDebugStatus_getToOneRelationship):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-relationships-appclipdomaindebugstatus


    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildBundleAppClipDomainDebugStatusLinkageResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BuildBundleAppClipDomainDebugStatusLinkageResponse | ErrorResponse | None:
    """``GET /v1/buildBundles/{id}/relationships/appClipDomainDebugStatus`` (buildBundles_appClipDomainDebugStatus_getToOneRelationship):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-relationships-appclipdomaindebugstatus


    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildBundleAppClipDomainDebugStatusLinkageResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BuildBundleAppClipDomainDebugStatusLinkageResponse | ErrorResponse]:
    """``GET /v1/buildBundles/{id}/relationships/appClipDomainDebugStatus`` (buildBundles_appClipDomainDebugStatus_getToOneRelationship):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-relationships-appclipdomaindebugstatus


    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildBundleAppClipDomainDebugStatusLinkageResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BuildBundleAppClipDomainDebugStatusLinkageResponse | ErrorResponse | None:
    """``GET /v1/buildBundles/{id}/relationships/appClipDomainDebugStatus`` (buildBundles_appClipDomainDebugStatus_getToOneRelationship):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-relationships-appclipdomaindebugstatus


    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildBundleAppClipDomainDebugStatusLinkageResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[BuildBundleAppClipDomainDebugStatusLinkageResponse] = (
    BuildBundleAppClipDomainDebugStatusLinkageResponse
)
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[BuildBundleAppClipDomainDebugStatusLinkageResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
