from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_details_game_center_activities_get_to_many_related_fields_game_center_achievements_item import (
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterAchievementsItem,
    )
    from ...models.game_center_details_game_center_activities_get_to_many_related_fields_game_center_activities_item import (
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterActivitiesItem,
    )
    from ...models.game_center_details_game_center_activities_get_to_many_related_fields_game_center_activity_versions_item import (
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterActivityVersionsItem,
    )
    from ...models.game_center_details_game_center_activities_get_to_many_related_fields_game_center_details_item import (
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_details_game_center_activities_get_to_many_related_fields_game_center_groups_item import (
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterGroupsItem,
    )
    from ...models.game_center_details_game_center_activities_get_to_many_related_fields_game_center_leaderboards_item import (
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterLeaderboardsItem,
    )
    from ...models.game_center_details_game_center_activities_get_to_many_related_include_item import (
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_activities_response import GameCenterActivitiesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_activities: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterActivitiesGetToManyRelatedIncludeItem] | Unset = UNSET,
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
        "GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterActivitiesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterGroups]",
        "fields_game_center_groups",
        fields_game_center_groups,
        "GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievements]",
        "fields_game_center_achievements",
        fields_game_center_achievements,
        "GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterAchievementsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboards]",
        "fields_game_center_leaderboards",
        fields_game_center_leaderboards,
        "GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterLeaderboardsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivityVersions]",
        "fields_game_center_activity_versions",
        fields_game_center_activity_versions,
        "GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterActivityVersionsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterDetailsGameCenterActivitiesGetToManyRelatedIncludeItem",
    )
    _params.query_value(params, "limit[achievements]", "limit_achievements", limit_achievements, int)
    _params.query_value(params, "limit[achievementsV2]", "limit_achievements_v2", limit_achievements_v2, int)
    _params.query_value(params, "limit[leaderboards]", "limit_leaderboards", limit_leaderboards, int)
    _params.query_value(params, "limit[leaderboardsV2]", "limit_leaderboards_v2", limit_leaderboards_v2, int)
    _params.query_value(params, "limit[versions]", "limit_versions", limit_versions, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterDetails/{id}/gameCenterActivities".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterActivitiesResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterActivitiesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterActivitiesResponse]:
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
    fields_game_center_activities: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterActivitiesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_achievements: int | Unset = UNSET,
    limit_achievements_v2: int | Unset = UNSET,
    limit_leaderboards: int | Unset = UNSET,
    limit_leaderboards_v2: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterActivitiesResponse]:
    """``GET /v1/gameCenterDetails/{id}/gameCenterActivities`` (gameCenterDetails_gameCenterActivities_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenteractivities


    Args:
        id (str):
        fields_game_center_activities
            (list[GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterActivitiesItem]
            | Unset):
        fields_game_center_details
            (list[GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_groups
            (list[GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_achievements (list[GameCenterDetailsGameCenterActivitiesGetToManyRelate
            dFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_leaderboards (list[GameCenterDetailsGameCenterActivitiesGetToManyRelate
            dFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_activity_versions (list[GameCenterDetailsGameCenterActivitiesGetToManyR
            elatedFieldsGameCenterActivityVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsGameCenterActivitiesGetToManyRelatedIncludeItem] | Unset):
        limit_achievements (int | Unset):
        limit_achievements_v2 (int | Unset):
        limit_leaderboards (int | Unset):
        limit_leaderboards_v2 (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterActivitiesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_activity_versions=fields_game_center_activity_versions,
        limit=limit,
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
    fields_game_center_activities: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterActivitiesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_achievements: int | Unset = UNSET,
    limit_achievements_v2: int | Unset = UNSET,
    limit_leaderboards: int | Unset = UNSET,
    limit_leaderboards_v2: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterActivitiesResponse | None:
    """``GET /v1/gameCenterDetails/{id}/gameCenterActivities`` (gameCenterDetails_gameCenterActivities_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenteractivities


    Args:
        id (str):
        fields_game_center_activities
            (list[GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterActivitiesItem]
            | Unset):
        fields_game_center_details
            (list[GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_groups
            (list[GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_achievements (list[GameCenterDetailsGameCenterActivitiesGetToManyRelate
            dFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_leaderboards (list[GameCenterDetailsGameCenterActivitiesGetToManyRelate
            dFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_activity_versions (list[GameCenterDetailsGameCenterActivitiesGetToManyR
            elatedFieldsGameCenterActivityVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsGameCenterActivitiesGetToManyRelatedIncludeItem] | Unset):
        limit_achievements (int | Unset):
        limit_achievements_v2 (int | Unset):
        limit_leaderboards (int | Unset):
        limit_leaderboards_v2 (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterActivitiesResponse

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
        limit=limit,
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
    fields_game_center_activities: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterActivitiesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_achievements: int | Unset = UNSET,
    limit_achievements_v2: int | Unset = UNSET,
    limit_leaderboards: int | Unset = UNSET,
    limit_leaderboards_v2: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterActivitiesResponse]:
    """``GET /v1/gameCenterDetails/{id}/gameCenterActivities`` (gameCenterDetails_gameCenterActivities_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenteractivities


    Args:
        id (str):
        fields_game_center_activities
            (list[GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterActivitiesItem]
            | Unset):
        fields_game_center_details
            (list[GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_groups
            (list[GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_achievements (list[GameCenterDetailsGameCenterActivitiesGetToManyRelate
            dFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_leaderboards (list[GameCenterDetailsGameCenterActivitiesGetToManyRelate
            dFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_activity_versions (list[GameCenterDetailsGameCenterActivitiesGetToManyR
            elatedFieldsGameCenterActivityVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsGameCenterActivitiesGetToManyRelatedIncludeItem] | Unset):
        limit_achievements (int | Unset):
        limit_achievements_v2 (int | Unset):
        limit_leaderboards (int | Unset):
        limit_leaderboards_v2 (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterActivitiesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_activity_versions=fields_game_center_activity_versions,
        limit=limit,
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
    fields_game_center_activities: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterActivitiesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_achievements: int | Unset = UNSET,
    limit_achievements_v2: int | Unset = UNSET,
    limit_leaderboards: int | Unset = UNSET,
    limit_leaderboards_v2: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterActivitiesResponse | None:
    """``GET /v1/gameCenterDetails/{id}/gameCenterActivities`` (gameCenterDetails_gameCenterActivities_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenteractivities


    Args:
        id (str):
        fields_game_center_activities
            (list[GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterActivitiesItem]
            | Unset):
        fields_game_center_details
            (list[GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_groups
            (list[GameCenterDetailsGameCenterActivitiesGetToManyRelatedFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_achievements (list[GameCenterDetailsGameCenterActivitiesGetToManyRelate
            dFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_leaderboards (list[GameCenterDetailsGameCenterActivitiesGetToManyRelate
            dFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_activity_versions (list[GameCenterDetailsGameCenterActivitiesGetToManyR
            elatedFieldsGameCenterActivityVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsGameCenterActivitiesGetToManyRelatedIncludeItem] | Unset):
        limit_achievements (int | Unset):
        limit_achievements_v2 (int | Unset):
        limit_leaderboards (int | Unset):
        limit_leaderboards_v2 (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterActivitiesResponse

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
            limit=limit,
            include=include,
            limit_achievements=limit_achievements,
            limit_achievements_v2=limit_achievements_v2,
            limit_leaderboards=limit_leaderboards,
            limit_leaderboards_v2=limit_leaderboards_v2,
            limit_versions=limit_versions,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterActivitiesResponse] = GameCenterActivitiesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_activity import GameCenterActivity

ITEM_TYPE: type[GameCenterActivity] = GameCenterActivity
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterActivitiesResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
