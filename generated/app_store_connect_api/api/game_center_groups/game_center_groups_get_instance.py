from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_groups_get_instance_fields_game_center_achievements_item import (
        GameCenterGroupsGetInstanceFieldsGameCenterAchievementsItem,
    )
    from ...models.game_center_groups_get_instance_fields_game_center_activities_item import (
        GameCenterGroupsGetInstanceFieldsGameCenterActivitiesItem,
    )
    from ...models.game_center_groups_get_instance_fields_game_center_challenges_item import (
        GameCenterGroupsGetInstanceFieldsGameCenterChallengesItem,
    )
    from ...models.game_center_groups_get_instance_fields_game_center_details_item import (
        GameCenterGroupsGetInstanceFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_groups_get_instance_fields_game_center_groups_item import (
        GameCenterGroupsGetInstanceFieldsGameCenterGroupsItem,
    )
    from ...models.game_center_groups_get_instance_fields_game_center_leaderboard_sets_item import (
        GameCenterGroupsGetInstanceFieldsGameCenterLeaderboardSetsItem,
    )
    from ...models.game_center_groups_get_instance_fields_game_center_leaderboards_item import (
        GameCenterGroupsGetInstanceFieldsGameCenterLeaderboardsItem,
    )
    from ...models.game_center_groups_get_instance_include_item import GameCenterGroupsGetInstanceIncludeItem

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_group_response import GameCenterGroupResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_groups: list[GameCenterGroupsGetInstanceFieldsGameCenterGroupsItem] | Unset = UNSET,
    fields_game_center_details: list[GameCenterGroupsGetInstanceFieldsGameCenterDetailsItem] | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterGroupsGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[GameCenterGroupsGetInstanceFieldsGameCenterLeaderboardSetsItem]
    | Unset = UNSET,
    fields_game_center_achievements: list[GameCenterGroupsGetInstanceFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterGroupsGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterGroupsGetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    include: list[GameCenterGroupsGetInstanceIncludeItem] | Unset = UNSET,
    limit_game_center_achievements: int | Unset = UNSET,
    limit_game_center_achievements_v2: int | Unset = UNSET,
    limit_game_center_activities: int | Unset = UNSET,
    limit_game_center_challenges: int | Unset = UNSET,
    limit_game_center_details: int | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_game_center_leaderboard_sets_v2: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_game_center_leaderboards_v2: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterGroups]",
        "fields_game_center_groups",
        fields_game_center_groups,
        "GameCenterGroupsGetInstanceFieldsGameCenterGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterGroupsGetInstanceFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboards]",
        "fields_game_center_leaderboards",
        fields_game_center_leaderboards,
        "GameCenterGroupsGetInstanceFieldsGameCenterLeaderboardsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSets]",
        "fields_game_center_leaderboard_sets",
        fields_game_center_leaderboard_sets,
        "GameCenterGroupsGetInstanceFieldsGameCenterLeaderboardSetsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievements]",
        "fields_game_center_achievements",
        fields_game_center_achievements,
        "GameCenterGroupsGetInstanceFieldsGameCenterAchievementsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivities]",
        "fields_game_center_activities",
        fields_game_center_activities,
        "GameCenterGroupsGetInstanceFieldsGameCenterActivitiesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallenges]",
        "fields_game_center_challenges",
        fields_game_center_challenges,
        "GameCenterGroupsGetInstanceFieldsGameCenterChallengesItem",
    )
    _params.query_list(params, "include", "include", include, "GameCenterGroupsGetInstanceIncludeItem")
    _params.query_value(
        params,
        "limit[gameCenterAchievements]",
        "limit_game_center_achievements",
        limit_game_center_achievements,
        int,
    )
    _params.query_value(
        params,
        "limit[gameCenterAchievementsV2]",
        "limit_game_center_achievements_v2",
        limit_game_center_achievements_v2,
        int,
    )
    _params.query_value(
        params,
        "limit[gameCenterActivities]",
        "limit_game_center_activities",
        limit_game_center_activities,
        int,
    )
    _params.query_value(
        params,
        "limit[gameCenterChallenges]",
        "limit_game_center_challenges",
        limit_game_center_challenges,
        int,
    )
    _params.query_value(
        params, "limit[gameCenterDetails]", "limit_game_center_details", limit_game_center_details, int
    )
    _params.query_value(
        params,
        "limit[gameCenterLeaderboardSets]",
        "limit_game_center_leaderboard_sets",
        limit_game_center_leaderboard_sets,
        int,
    )
    _params.query_value(
        params,
        "limit[gameCenterLeaderboardSetsV2]",
        "limit_game_center_leaderboard_sets_v2",
        limit_game_center_leaderboard_sets_v2,
        int,
    )
    _params.query_value(
        params,
        "limit[gameCenterLeaderboards]",
        "limit_game_center_leaderboards",
        limit_game_center_leaderboards,
        int,
    )
    _params.query_value(
        params,
        "limit[gameCenterLeaderboardsV2]",
        "limit_game_center_leaderboards_v2",
        limit_game_center_leaderboards_v2,
        int,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterGroups/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterGroupResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterGroupResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterGroupResponse]:
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
    fields_game_center_groups: list[GameCenterGroupsGetInstanceFieldsGameCenterGroupsItem] | Unset = UNSET,
    fields_game_center_details: list[GameCenterGroupsGetInstanceFieldsGameCenterDetailsItem] | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterGroupsGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[GameCenterGroupsGetInstanceFieldsGameCenterLeaderboardSetsItem]
    | Unset = UNSET,
    fields_game_center_achievements: list[GameCenterGroupsGetInstanceFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterGroupsGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterGroupsGetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    include: list[GameCenterGroupsGetInstanceIncludeItem] | Unset = UNSET,
    limit_game_center_achievements: int | Unset = UNSET,
    limit_game_center_achievements_v2: int | Unset = UNSET,
    limit_game_center_activities: int | Unset = UNSET,
    limit_game_center_challenges: int | Unset = UNSET,
    limit_game_center_details: int | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_game_center_leaderboard_sets_v2: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_game_center_leaderboards_v2: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterGroupResponse]:
    """``GET /v1/gameCenterGroups/{id}`` (gameCenterGroups_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_


    Args:
        id (str):
        fields_game_center_groups (list[GameCenterGroupsGetInstanceFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_details (list[GameCenterGroupsGetInstanceFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_leaderboards
            (list[GameCenterGroupsGetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterGroupsGetInstanceFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterGroupsGetInstanceFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_activities
            (list[GameCenterGroupsGetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges
            (list[GameCenterGroupsGetInstanceFieldsGameCenterChallengesItem] | Unset):
        include (list[GameCenterGroupsGetInstanceIncludeItem] | Unset):
        limit_game_center_achievements (int | Unset):
        limit_game_center_achievements_v2 (int | Unset):
        limit_game_center_activities (int | Unset):
        limit_game_center_challenges (int | Unset):
        limit_game_center_details (int | Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_game_center_leaderboard_sets_v2 (int | Unset):
        limit_game_center_leaderboards (int | Unset):
        limit_game_center_leaderboards_v2 (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterGroupResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_challenges=fields_game_center_challenges,
        include=include,
        limit_game_center_achievements=limit_game_center_achievements,
        limit_game_center_achievements_v2=limit_game_center_achievements_v2,
        limit_game_center_activities=limit_game_center_activities,
        limit_game_center_challenges=limit_game_center_challenges,
        limit_game_center_details=limit_game_center_details,
        limit_game_center_leaderboard_sets=limit_game_center_leaderboard_sets,
        limit_game_center_leaderboard_sets_v2=limit_game_center_leaderboard_sets_v2,
        limit_game_center_leaderboards=limit_game_center_leaderboards,
        limit_game_center_leaderboards_v2=limit_game_center_leaderboards_v2,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_groups: list[GameCenterGroupsGetInstanceFieldsGameCenterGroupsItem] | Unset = UNSET,
    fields_game_center_details: list[GameCenterGroupsGetInstanceFieldsGameCenterDetailsItem] | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterGroupsGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[GameCenterGroupsGetInstanceFieldsGameCenterLeaderboardSetsItem]
    | Unset = UNSET,
    fields_game_center_achievements: list[GameCenterGroupsGetInstanceFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterGroupsGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterGroupsGetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    include: list[GameCenterGroupsGetInstanceIncludeItem] | Unset = UNSET,
    limit_game_center_achievements: int | Unset = UNSET,
    limit_game_center_achievements_v2: int | Unset = UNSET,
    limit_game_center_activities: int | Unset = UNSET,
    limit_game_center_challenges: int | Unset = UNSET,
    limit_game_center_details: int | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_game_center_leaderboard_sets_v2: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_game_center_leaderboards_v2: int | Unset = UNSET,
) -> ErrorResponse | GameCenterGroupResponse | None:
    """``GET /v1/gameCenterGroups/{id}`` (gameCenterGroups_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_


    Args:
        id (str):
        fields_game_center_groups (list[GameCenterGroupsGetInstanceFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_details (list[GameCenterGroupsGetInstanceFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_leaderboards
            (list[GameCenterGroupsGetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterGroupsGetInstanceFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterGroupsGetInstanceFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_activities
            (list[GameCenterGroupsGetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges
            (list[GameCenterGroupsGetInstanceFieldsGameCenterChallengesItem] | Unset):
        include (list[GameCenterGroupsGetInstanceIncludeItem] | Unset):
        limit_game_center_achievements (int | Unset):
        limit_game_center_achievements_v2 (int | Unset):
        limit_game_center_activities (int | Unset):
        limit_game_center_challenges (int | Unset):
        limit_game_center_details (int | Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_game_center_leaderboard_sets_v2 (int | Unset):
        limit_game_center_leaderboards (int | Unset):
        limit_game_center_leaderboards_v2 (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterGroupResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_challenges=fields_game_center_challenges,
        include=include,
        limit_game_center_achievements=limit_game_center_achievements,
        limit_game_center_achievements_v2=limit_game_center_achievements_v2,
        limit_game_center_activities=limit_game_center_activities,
        limit_game_center_challenges=limit_game_center_challenges,
        limit_game_center_details=limit_game_center_details,
        limit_game_center_leaderboard_sets=limit_game_center_leaderboard_sets,
        limit_game_center_leaderboard_sets_v2=limit_game_center_leaderboard_sets_v2,
        limit_game_center_leaderboards=limit_game_center_leaderboards,
        limit_game_center_leaderboards_v2=limit_game_center_leaderboards_v2,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_groups: list[GameCenterGroupsGetInstanceFieldsGameCenterGroupsItem] | Unset = UNSET,
    fields_game_center_details: list[GameCenterGroupsGetInstanceFieldsGameCenterDetailsItem] | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterGroupsGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[GameCenterGroupsGetInstanceFieldsGameCenterLeaderboardSetsItem]
    | Unset = UNSET,
    fields_game_center_achievements: list[GameCenterGroupsGetInstanceFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterGroupsGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterGroupsGetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    include: list[GameCenterGroupsGetInstanceIncludeItem] | Unset = UNSET,
    limit_game_center_achievements: int | Unset = UNSET,
    limit_game_center_achievements_v2: int | Unset = UNSET,
    limit_game_center_activities: int | Unset = UNSET,
    limit_game_center_challenges: int | Unset = UNSET,
    limit_game_center_details: int | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_game_center_leaderboard_sets_v2: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_game_center_leaderboards_v2: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterGroupResponse]:
    """``GET /v1/gameCenterGroups/{id}`` (gameCenterGroups_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_


    Args:
        id (str):
        fields_game_center_groups (list[GameCenterGroupsGetInstanceFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_details (list[GameCenterGroupsGetInstanceFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_leaderboards
            (list[GameCenterGroupsGetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterGroupsGetInstanceFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterGroupsGetInstanceFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_activities
            (list[GameCenterGroupsGetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges
            (list[GameCenterGroupsGetInstanceFieldsGameCenterChallengesItem] | Unset):
        include (list[GameCenterGroupsGetInstanceIncludeItem] | Unset):
        limit_game_center_achievements (int | Unset):
        limit_game_center_achievements_v2 (int | Unset):
        limit_game_center_activities (int | Unset):
        limit_game_center_challenges (int | Unset):
        limit_game_center_details (int | Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_game_center_leaderboard_sets_v2 (int | Unset):
        limit_game_center_leaderboards (int | Unset):
        limit_game_center_leaderboards_v2 (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterGroupResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_challenges=fields_game_center_challenges,
        include=include,
        limit_game_center_achievements=limit_game_center_achievements,
        limit_game_center_achievements_v2=limit_game_center_achievements_v2,
        limit_game_center_activities=limit_game_center_activities,
        limit_game_center_challenges=limit_game_center_challenges,
        limit_game_center_details=limit_game_center_details,
        limit_game_center_leaderboard_sets=limit_game_center_leaderboard_sets,
        limit_game_center_leaderboard_sets_v2=limit_game_center_leaderboard_sets_v2,
        limit_game_center_leaderboards=limit_game_center_leaderboards,
        limit_game_center_leaderboards_v2=limit_game_center_leaderboards_v2,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_groups: list[GameCenterGroupsGetInstanceFieldsGameCenterGroupsItem] | Unset = UNSET,
    fields_game_center_details: list[GameCenterGroupsGetInstanceFieldsGameCenterDetailsItem] | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterGroupsGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[GameCenterGroupsGetInstanceFieldsGameCenterLeaderboardSetsItem]
    | Unset = UNSET,
    fields_game_center_achievements: list[GameCenterGroupsGetInstanceFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterGroupsGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterGroupsGetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    include: list[GameCenterGroupsGetInstanceIncludeItem] | Unset = UNSET,
    limit_game_center_achievements: int | Unset = UNSET,
    limit_game_center_achievements_v2: int | Unset = UNSET,
    limit_game_center_activities: int | Unset = UNSET,
    limit_game_center_challenges: int | Unset = UNSET,
    limit_game_center_details: int | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_game_center_leaderboard_sets_v2: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_game_center_leaderboards_v2: int | Unset = UNSET,
) -> ErrorResponse | GameCenterGroupResponse | None:
    """``GET /v1/gameCenterGroups/{id}`` (gameCenterGroups_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_


    Args:
        id (str):
        fields_game_center_groups (list[GameCenterGroupsGetInstanceFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_details (list[GameCenterGroupsGetInstanceFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_leaderboards
            (list[GameCenterGroupsGetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterGroupsGetInstanceFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterGroupsGetInstanceFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_activities
            (list[GameCenterGroupsGetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges
            (list[GameCenterGroupsGetInstanceFieldsGameCenterChallengesItem] | Unset):
        include (list[GameCenterGroupsGetInstanceIncludeItem] | Unset):
        limit_game_center_achievements (int | Unset):
        limit_game_center_achievements_v2 (int | Unset):
        limit_game_center_activities (int | Unset):
        limit_game_center_challenges (int | Unset):
        limit_game_center_details (int | Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_game_center_leaderboard_sets_v2 (int | Unset):
        limit_game_center_leaderboards (int | Unset):
        limit_game_center_leaderboards_v2 (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterGroupResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_groups=fields_game_center_groups,
            fields_game_center_details=fields_game_center_details,
            fields_game_center_leaderboards=fields_game_center_leaderboards,
            fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
            fields_game_center_achievements=fields_game_center_achievements,
            fields_game_center_activities=fields_game_center_activities,
            fields_game_center_challenges=fields_game_center_challenges,
            include=include,
            limit_game_center_achievements=limit_game_center_achievements,
            limit_game_center_achievements_v2=limit_game_center_achievements_v2,
            limit_game_center_activities=limit_game_center_activities,
            limit_game_center_challenges=limit_game_center_challenges,
            limit_game_center_details=limit_game_center_details,
            limit_game_center_leaderboard_sets=limit_game_center_leaderboard_sets,
            limit_game_center_leaderboard_sets_v2=limit_game_center_leaderboard_sets_v2,
            limit_game_center_leaderboards=limit_game_center_leaderboards,
            limit_game_center_leaderboards_v2=limit_game_center_leaderboards_v2,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterGroupResponse] = GameCenterGroupResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterGroupResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
