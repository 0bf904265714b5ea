from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_app_versions_get_instance_fields_app_store_versions_item import (
        GameCenterAppVersionsGetInstanceFieldsAppStoreVersionsItem,
    )
    from ...models.game_center_app_versions_get_instance_fields_game_center_app_versions_item import (
        GameCenterAppVersionsGetInstanceFieldsGameCenterAppVersionsItem,
    )
    from ...models.game_center_app_versions_get_instance_include_item import (
        GameCenterAppVersionsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_app_version_response import GameCenterAppVersionResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_app_versions: list[GameCenterAppVersionsGetInstanceFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[GameCenterAppVersionsGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    include: list[GameCenterAppVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_compatibility_versions: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterAppVersions]",
        "fields_game_center_app_versions",
        fields_game_center_app_versions,
        "GameCenterAppVersionsGetInstanceFieldsGameCenterAppVersionsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersions]",
        "fields_app_store_versions",
        fields_app_store_versions,
        "GameCenterAppVersionsGetInstanceFieldsAppStoreVersionsItem",
    )
    _params.query_list(params, "include", "include", include, "GameCenterAppVersionsGetInstanceIncludeItem")
    _params.query_value(
        params,
        "limit[compatibilityVersions]",
        "limit_compatibility_versions",
        limit_compatibility_versions,
        int,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterAppVersions/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterAppVersionResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterAppVersionResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterAppVersionResponse]:
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
    fields_game_center_app_versions: list[GameCenterAppVersionsGetInstanceFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[GameCenterAppVersionsGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    include: list[GameCenterAppVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_compatibility_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterAppVersionResponse]:
    """``GET /v1/gameCenterAppVersions/{id}`` (gameCenterAppVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_


    Args:
        id (str):
        fields_game_center_app_versions
            (list[GameCenterAppVersionsGetInstanceFieldsGameCenterAppVersionsItem] | Unset):
        fields_app_store_versions
            (list[GameCenterAppVersionsGetInstanceFieldsAppStoreVersionsItem] | Unset):
        include (list[GameCenterAppVersionsGetInstanceIncludeItem] | Unset):
        limit_compatibility_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterAppVersionResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_app_versions=fields_game_center_app_versions,
        fields_app_store_versions=fields_app_store_versions,
        include=include,
        limit_compatibility_versions=limit_compatibility_versions,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_app_versions: list[GameCenterAppVersionsGetInstanceFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[GameCenterAppVersionsGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    include: list[GameCenterAppVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_compatibility_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterAppVersionResponse | None:
    """``GET /v1/gameCenterAppVersions/{id}`` (gameCenterAppVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_


    Args:
        id (str):
        fields_game_center_app_versions
            (list[GameCenterAppVersionsGetInstanceFieldsGameCenterAppVersionsItem] | Unset):
        fields_app_store_versions
            (list[GameCenterAppVersionsGetInstanceFieldsAppStoreVersionsItem] | Unset):
        include (list[GameCenterAppVersionsGetInstanceIncludeItem] | Unset):
        limit_compatibility_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterAppVersionResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_app_versions=fields_game_center_app_versions,
        fields_app_store_versions=fields_app_store_versions,
        include=include,
        limit_compatibility_versions=limit_compatibility_versions,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_app_versions: list[GameCenterAppVersionsGetInstanceFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[GameCenterAppVersionsGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    include: list[GameCenterAppVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_compatibility_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterAppVersionResponse]:
    """``GET /v1/gameCenterAppVersions/{id}`` (gameCenterAppVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_


    Args:
        id (str):
        fields_game_center_app_versions
            (list[GameCenterAppVersionsGetInstanceFieldsGameCenterAppVersionsItem] | Unset):
        fields_app_store_versions
            (list[GameCenterAppVersionsGetInstanceFieldsAppStoreVersionsItem] | Unset):
        include (list[GameCenterAppVersionsGetInstanceIncludeItem] | Unset):
        limit_compatibility_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterAppVersionResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_app_versions=fields_game_center_app_versions,
        fields_app_store_versions=fields_app_store_versions,
        include=include,
        limit_compatibility_versions=limit_compatibility_versions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_app_versions: list[GameCenterAppVersionsGetInstanceFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[GameCenterAppVersionsGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    include: list[GameCenterAppVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_compatibility_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterAppVersionResponse | None:
    """``GET /v1/gameCenterAppVersions/{id}`` (gameCenterAppVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_


    Args:
        id (str):
        fields_game_center_app_versions
            (list[GameCenterAppVersionsGetInstanceFieldsGameCenterAppVersionsItem] | Unset):
        fields_app_store_versions
            (list[GameCenterAppVersionsGetInstanceFieldsAppStoreVersionsItem] | Unset):
        include (list[GameCenterAppVersionsGetInstanceIncludeItem] | Unset):
        limit_compatibility_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterAppVersionResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_app_versions=fields_game_center_app_versions,
            fields_app_store_versions=fields_app_store_versions,
            include=include,
            limit_compatibility_versions=limit_compatibility_versions,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterAppVersionResponse] = GameCenterAppVersionResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterAppVersionResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
