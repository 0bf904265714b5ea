from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_groups_get_collection_fields_game_center_achievements_item import (
        GameCenterGroupsGetCollectionFieldsGameCenterAchievementsItem,
    )
    from ...models.game_center_groups_get_collection_fields_game_center_activities_item import (
        GameCenterGroupsGetCollectionFieldsGameCenterActivitiesItem,
    )
    from ...models.game_center_groups_get_collection_fields_game_center_challenges_item import (
        GameCenterGroupsGetCollectionFieldsGameCenterChallengesItem,
    )
    from ...models.game_center_groups_get_collection_fields_game_center_details_item import (
        GameCenterGroupsGetCollectionFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_groups_get_collection_fields_game_center_groups_item import (
        GameCenterGroupsGetCollectionFieldsGameCenterGroupsItem,
    )
    from ...models.game_center_groups_get_collection_fields_game_center_leaderboard_sets_item import (
        GameCenterGroupsGetCollectionFieldsGameCenterLeaderboardSetsItem,
    )
    from ...models.game_center_groups_get_collection_fields_game_center_leaderboards_item import (
        GameCenterGroupsGetCollectionFieldsGameCenterLeaderboardsItem,
    )
    from ...models.game_center_groups_get_collection_include_item import (
        GameCenterGroupsGetCollectionIncludeItem,
    )

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_groups_response import GameCenterGroupsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_game_center_details: list[str] | Unset = UNSET,
    fields_game_center_groups: list[GameCenterGroupsGetCollectionFieldsGameCenterGroupsItem] | Unset = UNSET,
    fields_game_center_details: list[GameCenterGroupsGetCollectionFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterGroupsGetCollectionFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterGroupsGetCollectionFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[GameCenterGroupsGetCollectionFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterGroupsGetCollectionFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterGroupsGetCollectionFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGetCollectionIncludeItem] | Unset = UNSET,
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

    params: dict[str, Any] = {}
    _params.query_list(
        params, "filter[gameCenterDetails]", "filter_game_center_details", filter_game_center_details, str
    )
    _params.query_list(
        params,
        "fields[gameCenterGroups]",
        "fields_game_center_groups",
        fields_game_center_groups,
        "GameCenterGroupsGetCollectionFieldsGameCenterGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterGroupsGetCollectionFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboards]",
        "fields_game_center_leaderboards",
        fields_game_center_leaderboards,
        "GameCenterGroupsGetCollectionFieldsGameCenterLeaderboardsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSets]",
        "fields_game_center_leaderboard_sets",
        fields_game_center_leaderboard_sets,
        "GameCenterGroupsGetCollectionFieldsGameCenterLeaderboardSetsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievements]",
        "fields_game_center_achievements",
        fields_game_center_achievements,
        "GameCenterGroupsGetCollectionFieldsGameCenterAchievementsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivities]",
        "fields_game_center_activities",
        fields_game_center_activities,
        "GameCenterGroupsGetCollectionFieldsGameCenterActivitiesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallenges]",
        "fields_game_center_challenges",
        fields_game_center_challenges,
        "GameCenterGroupsGetCollectionFieldsGameCenterChallengesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "GameCenterGroupsGetCollectionIncludeItem")
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
        "url": "/v1/gameCenterGroups",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterGroupsResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterGroupsResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GameCenterGroupsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_game_center_details: list[str] | Unset = UNSET,
    fields_game_center_groups: list[GameCenterGroupsGetCollectionFieldsGameCenterGroupsItem] | Unset = UNSET,
    fields_game_center_details: list[GameCenterGroupsGetCollectionFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterGroupsGetCollectionFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterGroupsGetCollectionFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[GameCenterGroupsGetCollectionFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterGroupsGetCollectionFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterGroupsGetCollectionFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGetCollectionIncludeItem] | Unset = UNSET,
    limit_game_center_achievements: int | Unset = UNSET,
    limit_game_center_achievements_v2: int | Unset = UNSET,
    limit_game_center_activities: int | Unset = UNSET,
    limit_game_center_challenges: int | Unset = UNSET,
    limit_game_center_details: int | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_game_center_leaderboard_sets_v2: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_game_center_leaderboards_v2: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterGroupsResponse]:
    """``GET /v1/gameCenterGroups`` (gameCenterGroups_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups


    Args:
        filter_game_center_details (list[str] | Unset):
        fields_game_center_groups (list[GameCenterGroupsGetCollectionFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_details (list[GameCenterGroupsGetCollectionFieldsGameCenterDetailsItem]
            | Unset):
        fields_game_center_leaderboards
            (list[GameCenterGroupsGetCollectionFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterGroupsGetCollectionFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterGroupsGetCollectionFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_activities
            (list[GameCenterGroupsGetCollectionFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges
            (list[GameCenterGroupsGetCollectionFieldsGameCenterChallengesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterGroupsGetCollectionIncludeItem] | Unset):
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
        Response[ErrorResponse | GameCenterGroupsResponse]

    """

    kwargs = _get_kwargs(
        filter_game_center_details=filter_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_challenges=fields_game_center_challenges,
        limit=limit,
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
    *,
    client: AuthenticatedClient | Client,
    filter_game_center_details: list[str] | Unset = UNSET,
    fields_game_center_groups: list[GameCenterGroupsGetCollectionFieldsGameCenterGroupsItem] | Unset = UNSET,
    fields_game_center_details: list[GameCenterGroupsGetCollectionFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterGroupsGetCollectionFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterGroupsGetCollectionFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[GameCenterGroupsGetCollectionFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterGroupsGetCollectionFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterGroupsGetCollectionFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGetCollectionIncludeItem] | Unset = UNSET,
    limit_game_center_achievements: int | Unset = UNSET,
    limit_game_center_achievements_v2: int | Unset = UNSET,
    limit_game_center_activities: int | Unset = UNSET,
    limit_game_center_challenges: int | Unset = UNSET,
    limit_game_center_details: int | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_game_center_leaderboard_sets_v2: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_game_center_leaderboards_v2: int | Unset = UNSET,
) -> ErrorResponse | GameCenterGroupsResponse | None:
    """``GET /v1/gameCenterGroups`` (gameCenterGroups_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups


    Args:
        filter_game_center_details (list[str] | Unset):
        fields_game_center_groups (list[GameCenterGroupsGetCollectionFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_details (list[GameCenterGroupsGetCollectionFieldsGameCenterDetailsItem]
            | Unset):
        fields_game_center_leaderboards
            (list[GameCenterGroupsGetCollectionFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterGroupsGetCollectionFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterGroupsGetCollectionFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_activities
            (list[GameCenterGroupsGetCollectionFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges
            (list[GameCenterGroupsGetCollectionFieldsGameCenterChallengesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterGroupsGetCollectionIncludeItem] | Unset):
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
        ErrorResponse | GameCenterGroupsResponse

    """

    return sync_detailed(
        client=client,
        filter_game_center_details=filter_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_challenges=fields_game_center_challenges,
        limit=limit,
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
    *,
    client: AuthenticatedClient | Client,
    filter_game_center_details: list[str] | Unset = UNSET,
    fields_game_center_groups: list[GameCenterGroupsGetCollectionFieldsGameCenterGroupsItem] | Unset = UNSET,
    fields_game_center_details: list[GameCenterGroupsGetCollectionFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterGroupsGetCollectionFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterGroupsGetCollectionFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[GameCenterGroupsGetCollectionFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterGroupsGetCollectionFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterGroupsGetCollectionFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGetCollectionIncludeItem] | Unset = UNSET,
    limit_game_center_achievements: int | Unset = UNSET,
    limit_game_center_achievements_v2: int | Unset = UNSET,
    limit_game_center_activities: int | Unset = UNSET,
    limit_game_center_challenges: int | Unset = UNSET,
    limit_game_center_details: int | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_game_center_leaderboard_sets_v2: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_game_center_leaderboards_v2: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterGroupsResponse]:
    """``GET /v1/gameCenterGroups`` (gameCenterGroups_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups


    Args:
        filter_game_center_details (list[str] | Unset):
        fields_game_center_groups (list[GameCenterGroupsGetCollectionFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_details (list[GameCenterGroupsGetCollectionFieldsGameCenterDetailsItem]
            | Unset):
        fields_game_center_leaderboards
            (list[GameCenterGroupsGetCollectionFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterGroupsGetCollectionFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterGroupsGetCollectionFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_activities
            (list[GameCenterGroupsGetCollectionFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges
            (list[GameCenterGroupsGetCollectionFieldsGameCenterChallengesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterGroupsGetCollectionIncludeItem] | Unset):
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
        Response[ErrorResponse | GameCenterGroupsResponse]

    """

    kwargs = _get_kwargs(
        filter_game_center_details=filter_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_challenges=fields_game_center_challenges,
        limit=limit,
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
    *,
    client: AuthenticatedClient | Client,
    filter_game_center_details: list[str] | Unset = UNSET,
    fields_game_center_groups: list[GameCenterGroupsGetCollectionFieldsGameCenterGroupsItem] | Unset = UNSET,
    fields_game_center_details: list[GameCenterGroupsGetCollectionFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterGroupsGetCollectionFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterGroupsGetCollectionFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[GameCenterGroupsGetCollectionFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterGroupsGetCollectionFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterGroupsGetCollectionFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGetCollectionIncludeItem] | Unset = UNSET,
    limit_game_center_achievements: int | Unset = UNSET,
    limit_game_center_achievements_v2: int | Unset = UNSET,
    limit_game_center_activities: int | Unset = UNSET,
    limit_game_center_challenges: int | Unset = UNSET,
    limit_game_center_details: int | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_game_center_leaderboard_sets_v2: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_game_center_leaderboards_v2: int | Unset = UNSET,
) -> ErrorResponse | GameCenterGroupsResponse | None:
    """``GET /v1/gameCenterGroups`` (gameCenterGroups_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups


    Args:
        filter_game_center_details (list[str] | Unset):
        fields_game_center_groups (list[GameCenterGroupsGetCollectionFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_details (list[GameCenterGroupsGetCollectionFieldsGameCenterDetailsItem]
            | Unset):
        fields_game_center_leaderboards
            (list[GameCenterGroupsGetCollectionFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterGroupsGetCollectionFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterGroupsGetCollectionFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_activities
            (list[GameCenterGroupsGetCollectionFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges
            (list[GameCenterGroupsGetCollectionFieldsGameCenterChallengesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterGroupsGetCollectionIncludeItem] | Unset):
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
        ErrorResponse | GameCenterGroupsResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_game_center_details=filter_game_center_details,
            fields_game_center_groups=fields_game_center_groups,
            fields_game_center_details=fields_game_center_details,
            fields_game_center_leaderboards=fields_game_center_leaderboards,
            fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
            fields_game_center_achievements=fields_game_center_achievements,
            fields_game_center_activities=fields_game_center_activities,
            fields_game_center_challenges=fields_game_center_challenges,
            limit=limit,
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

SUCCESS_TYPE: type[GameCenterGroupsResponse] = GameCenterGroupsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_group import GameCenterGroup

ITEM_TYPE: type[GameCenterGroup] = GameCenterGroup
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterGroupsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
