from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_store_versions_build_get_to_one_related_fields_builds_item import (
        AppStoreVersionsBuildGetToOneRelatedFieldsBuildsItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build_without_includes_response import BuildWithoutIncludesResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_builds: list[AppStoreVersionsBuildGetToOneRelatedFieldsBuildsItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[builds]",
        "fields_builds",
        fields_builds,
        "AppStoreVersionsBuildGetToOneRelatedFieldsBuildsItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appStoreVersions/{id}/build".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BuildWithoutIncludesResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BuildWithoutIncludesResponse.from_dict(response.json())

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
) -> Response[BuildWithoutIncludesResponse | ErrorResponse]:
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
    fields_builds: list[AppStoreVersionsBuildGetToOneRelatedFieldsBuildsItem] | Unset = UNSET,
) -> Response[BuildWithoutIncludesResponse | ErrorResponse]:
    """``GET /v1/appStoreVersions/{id}/build`` (appStoreVersions_build_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-build


    Args:
        id (str):
        fields_builds (list[AppStoreVersionsBuildGetToOneRelatedFieldsBuildsItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildWithoutIncludesResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_builds=fields_builds,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_builds: list[AppStoreVersionsBuildGetToOneRelatedFieldsBuildsItem] | Unset = UNSET,
) -> BuildWithoutIncludesResponse | ErrorResponse | None:
    """``GET /v1/appStoreVersions/{id}/build`` (appStoreVersions_build_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-build


    Args:
        id (str):
        fields_builds (list[AppStoreVersionsBuildGetToOneRelatedFieldsBuildsItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildWithoutIncludesResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_builds=fields_builds,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_builds: list[AppStoreVersionsBuildGetToOneRelatedFieldsBuildsItem] | Unset = UNSET,
) -> Response[BuildWithoutIncludesResponse | ErrorResponse]:
    """``GET /v1/appStoreVersions/{id}/build`` (appStoreVersions_build_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-build


    Args:
        id (str):
        fields_builds (list[AppStoreVersionsBuildGetToOneRelatedFieldsBuildsItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildWithoutIncludesResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_builds=fields_builds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_builds: list[AppStoreVersionsBuildGetToOneRelatedFieldsBuildsItem] | Unset = UNSET,
) -> BuildWithoutIncludesResponse | ErrorResponse | None:
    """``GET /v1/appStoreVersions/{id}/build`` (appStoreVersions_build_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-build


    Args:
        id (str):
        fields_builds (list[AppStoreVersionsBuildGetToOneRelatedFieldsBuildsItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildWithoutIncludesResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_builds=fields_builds,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[BuildWithoutIncludesResponse] = BuildWithoutIncludesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[BuildWithoutIncludesResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
