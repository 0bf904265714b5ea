from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_activities_get_instance_fields_game_center_achievements_item import (
        GameCenterActivitiesGetInstanceFieldsGameCenterAchievementsItem,
    )
    from ...models.game_center_activities_get_instance_fields_game_center_activities_item import (
        GameCenterActivitiesGetInstanceFieldsGameCenterActivitiesItem,
    )
    from ...models.game_center_activities_get_instance_fields_game_center_activity_versions_item import (
        GameCenterActivitiesGetInstanceFieldsGameCenterActivityVersionsItem,
    )
    from ...models.game_center_activities_get_instance_fields_game_center_details_item import (
        GameCenterActivitiesGetInstanceFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_activities_get_instance_fields_game_center_groups_item import (
        GameCenterActivitiesGetInstanceFieldsGameCenterGroupsItem,
    )
    from ...models.game_center_activities_get_instance_fields_game_center_leaderboards_item import (
        GameCenterActivitiesGetInstanceFieldsGameCenterLeaderboardsItem,
    )
    from ...models.game_center_activities_get_instance_include_item import (
        GameCenterActivitiesGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_activity_response import GameCenterActivityResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_activities: list[GameCenterActivitiesGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterActivitiesGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterActivitiesGetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_achievements: list[GameCenterActivitiesGetInstanceFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterActivitiesGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterActivitiesGetInstanceFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterActivitiesGetInstanceIncludeItem] | Unset = UNSET,
    limit_achievements: int | Unset = UNSET,
    limit_achievements_v2: int | Unset = UNSET,
    limit_leaderboards: int | Unset = UNSET,
    limit_leaderboards_v2: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterActivities]",
        "fields_game_center_activities",
        fields_game_center_activities,
        "GameCenterActivitiesGetInstanceFieldsGameCenterActivitiesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterActivitiesGetInstanceFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterGroups]",
        "fields_game_center_groups",
        fields_game_center_groups,
        "GameCenterActivitiesGetInstanceFieldsGameCenterGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievements]",
        "fields_game_center_achievements",
        fields_game_center_achievements,
        "GameCenterActivitiesGetInstanceFieldsGameCenterAchievementsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboards]",
        "fields_game_center_leaderboards",
        fields_game_center_leaderboards,
        "GameCenterActivitiesGetInstanceFieldsGameCenterLeaderboardsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivityVersions]",
        "fields_game_center_activity_versions",
        fields_game_center_activity_versions,
        "GameCenterActivitiesGetInstanceFieldsGameCenterActivityVersionsItem",
    )
    _params.query_list(params, "include", "include", include, "GameCenterActivitiesGetInstanceIncludeItem")
    _params.query_value(params, "limit[achievements]", "limit_achievements", limit_achievements, int)
    _params.query_value(params, "limit[achievementsV2]", "limit_achievements_v2", limit_achievements_v2, int)
    _params.query_value(params, "limit[leaderboards]", "limit_leaderboards", limit_leaderboards, int)
    _params.query_value(params, "limit[leaderboardsV2]", "limit_leaderboards_v2", limit_leaderboards_v2, int)
    _params.query_value(params, "limit[versions]", "limit_versions", limit_versions, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterActivities/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterActivityResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterActivityResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterActivityResponse]:
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
    fields_game_center_activities: list[GameCenterActivitiesGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterActivitiesGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterActivitiesGetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_achievements: list[GameCenterActivitiesGetInstanceFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterActivitiesGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterActivitiesGetInstanceFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterActivitiesGetInstanceIncludeItem] | Unset = UNSET,
    limit_achievements: int | Unset = UNSET,
    limit_achievements_v2: int | Unset = UNSET,
    limit_leaderboards: int | Unset = UNSET,
    limit_leaderboards_v2: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterActivityResponse]:
    """``GET /v1/gameCenterActivities/{id}`` (gameCenterActivities_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivities-_id_


    Args:
        id (str):
        fields_game_center_activities
            (list[GameCenterActivitiesGetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_details
            (list[GameCenterActivitiesGetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterActivitiesGetInstanceFieldsGameCenterGroupsItem]
            | Unset):
        fields_game_center_achievements
            (list[GameCenterActivitiesGetInstanceFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_leaderboards
            (list[GameCenterActivitiesGetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_activity_versions
            (list[GameCenterActivitiesGetInstanceFieldsGameCenterActivityVersionsItem] | Unset):
        include (list[GameCenterActivitiesGetInstanceIncludeItem] | Unset):
        limit_achievements (int | Unset):
        limit_achievements_v2 (int | Unset):
        limit_leaderboards (int | Unset):
        limit_leaderboards_v2 (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterActivityResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_activity_versions=fields_game_center_activity_versions,
        include=include,
        limit_achievements=limit_achievements,
        limit_achievements_v2=limit_achievements_v2,
        limit_leaderboards=limit_leaderboards,
        limit_leaderboards_v2=limit_leaderboards_v2,
        limit_versions=limit_versions,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_activities: list[GameCenterActivitiesGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterActivitiesGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterActivitiesGetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_achievements: list[GameCenterActivitiesGetInstanceFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterActivitiesGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterActivitiesGetInstanceFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterActivitiesGetInstanceIncludeItem] | Unset = UNSET,
    limit_achievements: int | Unset = UNSET,
    limit_achievements_v2: int | Unset = UNSET,
    limit_leaderboards: int | Unset = UNSET,
    limit_leaderboards_v2: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterActivityResponse | None:
    """``GET /v1/gameCenterActivities/{id}`` (gameCenterActivities_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivities-_id_


    Args:
        id (str):
        fields_game_center_activities
            (list[GameCenterActivitiesGetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_details
            (list[GameCenterActivitiesGetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterActivitiesGetInstanceFieldsGameCenterGroupsItem]
            | Unset):
        fields_game_center_achievements
            (list[GameCenterActivitiesGetInstanceFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_leaderboards
            (list[GameCenterActivitiesGetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_activity_versions
            (list[GameCenterActivitiesGetInstanceFieldsGameCenterActivityVersionsItem] | Unset):
        include (list[GameCenterActivitiesGetInstanceIncludeItem] | Unset):
        limit_achievements (int | Unset):
        limit_achievements_v2 (int | Unset):
        limit_leaderboards (int | Unset):
        limit_leaderboards_v2 (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterActivityResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_activity_versions=fields_game_center_activity_versions,
        include=include,
        limit_achievements=limit_achievements,
        limit_achievements_v2=limit_achievements_v2,
        limit_leaderboards=limit_leaderboards,
        limit_leaderboards_v2=limit_leaderboards_v2,
        limit_versions=limit_versions,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_activities: list[GameCenterActivitiesGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterActivitiesGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterActivitiesGetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_achievements: list[GameCenterActivitiesGetInstanceFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterActivitiesGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterActivitiesGetInstanceFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterActivitiesGetInstanceIncludeItem] | Unset = UNSET,
    limit_achievements: int | Unset = UNSET,
    limit_achievements_v2: int | Unset = UNSET,
    limit_leaderboards: int | Unset = UNSET,
    limit_leaderboards_v2: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterActivityResponse]:
    """``GET /v1/gameCenterActivities/{id}`` (gameCenterActivities_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivities-_id_


    Args:
        id (str):
        fields_game_center_activities
            (list[GameCenterActivitiesGetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_details
            (list[GameCenterActivitiesGetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterActivitiesGetInstanceFieldsGameCenterGroupsItem]
            | Unset):
        fields_game_center_achievements
            (list[GameCenterActivitiesGetInstanceFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_leaderboards
            (list[GameCenterActivitiesGetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_activity_versions
            (list[GameCenterActivitiesGetInstanceFieldsGameCenterActivityVersionsItem] | Unset):
        include (list[GameCenterActivitiesGetInstanceIncludeItem] | Unset):
        limit_achievements (int | Unset):
        limit_achievements_v2 (int | Unset):
        limit_leaderboards (int | Unset):
        limit_leaderboards_v2 (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterActivityResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_activity_versions=fields_game_center_activity_versions,
        include=include,
        limit_achievements=limit_achievements,
        limit_achievements_v2=limit_achievements_v2,
        limit_leaderboards=limit_leaderboards,
        limit_leaderboards_v2=limit_leaderboards_v2,
        limit_versions=limit_versions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_activities: list[GameCenterActivitiesGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterActivitiesGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterActivitiesGetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_achievements: list[GameCenterActivitiesGetInstanceFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterActivitiesGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterActivitiesGetInstanceFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterActivitiesGetInstanceIncludeItem] | Unset = UNSET,
    limit_achievements: int | Unset = UNSET,
    limit_achievements_v2: int | Unset = UNSET,
    limit_leaderboards: int | Unset = UNSET,
    limit_leaderboards_v2: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterActivityResponse | None:
    """``GET /v1/gameCenterActivities/{id}`` (gameCenterActivities_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivities-_id_


    Args:
        id (str):
        fields_game_center_activities
            (list[GameCenterActivitiesGetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_details
            (list[GameCenterActivitiesGetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterActivitiesGetInstanceFieldsGameCenterGroupsItem]
            | Unset):
        fields_game_center_achievements
            (list[GameCenterActivitiesGetInstanceFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_leaderboards
            (list[GameCenterActivitiesGetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_activity_versions
            (list[GameCenterActivitiesGetInstanceFieldsGameCenterActivityVersionsItem] | Unset):
        include (list[GameCenterActivitiesGetInstanceIncludeItem] | Unset):
        limit_achievements (int | Unset):
        limit_achievements_v2 (int | Unset):
        limit_leaderboards (int | Unset):
        limit_leaderboards_v2 (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterActivityResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_activities=fields_game_center_activities,
            fields_game_center_details=fields_game_center_details,
            fields_game_center_groups=fields_game_center_groups,
            fields_game_center_achievements=fields_game_center_achievements,
            fields_game_center_leaderboards=fields_game_center_leaderboards,
            fields_game_center_activity_versions=fields_game_center_activity_versions,
            include=include,
            limit_achievements=limit_achievements,
            limit_achievements_v2=limit_achievements_v2,
            limit_leaderboards=limit_leaderboards,
            limit_leaderboards_v2=limit_leaderboards_v2,
            limit_versions=limit_versions,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterActivityResponse] = GameCenterActivityResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterActivityResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
