from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.builds_pre_release_version_get_to_one_related_fields_pre_release_versions_item import (
        BuildsPreReleaseVersionGetToOneRelatedFieldsPreReleaseVersionsItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.prerelease_version_without_includes_response import PrereleaseVersionWithoutIncludesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_pre_release_versions: list[BuildsPreReleaseVersionGetToOneRelatedFieldsPreReleaseVersionsItem]
    | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[preReleaseVersions]",
        "fields_pre_release_versions",
        fields_pre_release_versions,
        "BuildsPreReleaseVersionGetToOneRelatedFieldsPreReleaseVersionsItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/builds/{id}/preReleaseVersion".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PrereleaseVersionWithoutIncludesResponse | None:
    if response.status_code == 200:
        response_200 = PrereleaseVersionWithoutIncludesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | PrereleaseVersionWithoutIncludesResponse]:
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
    fields_pre_release_versions: list[BuildsPreReleaseVersionGetToOneRelatedFieldsPreReleaseVersionsItem]
    | Unset = UNSET,
) -> Response[ErrorResponse | PrereleaseVersionWithoutIncludesResponse]:
    """``GET /v1/builds/{id}/preReleaseVersion`` (builds_preReleaseVersion_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-prereleaseversion


    Args:
        id (str):
        fields_pre_release_versions
            (list[BuildsPreReleaseVersionGetToOneRelatedFieldsPreReleaseVersionsItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PrereleaseVersionWithoutIncludesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_pre_release_versions=fields_pre_release_versions,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_pre_release_versions: list[BuildsPreReleaseVersionGetToOneRelatedFieldsPreReleaseVersionsItem]
    | Unset = UNSET,
) -> ErrorResponse | PrereleaseVersionWithoutIncludesResponse | None:
    """``GET /v1/builds/{id}/preReleaseVersion`` (builds_preReleaseVersion_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-prereleaseversion


    Args:
        id (str):
        fields_pre_release_versions
            (list[BuildsPreReleaseVersionGetToOneRelatedFieldsPreReleaseVersionsItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PrereleaseVersionWithoutIncludesResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_pre_release_versions=fields_pre_release_versions,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_pre_release_versions: list[BuildsPreReleaseVersionGetToOneRelatedFieldsPreReleaseVersionsItem]
    | Unset = UNSET,
) -> Response[ErrorResponse | PrereleaseVersionWithoutIncludesResponse]:
    """``GET /v1/builds/{id}/preReleaseVersion`` (builds_preReleaseVersion_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-prereleaseversion


    Args:
        id (str):
        fields_pre_release_versions
            (list[BuildsPreReleaseVersionGetToOneRelatedFieldsPreReleaseVersionsItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PrereleaseVersionWithoutIncludesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_pre_release_versions=fields_pre_release_versions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_pre_release_versions: list[BuildsPreReleaseVersionGetToOneRelatedFieldsPreReleaseVersionsItem]
    | Unset = UNSET,
) -> ErrorResponse | PrereleaseVersionWithoutIncludesResponse | None:
    """``GET /v1/builds/{id}/preReleaseVersion`` (builds_preReleaseVersion_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-prereleaseversion


    Args:
        id (str):
        fields_pre_release_versions
            (list[BuildsPreReleaseVersionGetToOneRelatedFieldsPreReleaseVersionsItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PrereleaseVersionWithoutIncludesResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_pre_release_versions=fields_pre_release_versions,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[PrereleaseVersionWithoutIncludesResponse] = PrereleaseVersionWithoutIncludesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | PrereleaseVersionWithoutIncludesResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
