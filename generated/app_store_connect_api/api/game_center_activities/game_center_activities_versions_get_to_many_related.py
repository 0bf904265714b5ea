from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_activities_versions_get_to_many_related_fields_game_center_activities_item import (
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivitiesItem,
    )
    from ...models.game_center_activities_versions_get_to_many_related_fields_game_center_activity_images_item import (
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityImagesItem,
    )
    from ...models.game_center_activities_versions_get_to_many_related_fields_game_center_activity_localizations_item import (
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityLocalizationsItem,
    )
    from ...models.game_center_activities_versions_get_to_many_related_fields_game_center_activity_version_releases_item import (
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityVersionReleasesItem,
    )
    from ...models.game_center_activities_versions_get_to_many_related_fields_game_center_activity_versions_item import (
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityVersionsItem,
    )
    from ...models.game_center_activities_versions_get_to_many_related_include_item import (
        GameCenterActivitiesVersionsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_activity_versions_response import GameCenterActivityVersionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_activity_versions: list[
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_localizations: list[
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_images: list[
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterActivitiesVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
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
        "GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityVersionsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivities]",
        "fields_game_center_activities",
        fields_game_center_activities,
        "GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivitiesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivityLocalizations]",
        "fields_game_center_activity_localizations",
        fields_game_center_activity_localizations,
        "GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivityImages]",
        "fields_game_center_activity_images",
        fields_game_center_activity_images,
        "GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityImagesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivityVersionReleases]",
        "fields_game_center_activity_version_releases",
        fields_game_center_activity_version_releases,
        "GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityVersionReleasesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "GameCenterActivitiesVersionsGetToManyRelatedIncludeItem"
    )
    _params.query_value(params, "limit[localizations]", "limit_localizations", limit_localizations, int)
    _params.query_value(params, "limit[releases]", "limit_releases", limit_releases, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterActivities/{id}/versions".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterActivityVersionsResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterActivityVersionsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterActivityVersionsResponse]:
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
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_localizations: list[
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_images: list[
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterActivitiesVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterActivityVersionsResponse]:
    """``GET /v1/gameCenterActivities/{id}/versions`` (gameCenterActivities_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivities-_id_-versions


    Args:
        id (str):
        fields_game_center_activity_versions
            (list[GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityVersionsItem] |
            Unset):
        fields_game_center_activities
            (list[GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivitiesItem] |
            Unset):
        fields_game_center_activity_localizations (list[GameCenterActivitiesVersionsGetToManyRelat
            edFieldsGameCenterActivityLocalizationsItem] | Unset):
        fields_game_center_activity_images
            (list[GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityImagesItem] |
            Unset):
        fields_game_center_activity_version_releases (list[GameCenterActivitiesVersionsGetToManyRe
            latedFieldsGameCenterActivityVersionReleasesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterActivitiesVersionsGetToManyRelatedIncludeItem] | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterActivityVersionsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_activity_versions=fields_game_center_activity_versions,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_activity_localizations=fields_game_center_activity_localizations,
        fields_game_center_activity_images=fields_game_center_activity_images,
        fields_game_center_activity_version_releases=fields_game_center_activity_version_releases,
        limit=limit,
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
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_localizations: list[
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_images: list[
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterActivitiesVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> ErrorResponse | GameCenterActivityVersionsResponse | None:
    """``GET /v1/gameCenterActivities/{id}/versions`` (gameCenterActivities_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivities-_id_-versions


    Args:
        id (str):
        fields_game_center_activity_versions
            (list[GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityVersionsItem] |
            Unset):
        fields_game_center_activities
            (list[GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivitiesItem] |
            Unset):
        fields_game_center_activity_localizations (list[GameCenterActivitiesVersionsGetToManyRelat
            edFieldsGameCenterActivityLocalizationsItem] | Unset):
        fields_game_center_activity_images
            (list[GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityImagesItem] |
            Unset):
        fields_game_center_activity_version_releases (list[GameCenterActivitiesVersionsGetToManyRe
            latedFieldsGameCenterActivityVersionReleasesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterActivitiesVersionsGetToManyRelatedIncludeItem] | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterActivityVersionsResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_activity_versions=fields_game_center_activity_versions,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_activity_localizations=fields_game_center_activity_localizations,
        fields_game_center_activity_images=fields_game_center_activity_images,
        fields_game_center_activity_version_releases=fields_game_center_activity_version_releases,
        limit=limit,
        include=include,
        limit_localizations=limit_localizations,
        limit_releases=limit_releases,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_activity_versions: list[
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_localizations: list[
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_images: list[
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterActivitiesVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterActivityVersionsResponse]:
    """``GET /v1/gameCenterActivities/{id}/versions`` (gameCenterActivities_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivities-_id_-versions


    Args:
        id (str):
        fields_game_center_activity_versions
            (list[GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityVersionsItem] |
            Unset):
        fields_game_center_activities
            (list[GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivitiesItem] |
            Unset):
        fields_game_center_activity_localizations (list[GameCenterActivitiesVersionsGetToManyRelat
            edFieldsGameCenterActivityLocalizationsItem] | Unset):
        fields_game_center_activity_images
            (list[GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityImagesItem] |
            Unset):
        fields_game_center_activity_version_releases (list[GameCenterActivitiesVersionsGetToManyRe
            latedFieldsGameCenterActivityVersionReleasesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterActivitiesVersionsGetToManyRelatedIncludeItem] | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterActivityVersionsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_activity_versions=fields_game_center_activity_versions,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_activity_localizations=fields_game_center_activity_localizations,
        fields_game_center_activity_images=fields_game_center_activity_images,
        fields_game_center_activity_version_releases=fields_game_center_activity_version_releases,
        limit=limit,
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
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_localizations: list[
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_images: list[
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterActivitiesVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> ErrorResponse | GameCenterActivityVersionsResponse | None:
    """``GET /v1/gameCenterActivities/{id}/versions`` (gameCenterActivities_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivities-_id_-versions


    Args:
        id (str):
        fields_game_center_activity_versions
            (list[GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityVersionsItem] |
            Unset):
        fields_game_center_activities
            (list[GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivitiesItem] |
            Unset):
        fields_game_center_activity_localizations (list[GameCenterActivitiesVersionsGetToManyRelat
            edFieldsGameCenterActivityLocalizationsItem] | Unset):
        fields_game_center_activity_images
            (list[GameCenterActivitiesVersionsGetToManyRelatedFieldsGameCenterActivityImagesItem] |
            Unset):
        fields_game_center_activity_version_releases (list[GameCenterActivitiesVersionsGetToManyRe
            latedFieldsGameCenterActivityVersionReleasesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterActivitiesVersionsGetToManyRelatedIncludeItem] | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterActivityVersionsResponse

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
            limit=limit,
            include=include,
            limit_localizations=limit_localizations,
            limit_releases=limit_releases,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterActivityVersionsResponse] = GameCenterActivityVersionsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_activity_version import GameCenterActivityVersion

ITEM_TYPE: type[GameCenterActivityVersion] = GameCenterActivityVersion
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterActivityVersionsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
