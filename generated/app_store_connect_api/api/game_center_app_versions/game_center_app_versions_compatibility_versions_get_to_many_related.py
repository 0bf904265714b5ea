from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_app_versions_compatibility_versions_get_to_many_related_fields_app_store_versions_item import (
        GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedFieldsAppStoreVersionsItem,
    )
    from ...models.game_center_app_versions_compatibility_versions_get_to_many_related_fields_game_center_app_versions_item import (
        GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedFieldsGameCenterAppVersionsItem,
    )
    from ...models.game_center_app_versions_compatibility_versions_get_to_many_related_include_item import (
        GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_app_versions_response import GameCenterAppVersionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_enabled: list[str] | Unset = UNSET,
    fields_game_center_app_versions: list[
        GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedFieldsGameCenterAppVersionsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[
        GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_compatibility_versions: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[enabled]", "filter_enabled", filter_enabled, str)
    _params.query_list(
        params,
        "fields[gameCenterAppVersions]",
        "fields_game_center_app_versions",
        fields_game_center_app_versions,
        "GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedFieldsGameCenterAppVersionsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersions]",
        "fields_app_store_versions",
        fields_app_store_versions,
        "GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedFieldsAppStoreVersionsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedIncludeItem",
    )
    _params.query_value(
        params,
        "limit[compatibilityVersions]",
        "limit_compatibility_versions",
        limit_compatibility_versions,
        int,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterAppVersions/{id}/compatibilityVersions".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterAppVersionsResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterAppVersionsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterAppVersionsResponse]:
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
    filter_enabled: list[str] | Unset = UNSET,
    fields_game_center_app_versions: list[
        GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedFieldsGameCenterAppVersionsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[
        GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_compatibility_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterAppVersionsResponse]:
    """``GET /v1/gameCenterAppVersions/{id}/compatibilityVersions`` (gameCenterAppVersions_compatibilityVersions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_-compatibilityversions


    Args:
        id (str):
        filter_enabled (list[str] | Unset):
        fields_game_center_app_versions (list[GameCenterAppVersionsCompatibilityVersionsGetToManyR
            elatedFieldsGameCenterAppVersionsItem] | Unset):
        fields_app_store_versions (list[GameCenterAppVersionsCompatibilityVersionsGetToManyRelated
            FieldsAppStoreVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedIncludeItem] |
            Unset):
        limit_compatibility_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterAppVersionsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_enabled=filter_enabled,
        fields_game_center_app_versions=fields_game_center_app_versions,
        fields_app_store_versions=fields_app_store_versions,
        limit=limit,
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
    filter_enabled: list[str] | Unset = UNSET,
    fields_game_center_app_versions: list[
        GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedFieldsGameCenterAppVersionsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[
        GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_compatibility_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterAppVersionsResponse | None:
    """``GET /v1/gameCenterAppVersions/{id}/compatibilityVersions`` (gameCenterAppVersions_compatibilityVersions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_-compatibilityversions


    Args:
        id (str):
        filter_enabled (list[str] | Unset):
        fields_game_center_app_versions (list[GameCenterAppVersionsCompatibilityVersionsGetToManyR
            elatedFieldsGameCenterAppVersionsItem] | Unset):
        fields_app_store_versions (list[GameCenterAppVersionsCompatibilityVersionsGetToManyRelated
            FieldsAppStoreVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedIncludeItem] |
            Unset):
        limit_compatibility_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterAppVersionsResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_enabled=filter_enabled,
        fields_game_center_app_versions=fields_game_center_app_versions,
        fields_app_store_versions=fields_app_store_versions,
        limit=limit,
        include=include,
        limit_compatibility_versions=limit_compatibility_versions,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_enabled: list[str] | Unset = UNSET,
    fields_game_center_app_versions: list[
        GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedFieldsGameCenterAppVersionsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[
        GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_compatibility_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterAppVersionsResponse]:
    """``GET /v1/gameCenterAppVersions/{id}/compatibilityVersions`` (gameCenterAppVersions_compatibilityVersions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_-compatibilityversions


    Args:
        id (str):
        filter_enabled (list[str] | Unset):
        fields_game_center_app_versions (list[GameCenterAppVersionsCompatibilityVersionsGetToManyR
            elatedFieldsGameCenterAppVersionsItem] | Unset):
        fields_app_store_versions (list[GameCenterAppVersionsCompatibilityVersionsGetToManyRelated
            FieldsAppStoreVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedIncludeItem] |
            Unset):
        limit_compatibility_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterAppVersionsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_enabled=filter_enabled,
        fields_game_center_app_versions=fields_game_center_app_versions,
        fields_app_store_versions=fields_app_store_versions,
        limit=limit,
        include=include,
        limit_compatibility_versions=limit_compatibility_versions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_enabled: list[str] | Unset = UNSET,
    fields_game_center_app_versions: list[
        GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedFieldsGameCenterAppVersionsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[
        GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_compatibility_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterAppVersionsResponse | None:
    """``GET /v1/gameCenterAppVersions/{id}/compatibilityVersions`` (gameCenterAppVersions_compatibilityVersions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_-compatibilityversions


    Args:
        id (str):
        filter_enabled (list[str] | Unset):
        fields_game_center_app_versions (list[GameCenterAppVersionsCompatibilityVersionsGetToManyR
            elatedFieldsGameCenterAppVersionsItem] | Unset):
        fields_app_store_versions (list[GameCenterAppVersionsCompatibilityVersionsGetToManyRelated
            FieldsAppStoreVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterAppVersionsCompatibilityVersionsGetToManyRelatedIncludeItem] |
            Unset):
        limit_compatibility_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterAppVersionsResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_enabled=filter_enabled,
            fields_game_center_app_versions=fields_game_center_app_versions,
            fields_app_store_versions=fields_app_store_versions,
            limit=limit,
            include=include,
            limit_compatibility_versions=limit_compatibility_versions,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterAppVersionsResponse] = GameCenterAppVersionsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_app_version import GameCenterAppVersion

ITEM_TYPE: type[GameCenterAppVersion] = GameCenterAppVersion
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterAppVersionsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
