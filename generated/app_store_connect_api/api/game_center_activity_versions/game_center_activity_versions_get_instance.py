from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_activity_versions_get_instance_fields_game_center_activities_item import (
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivitiesItem,
    )
    from ...models.game_center_activity_versions_get_instance_fields_game_center_activity_images_item import (
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityImagesItem,
    )
    from ...models.game_center_activity_versions_get_instance_fields_game_center_activity_localizations_item import (
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityLocalizationsItem,
    )
    from ...models.game_center_activity_versions_get_instance_fields_game_center_activity_version_releases_item import (
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityVersionReleasesItem,
    )
    from ...models.game_center_activity_versions_get_instance_fields_game_center_activity_versions_item import (
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityVersionsItem,
    )
    from ...models.game_center_activity_versions_get_instance_include_item import (
        GameCenterActivityVersionsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_activity_version_response import GameCenterActivityVersionResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_activity_versions: list[
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_activity_localizations: list[
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_images: list[
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterActivityVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterActivityVersions]",
        "fields_game_center_activity_versions",
        fields_game_center_activity_versions,
        "GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityVersionsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivities]",
        "fields_game_center_activities",
        fields_game_center_activities,
        "GameCenterActivityVersionsGetInstanceFieldsGameCenterActivitiesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivityLocalizations]",
        "fields_game_center_activity_localizations",
        fields_game_center_activity_localizations,
        "GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivityImages]",
        "fields_game_center_activity_images",
        fields_game_center_activity_images,
        "GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityImagesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivityVersionReleases]",
        "fields_game_center_activity_version_releases",
        fields_game_center_activity_version_releases,
        "GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityVersionReleasesItem",
    )
    _params.query_list(
        params, "include", "include", include, "GameCenterActivityVersionsGetInstanceIncludeItem"
    )
    _params.query_value(params, "limit[localizations]", "limit_localizations", limit_localizations, int)
    _params.query_value(params, "limit[releases]", "limit_releases", limit_releases, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterActivityVersions/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterActivityVersionResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterActivityVersionResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterActivityVersionResponse]:
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
    fields_game_center_activity_versions: list[
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_activity_localizations: list[
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_images: list[
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterActivityVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterActivityVersionResponse]:
    """``GET /v1/gameCenterActivityVersions/{id}`` (gameCenterActivityVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_


    Args:
        id (str):
        fields_game_center_activity_versions
            (list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityVersionsItem] | Unset):
        fields_game_center_activities
            (list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_activity_localizations
            (list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityLocalizationsItem] |
            Unset):
        fields_game_center_activity_images
            (list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityImagesItem] | Unset):
        fields_game_center_activity_version_releases
            (list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityVersionReleasesItem] |
            Unset):
        include (list[GameCenterActivityVersionsGetInstanceIncludeItem] | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterActivityVersionResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_activity_versions=fields_game_center_activity_versions,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_activity_localizations=fields_game_center_activity_localizations,
        fields_game_center_activity_images=fields_game_center_activity_images,
        fields_game_center_activity_version_releases=fields_game_center_activity_version_releases,
        include=include,
        limit_localizations=limit_localizations,
        limit_releases=limit_releases,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_activity_versions: list[
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_activity_localizations: list[
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_images: list[
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterActivityVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> ErrorResponse | GameCenterActivityVersionResponse | None:
    """``GET /v1/gameCenterActivityVersions/{id}`` (gameCenterActivityVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_


    Args:
        id (str):
        fields_game_center_activity_versions
            (list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityVersionsItem] | Unset):
        fields_game_center_activities
            (list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_activity_localizations
            (list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityLocalizationsItem] |
            Unset):
        fields_game_center_activity_images
            (list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityImagesItem] | Unset):
        fields_game_center_activity_version_releases
            (list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityVersionReleasesItem] |
            Unset):
        include (list[GameCenterActivityVersionsGetInstanceIncludeItem] | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterActivityVersionResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_activity_versions=fields_game_center_activity_versions,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_activity_localizations=fields_game_center_activity_localizations,
        fields_game_center_activity_images=fields_game_center_activity_images,
        fields_game_center_activity_version_releases=fields_game_center_activity_version_releases,
        include=include,
        limit_localizations=limit_localizations,
        limit_releases=limit_releases,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_activity_versions: list[
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_activity_localizations: list[
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_images: list[
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterActivityVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterActivityVersionResponse]:
    """``GET /v1/gameCenterActivityVersions/{id}`` (gameCenterActivityVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_


    Args:
        id (str):
        fields_game_center_activity_versions
            (list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityVersionsItem] | Unset):
        fields_game_center_activities
            (list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_activity_localizations
            (list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityLocalizationsItem] |
            Unset):
        fields_game_center_activity_images
            (list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityImagesItem] | Unset):
        fields_game_center_activity_version_releases
            (list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityVersionReleasesItem] |
            Unset):
        include (list[GameCenterActivityVersionsGetInstanceIncludeItem] | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterActivityVersionResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_activity_versions=fields_game_center_activity_versions,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_activity_localizations=fields_game_center_activity_localizations,
        fields_game_center_activity_images=fields_game_center_activity_images,
        fields_game_center_activity_version_releases=fields_game_center_activity_version_releases,
        include=include,
        limit_localizations=limit_localizations,
        limit_releases=limit_releases,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_activity_versions: list[
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_activity_localizations: list[
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_images: list[
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterActivityVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> ErrorResponse | GameCenterActivityVersionResponse | None:
    """``GET /v1/gameCenterActivityVersions/{id}`` (gameCenterActivityVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_


    Args:
        id (str):
        fields_game_center_activity_versions
            (list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityVersionsItem] | Unset):
        fields_game_center_activities
            (list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_activity_localizations
            (list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityLocalizationsItem] |
            Unset):
        fields_game_center_activity_images
            (list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityImagesItem] | Unset):
        fields_game_center_activity_version_releases
            (list[GameCenterActivityVersionsGetInstanceFieldsGameCenterActivityVersionReleasesItem] |
            Unset):
        include (list[GameCenterActivityVersionsGetInstanceIncludeItem] | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterActivityVersionResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_activity_versions=fields_game_center_activity_versions,
            fields_game_center_activities=fields_game_center_activities,
            fields_game_center_activity_localizations=fields_game_center_activity_localizations,
            fields_game_center_activity_images=fields_game_center_activity_images,
            fields_game_center_activity_version_releases=fields_game_center_activity_version_releases,
            include=include,
            limit_localizations=limit_localizations,
            limit_releases=limit_releases,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterActivityVersionResponse] = GameCenterActivityVersionResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterActivityVersionResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
