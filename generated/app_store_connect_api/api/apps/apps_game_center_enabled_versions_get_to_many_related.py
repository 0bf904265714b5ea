from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_game_center_enabled_versions_get_to_many_related_fields_apps_item import (
        AppsGameCenterEnabledVersionsGetToManyRelatedFieldsAppsItem,
    )
    from ...models.apps_game_center_enabled_versions_get_to_many_related_fields_game_center_enabled_versions_item import (
        AppsGameCenterEnabledVersionsGetToManyRelatedFieldsGameCenterEnabledVersionsItem,
    )
    from ...models.apps_game_center_enabled_versions_get_to_many_related_filter_platform_item import (
        AppsGameCenterEnabledVersionsGetToManyRelatedFilterPlatformItem,
    )
    from ...models.apps_game_center_enabled_versions_get_to_many_related_include_item import (
        AppsGameCenterEnabledVersionsGetToManyRelatedIncludeItem,
    )
    from ...models.apps_game_center_enabled_versions_get_to_many_related_sort_item import (
        AppsGameCenterEnabledVersionsGetToManyRelatedSortItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_enabled_versions_response import GameCenterEnabledVersionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_platform: list[AppsGameCenterEnabledVersionsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_version_string: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[AppsGameCenterEnabledVersionsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_game_center_enabled_versions: list[
        AppsGameCenterEnabledVersionsGetToManyRelatedFieldsGameCenterEnabledVersionsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppsGameCenterEnabledVersionsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsGameCenterEnabledVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_compatible_versions: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[platform]",
        "filter_platform",
        filter_platform,
        "AppsGameCenterEnabledVersionsGetToManyRelatedFilterPlatformItem",
    )
    _params.query_list(params, "filter[versionString]", "filter_version_string", filter_version_string, str)
    _params.query_list(params, "filter[id]", "filter_id", filter_id, str)
    _params.query_list(params, "sort", "sort", sort, "AppsGameCenterEnabledVersionsGetToManyRelatedSortItem")
    _params.query_list(
        params,
        "fields[gameCenterEnabledVersions]",
        "fields_game_center_enabled_versions",
        fields_game_center_enabled_versions,
        "AppsGameCenterEnabledVersionsGetToManyRelatedFieldsGameCenterEnabledVersionsItem",
    )
    _params.query_list(
        params,
        "fields[apps]",
        "fields_apps",
        fields_apps,
        "AppsGameCenterEnabledVersionsGetToManyRelatedFieldsAppsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "AppsGameCenterEnabledVersionsGetToManyRelatedIncludeItem"
    )
    _params.query_value(
        params, "limit[compatibleVersions]", "limit_compatible_versions", limit_compatible_versions, int
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/gameCenterEnabledVersions".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterEnabledVersionsResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterEnabledVersionsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterEnabledVersionsResponse]:
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
    filter_platform: list[AppsGameCenterEnabledVersionsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_version_string: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[AppsGameCenterEnabledVersionsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_game_center_enabled_versions: list[
        AppsGameCenterEnabledVersionsGetToManyRelatedFieldsGameCenterEnabledVersionsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppsGameCenterEnabledVersionsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsGameCenterEnabledVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_compatible_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterEnabledVersionsResponse]:
    """``GET /v1/apps/{id}/gameCenterEnabledVersions`` (apps_gameCenterEnabledVersions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-gamecenterenabledversions


    Args:
        id (str):
        filter_platform (list[AppsGameCenterEnabledVersionsGetToManyRelatedFilterPlatformItem] |
            Unset):
        filter_version_string (list[str] | Unset):
        filter_id (list[str] | Unset):
        sort (list[AppsGameCenterEnabledVersionsGetToManyRelatedSortItem] | Unset):
        fields_game_center_enabled_versions
            (list[AppsGameCenterEnabledVersionsGetToManyRelatedFieldsGameCenterEnabledVersionsItem] |
            Unset):
        fields_apps (list[AppsGameCenterEnabledVersionsGetToManyRelatedFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[AppsGameCenterEnabledVersionsGetToManyRelatedIncludeItem] | Unset):
        limit_compatible_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterEnabledVersionsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_platform=filter_platform,
        filter_version_string=filter_version_string,
        filter_id=filter_id,
        sort=sort,
        fields_game_center_enabled_versions=fields_game_center_enabled_versions,
        fields_apps=fields_apps,
        limit=limit,
        include=include,
        limit_compatible_versions=limit_compatible_versions,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[AppsGameCenterEnabledVersionsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_version_string: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[AppsGameCenterEnabledVersionsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_game_center_enabled_versions: list[
        AppsGameCenterEnabledVersionsGetToManyRelatedFieldsGameCenterEnabledVersionsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppsGameCenterEnabledVersionsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsGameCenterEnabledVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_compatible_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterEnabledVersionsResponse | None:
    """``GET /v1/apps/{id}/gameCenterEnabledVersions`` (apps_gameCenterEnabledVersions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-gamecenterenabledversions


    Args:
        id (str):
        filter_platform (list[AppsGameCenterEnabledVersionsGetToManyRelatedFilterPlatformItem] |
            Unset):
        filter_version_string (list[str] | Unset):
        filter_id (list[str] | Unset):
        sort (list[AppsGameCenterEnabledVersionsGetToManyRelatedSortItem] | Unset):
        fields_game_center_enabled_versions
            (list[AppsGameCenterEnabledVersionsGetToManyRelatedFieldsGameCenterEnabledVersionsItem] |
            Unset):
        fields_apps (list[AppsGameCenterEnabledVersionsGetToManyRelatedFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[AppsGameCenterEnabledVersionsGetToManyRelatedIncludeItem] | Unset):
        limit_compatible_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterEnabledVersionsResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_platform=filter_platform,
        filter_version_string=filter_version_string,
        filter_id=filter_id,
        sort=sort,
        fields_game_center_enabled_versions=fields_game_center_enabled_versions,
        fields_apps=fields_apps,
        limit=limit,
        include=include,
        limit_compatible_versions=limit_compatible_versions,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[AppsGameCenterEnabledVersionsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_version_string: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[AppsGameCenterEnabledVersionsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_game_center_enabled_versions: list[
        AppsGameCenterEnabledVersionsGetToManyRelatedFieldsGameCenterEnabledVersionsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppsGameCenterEnabledVersionsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsGameCenterEnabledVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_compatible_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterEnabledVersionsResponse]:
    """``GET /v1/apps/{id}/gameCenterEnabledVersions`` (apps_gameCenterEnabledVersions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-gamecenterenabledversions


    Args:
        id (str):
        filter_platform (list[AppsGameCenterEnabledVersionsGetToManyRelatedFilterPlatformItem] |
            Unset):
        filter_version_string (list[str] | Unset):
        filter_id (list[str] | Unset):
        sort (list[AppsGameCenterEnabledVersionsGetToManyRelatedSortItem] | Unset):
        fields_game_center_enabled_versions
            (list[AppsGameCenterEnabledVersionsGetToManyRelatedFieldsGameCenterEnabledVersionsItem] |
            Unset):
        fields_apps (list[AppsGameCenterEnabledVersionsGetToManyRelatedFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[AppsGameCenterEnabledVersionsGetToManyRelatedIncludeItem] | Unset):
        limit_compatible_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterEnabledVersionsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_platform=filter_platform,
        filter_version_string=filter_version_string,
        filter_id=filter_id,
        sort=sort,
        fields_game_center_enabled_versions=fields_game_center_enabled_versions,
        fields_apps=fields_apps,
        limit=limit,
        include=include,
        limit_compatible_versions=limit_compatible_versions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[AppsGameCenterEnabledVersionsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_version_string: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[AppsGameCenterEnabledVersionsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_game_center_enabled_versions: list[
        AppsGameCenterEnabledVersionsGetToManyRelatedFieldsGameCenterEnabledVersionsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppsGameCenterEnabledVersionsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsGameCenterEnabledVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_compatible_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterEnabledVersionsResponse | None:
    """``GET /v1/apps/{id}/gameCenterEnabledVersions`` (apps_gameCenterEnabledVersions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-gamecenterenabledversions


    Args:
        id (str):
        filter_platform (list[AppsGameCenterEnabledVersionsGetToManyRelatedFilterPlatformItem] |
            Unset):
        filter_version_string (list[str] | Unset):
        filter_id (list[str] | Unset):
        sort (list[AppsGameCenterEnabledVersionsGetToManyRelatedSortItem] | Unset):
        fields_game_center_enabled_versions
            (list[AppsGameCenterEnabledVersionsGetToManyRelatedFieldsGameCenterEnabledVersionsItem] |
            Unset):
        fields_apps (list[AppsGameCenterEnabledVersionsGetToManyRelatedFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[AppsGameCenterEnabledVersionsGetToManyRelatedIncludeItem] | Unset):
        limit_compatible_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterEnabledVersionsResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_platform=filter_platform,
            filter_version_string=filter_version_string,
            filter_id=filter_id,
            sort=sort,
            fields_game_center_enabled_versions=fields_game_center_enabled_versions,
            fields_apps=fields_apps,
            limit=limit,
            include=include,
            limit_compatible_versions=limit_compatible_versions,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterEnabledVersionsResponse] = GameCenterEnabledVersionsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_enabled_version import GameCenterEnabledVersion

ITEM_TYPE: type[GameCenterEnabledVersion] = GameCenterEnabledVersion
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterEnabledVersionsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
