from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_details_get_instance_fields_app_store_versions_item import (
        GameCenterDetailsGetInstanceFieldsAppStoreVersionsItem,
    )
    from ...models.game_center_details_get_instance_fields_apps_item import (
        GameCenterDetailsGetInstanceFieldsAppsItem,
    )
    from ...models.game_center_details_get_instance_fields_game_center_achievement_releases_item import (
        GameCenterDetailsGetInstanceFieldsGameCenterAchievementReleasesItem,
    )
    from ...models.game_center_details_get_instance_fields_game_center_achievements_item import (
        GameCenterDetailsGetInstanceFieldsGameCenterAchievementsItem,
    )
    from ...models.game_center_details_get_instance_fields_game_center_activities_item import (
        GameCenterDetailsGetInstanceFieldsGameCenterActivitiesItem,
    )
    from ...models.game_center_details_get_instance_fields_game_center_activity_version_releases_item import (
        GameCenterDetailsGetInstanceFieldsGameCenterActivityVersionReleasesItem,
    )
    from ...models.game_center_details_get_instance_fields_game_center_app_versions_item import (
        GameCenterDetailsGetInstanceFieldsGameCenterAppVersionsItem,
    )
    from ...models.game_center_details_get_instance_fields_game_center_challenge_version_releases_item import (
        GameCenterDetailsGetInstanceFieldsGameCenterChallengeVersionReleasesItem,
    )
    from ...models.game_center_details_get_instance_fields_game_center_challenges_item import (
        GameCenterDetailsGetInstanceFieldsGameCenterChallengesItem,
    )
    from ...models.game_center_details_get_instance_fields_game_center_details_item import (
        GameCenterDetailsGetInstanceFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_details_get_instance_fields_game_center_groups_item import (
        GameCenterDetailsGetInstanceFieldsGameCenterGroupsItem,
    )
    from ...models.game_center_details_get_instance_fields_game_center_leaderboard_releases_item import (
        GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardReleasesItem,
    )
    from ...models.game_center_details_get_instance_fields_game_center_leaderboard_set_releases_item import (
        GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardSetReleasesItem,
    )
    from ...models.game_center_details_get_instance_fields_game_center_leaderboard_sets_item import (
        GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardSetsItem,
    )
    from ...models.game_center_details_get_instance_fields_game_center_leaderboards_item import (
        GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardsItem,
    )
    from ...models.game_center_details_get_instance_include_item import (
        GameCenterDetailsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_detail_response import GameCenterDetailResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_details: list[GameCenterDetailsGetInstanceFieldsGameCenterDetailsItem] | Unset = UNSET,
    fields_apps: list[GameCenterDetailsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_game_center_app_versions: list[GameCenterDetailsGetInstanceFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterDetailsGetInstanceFieldsGameCenterGroupsItem] | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardSetsItem]
    | Unset = UNSET,
    fields_game_center_achievements: list[GameCenterDetailsGetInstanceFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterDetailsGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterDetailsGetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_version_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[GameCenterDetailsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    include: list[GameCenterDetailsGetInstanceIncludeItem] | Unset = UNSET,
    limit_achievement_releases: int | Unset = UNSET,
    limit_activity_releases: int | Unset = UNSET,
    limit_challenge_releases: int | Unset = UNSET,
    limit_challenges_minimum_platform_versions: int | Unset = UNSET,
    limit_game_center_achievements: int | Unset = UNSET,
    limit_game_center_achievements_v2: int | Unset = UNSET,
    limit_game_center_activities: int | Unset = UNSET,
    limit_game_center_app_versions: int | Unset = UNSET,
    limit_game_center_challenges: int | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_game_center_leaderboard_sets_v2: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_game_center_leaderboards_v2: int | Unset = UNSET,
    limit_leaderboard_releases: int | Unset = UNSET,
    limit_leaderboard_set_releases: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterDetailsGetInstanceFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "GameCenterDetailsGetInstanceFieldsAppsItem"
    )
    _params.query_list(
        params,
        "fields[gameCenterAppVersions]",
        "fields_game_center_app_versions",
        fields_game_center_app_versions,
        "GameCenterDetailsGetInstanceFieldsGameCenterAppVersionsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterGroups]",
        "fields_game_center_groups",
        fields_game_center_groups,
        "GameCenterDetailsGetInstanceFieldsGameCenterGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboards]",
        "fields_game_center_leaderboards",
        fields_game_center_leaderboards,
        "GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSets]",
        "fields_game_center_leaderboard_sets",
        fields_game_center_leaderboard_sets,
        "GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardSetsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievements]",
        "fields_game_center_achievements",
        fields_game_center_achievements,
        "GameCenterDetailsGetInstanceFieldsGameCenterAchievementsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivities]",
        "fields_game_center_activities",
        fields_game_center_activities,
        "GameCenterDetailsGetInstanceFieldsGameCenterActivitiesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallenges]",
        "fields_game_center_challenges",
        fields_game_center_challenges,
        "GameCenterDetailsGetInstanceFieldsGameCenterChallengesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievementReleases]",
        "fields_game_center_achievement_releases",
        fields_game_center_achievement_releases,
        "GameCenterDetailsGetInstanceFieldsGameCenterAchievementReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivityVersionReleases]",
        "fields_game_center_activity_version_releases",
        fields_game_center_activity_version_releases,
        "GameCenterDetailsGetInstanceFieldsGameCenterActivityVersionReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallengeVersionReleases]",
        "fields_game_center_challenge_version_releases",
        fields_game_center_challenge_version_releases,
        "GameCenterDetailsGetInstanceFieldsGameCenterChallengeVersionReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardReleases]",
        "fields_game_center_leaderboard_releases",
        fields_game_center_leaderboard_releases,
        "GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSetReleases]",
        "fields_game_center_leaderboard_set_releases",
        fields_game_center_leaderboard_set_releases,
        "GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardSetReleasesItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersions]",
        "fields_app_store_versions",
        fields_app_store_versions,
        "GameCenterDetailsGetInstanceFieldsAppStoreVersionsItem",
    )
    _params.query_list(params, "include", "include", include, "GameCenterDetailsGetInstanceIncludeItem")
    _params.query_value(
        params, "limit[achievementReleases]", "limit_achievement_releases", limit_achievement_releases, int
    )
    _params.query_value(
        params, "limit[activityReleases]", "limit_activity_releases", limit_activity_releases, int
    )
    _params.query_value(
        params, "limit[challengeReleases]", "limit_challenge_releases", limit_challenge_releases, int
    )
    _params.query_value(
        params,
        "limit[challengesMinimumPlatformVersions]",
        "limit_challenges_minimum_platform_versions",
        limit_challenges_minimum_platform_versions,
        int,
    )
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
        "limit[gameCenterAppVersions]",
        "limit_game_center_app_versions",
        limit_game_center_app_versions,
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
    _params.query_value(
        params, "limit[leaderboardReleases]", "limit_leaderboard_releases", limit_leaderboard_releases, int
    )
    _params.query_value(
        params,
        "limit[leaderboardSetReleases]",
        "limit_leaderboard_set_releases",
        limit_leaderboard_set_releases,
        int,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterDetails/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterDetailResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterDetailResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterDetailResponse]:
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
    fields_game_center_details: list[GameCenterDetailsGetInstanceFieldsGameCenterDetailsItem] | Unset = UNSET,
    fields_apps: list[GameCenterDetailsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_game_center_app_versions: list[GameCenterDetailsGetInstanceFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterDetailsGetInstanceFieldsGameCenterGroupsItem] | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardSetsItem]
    | Unset = UNSET,
    fields_game_center_achievements: list[GameCenterDetailsGetInstanceFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterDetailsGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterDetailsGetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_version_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[GameCenterDetailsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    include: list[GameCenterDetailsGetInstanceIncludeItem] | Unset = UNSET,
    limit_achievement_releases: int | Unset = UNSET,
    limit_activity_releases: int | Unset = UNSET,
    limit_challenge_releases: int | Unset = UNSET,
    limit_challenges_minimum_platform_versions: int | Unset = UNSET,
    limit_game_center_achievements: int | Unset = UNSET,
    limit_game_center_achievements_v2: int | Unset = UNSET,
    limit_game_center_activities: int | Unset = UNSET,
    limit_game_center_app_versions: int | Unset = UNSET,
    limit_game_center_challenges: int | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_game_center_leaderboard_sets_v2: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_game_center_leaderboards_v2: int | Unset = UNSET,
    limit_leaderboard_releases: int | Unset = UNSET,
    limit_leaderboard_set_releases: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterDetailResponse]:
    """``GET /v1/gameCenterDetails/{id}`` (gameCenterDetails_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_


    Args:
        id (str):
        fields_game_center_details (list[GameCenterDetailsGetInstanceFieldsGameCenterDetailsItem]
            | Unset):
        fields_apps (list[GameCenterDetailsGetInstanceFieldsAppsItem] | Unset):
        fields_game_center_app_versions
            (list[GameCenterDetailsGetInstanceFieldsGameCenterAppVersionsItem] | Unset):
        fields_game_center_groups (list[GameCenterDetailsGetInstanceFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_leaderboards
            (list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterDetailsGetInstanceFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_activities
            (list[GameCenterDetailsGetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges
            (list[GameCenterDetailsGetInstanceFieldsGameCenterChallengesItem] | Unset):
        fields_game_center_achievement_releases
            (list[GameCenterDetailsGetInstanceFieldsGameCenterAchievementReleasesItem] | Unset):
        fields_game_center_activity_version_releases
            (list[GameCenterDetailsGetInstanceFieldsGameCenterActivityVersionReleasesItem] | Unset):
        fields_game_center_challenge_version_releases
            (list[GameCenterDetailsGetInstanceFieldsGameCenterChallengeVersionReleasesItem] | Unset):
        fields_game_center_leaderboard_releases
            (list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardReleasesItem] | Unset):
        fields_game_center_leaderboard_set_releases
            (list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardSetReleasesItem] | Unset):
        fields_app_store_versions (list[GameCenterDetailsGetInstanceFieldsAppStoreVersionsItem] |
            Unset):
        include (list[GameCenterDetailsGetInstanceIncludeItem] | Unset):
        limit_achievement_releases (int | Unset):
        limit_activity_releases (int | Unset):
        limit_challenge_releases (int | Unset):
        limit_challenges_minimum_platform_versions (int | Unset):
        limit_game_center_achievements (int | Unset):
        limit_game_center_achievements_v2 (int | Unset):
        limit_game_center_activities (int | Unset):
        limit_game_center_app_versions (int | Unset):
        limit_game_center_challenges (int | Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_game_center_leaderboard_sets_v2 (int | Unset):
        limit_game_center_leaderboards (int | Unset):
        limit_game_center_leaderboards_v2 (int | Unset):
        limit_leaderboard_releases (int | Unset):
        limit_leaderboard_set_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterDetailResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_details=fields_game_center_details,
        fields_apps=fields_apps,
        fields_game_center_app_versions=fields_game_center_app_versions,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_challenges=fields_game_center_challenges,
        fields_game_center_achievement_releases=fields_game_center_achievement_releases,
        fields_game_center_activity_version_releases=fields_game_center_activity_version_releases,
        fields_game_center_challenge_version_releases=fields_game_center_challenge_version_releases,
        fields_game_center_leaderboard_releases=fields_game_center_leaderboard_releases,
        fields_game_center_leaderboard_set_releases=fields_game_center_leaderboard_set_releases,
        fields_app_store_versions=fields_app_store_versions,
        include=include,
        limit_achievement_releases=limit_achievement_releases,
        limit_activity_releases=limit_activity_releases,
        limit_challenge_releases=limit_challenge_releases,
        limit_challenges_minimum_platform_versions=limit_challenges_minimum_platform_versions,
        limit_game_center_achievements=limit_game_center_achievements,
        limit_game_center_achievements_v2=limit_game_center_achievements_v2,
        limit_game_center_activities=limit_game_center_activities,
        limit_game_center_app_versions=limit_game_center_app_versions,
        limit_game_center_challenges=limit_game_center_challenges,
        limit_game_center_leaderboard_sets=limit_game_center_leaderboard_sets,
        limit_game_center_leaderboard_sets_v2=limit_game_center_leaderboard_sets_v2,
        limit_game_center_leaderboards=limit_game_center_leaderboards,
        limit_game_center_leaderboards_v2=limit_game_center_leaderboards_v2,
        limit_leaderboard_releases=limit_leaderboard_releases,
        limit_leaderboard_set_releases=limit_leaderboard_set_releases,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_details: list[GameCenterDetailsGetInstanceFieldsGameCenterDetailsItem] | Unset = UNSET,
    fields_apps: list[GameCenterDetailsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_game_center_app_versions: list[GameCenterDetailsGetInstanceFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterDetailsGetInstanceFieldsGameCenterGroupsItem] | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardSetsItem]
    | Unset = UNSET,
    fields_game_center_achievements: list[GameCenterDetailsGetInstanceFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterDetailsGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterDetailsGetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_version_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[GameCenterDetailsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    include: list[GameCenterDetailsGetInstanceIncludeItem] | Unset = UNSET,
    limit_achievement_releases: int | Unset = UNSET,
    limit_activity_releases: int | Unset = UNSET,
    limit_challenge_releases: int | Unset = UNSET,
    limit_challenges_minimum_platform_versions: int | Unset = UNSET,
    limit_game_center_achievements: int | Unset = UNSET,
    limit_game_center_achievements_v2: int | Unset = UNSET,
    limit_game_center_activities: int | Unset = UNSET,
    limit_game_center_app_versions: int | Unset = UNSET,
    limit_game_center_challenges: int | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_game_center_leaderboard_sets_v2: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_game_center_leaderboards_v2: int | Unset = UNSET,
    limit_leaderboard_releases: int | Unset = UNSET,
    limit_leaderboard_set_releases: int | Unset = UNSET,
) -> ErrorResponse | GameCenterDetailResponse | None:
    """``GET /v1/gameCenterDetails/{id}`` (gameCenterDetails_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_


    Args:
        id (str):
        fields_game_center_details (list[GameCenterDetailsGetInstanceFieldsGameCenterDetailsItem]
            | Unset):
        fields_apps (list[GameCenterDetailsGetInstanceFieldsAppsItem] | Unset):
        fields_game_center_app_versions
            (list[GameCenterDetailsGetInstanceFieldsGameCenterAppVersionsItem] | Unset):
        fields_game_center_groups (list[GameCenterDetailsGetInstanceFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_leaderboards
            (list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterDetailsGetInstanceFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_activities
            (list[GameCenterDetailsGetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges
            (list[GameCenterDetailsGetInstanceFieldsGameCenterChallengesItem] | Unset):
        fields_game_center_achievement_releases
            (list[GameCenterDetailsGetInstanceFieldsGameCenterAchievementReleasesItem] | Unset):
        fields_game_center_activity_version_releases
            (list[GameCenterDetailsGetInstanceFieldsGameCenterActivityVersionReleasesItem] | Unset):
        fields_game_center_challenge_version_releases
            (list[GameCenterDetailsGetInstanceFieldsGameCenterChallengeVersionReleasesItem] | Unset):
        fields_game_center_leaderboard_releases
            (list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardReleasesItem] | Unset):
        fields_game_center_leaderboard_set_releases
            (list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardSetReleasesItem] | Unset):
        fields_app_store_versions (list[GameCenterDetailsGetInstanceFieldsAppStoreVersionsItem] |
            Unset):
        include (list[GameCenterDetailsGetInstanceIncludeItem] | Unset):
        limit_achievement_releases (int | Unset):
        limit_activity_releases (int | Unset):
        limit_challenge_releases (int | Unset):
        limit_challenges_minimum_platform_versions (int | Unset):
        limit_game_center_achievements (int | Unset):
        limit_game_center_achievements_v2 (int | Unset):
        limit_game_center_activities (int | Unset):
        limit_game_center_app_versions (int | Unset):
        limit_game_center_challenges (int | Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_game_center_leaderboard_sets_v2 (int | Unset):
        limit_game_center_leaderboards (int | Unset):
        limit_game_center_leaderboards_v2 (int | Unset):
        limit_leaderboard_releases (int | Unset):
        limit_leaderboard_set_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterDetailResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_details=fields_game_center_details,
        fields_apps=fields_apps,
        fields_game_center_app_versions=fields_game_center_app_versions,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_challenges=fields_game_center_challenges,
        fields_game_center_achievement_releases=fields_game_center_achievement_releases,
        fields_game_center_activity_version_releases=fields_game_center_activity_version_releases,
        fields_game_center_challenge_version_releases=fields_game_center_challenge_version_releases,
        fields_game_center_leaderboard_releases=fields_game_center_leaderboard_releases,
        fields_game_center_leaderboard_set_releases=fields_game_center_leaderboard_set_releases,
        fields_app_store_versions=fields_app_store_versions,
        include=include,
        limit_achievement_releases=limit_achievement_releases,
        limit_activity_releases=limit_activity_releases,
        limit_challenge_releases=limit_challenge_releases,
        limit_challenges_minimum_platform_versions=limit_challenges_minimum_platform_versions,
        limit_game_center_achievements=limit_game_center_achievements,
        limit_game_center_achievements_v2=limit_game_center_achievements_v2,
        limit_game_center_activities=limit_game_center_activities,
        limit_game_center_app_versions=limit_game_center_app_versions,
        limit_game_center_challenges=limit_game_center_challenges,
        limit_game_center_leaderboard_sets=limit_game_center_leaderboard_sets,
        limit_game_center_leaderboard_sets_v2=limit_game_center_leaderboard_sets_v2,
        limit_game_center_leaderboards=limit_game_center_leaderboards,
        limit_game_center_leaderboards_v2=limit_game_center_leaderboards_v2,
        limit_leaderboard_releases=limit_leaderboard_releases,
        limit_leaderboard_set_releases=limit_leaderboard_set_releases,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_details: list[GameCenterDetailsGetInstanceFieldsGameCenterDetailsItem] | Unset = UNSET,
    fields_apps: list[GameCenterDetailsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_game_center_app_versions: list[GameCenterDetailsGetInstanceFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterDetailsGetInstanceFieldsGameCenterGroupsItem] | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardSetsItem]
    | Unset = UNSET,
    fields_game_center_achievements: list[GameCenterDetailsGetInstanceFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterDetailsGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterDetailsGetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_version_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[GameCenterDetailsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    include: list[GameCenterDetailsGetInstanceIncludeItem] | Unset = UNSET,
    limit_achievement_releases: int | Unset = UNSET,
    limit_activity_releases: int | Unset = UNSET,
    limit_challenge_releases: int | Unset = UNSET,
    limit_challenges_minimum_platform_versions: int | Unset = UNSET,
    limit_game_center_achievements: int | Unset = UNSET,
    limit_game_center_achievements_v2: int | Unset = UNSET,
    limit_game_center_activities: int | Unset = UNSET,
    limit_game_center_app_versions: int | Unset = UNSET,
    limit_game_center_challenges: int | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_game_center_leaderboard_sets_v2: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_game_center_leaderboards_v2: int | Unset = UNSET,
    limit_leaderboard_releases: int | Unset = UNSET,
    limit_leaderboard_set_releases: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterDetailResponse]:
    """``GET /v1/gameCenterDetails/{id}`` (gameCenterDetails_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_


    Args:
        id (str):
        fields_game_center_details (list[GameCenterDetailsGetInstanceFieldsGameCenterDetailsItem]
            | Unset):
        fields_apps (list[GameCenterDetailsGetInstanceFieldsAppsItem] | Unset):
        fields_game_center_app_versions
            (list[GameCenterDetailsGetInstanceFieldsGameCenterAppVersionsItem] | Unset):
        fields_game_center_groups (list[GameCenterDetailsGetInstanceFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_leaderboards
            (list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterDetailsGetInstanceFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_activities
            (list[GameCenterDetailsGetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges
            (list[GameCenterDetailsGetInstanceFieldsGameCenterChallengesItem] | Unset):
        fields_game_center_achievement_releases
            (list[GameCenterDetailsGetInstanceFieldsGameCenterAchievementReleasesItem] | Unset):
        fields_game_center_activity_version_releases
            (list[GameCenterDetailsGetInstanceFieldsGameCenterActivityVersionReleasesItem] | Unset):
        fields_game_center_challenge_version_releases
            (list[GameCenterDetailsGetInstanceFieldsGameCenterChallengeVersionReleasesItem] | Unset):
        fields_game_center_leaderboard_releases
            (list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardReleasesItem] | Unset):
        fields_game_center_leaderboard_set_releases
            (list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardSetReleasesItem] | Unset):
        fields_app_store_versions (list[GameCenterDetailsGetInstanceFieldsAppStoreVersionsItem] |
            Unset):
        include (list[GameCenterDetailsGetInstanceIncludeItem] | Unset):
        limit_achievement_releases (int | Unset):
        limit_activity_releases (int | Unset):
        limit_challenge_releases (int | Unset):
        limit_challenges_minimum_platform_versions (int | Unset):
        limit_game_center_achievements (int | Unset):
        limit_game_center_achievements_v2 (int | Unset):
        limit_game_center_activities (int | Unset):
        limit_game_center_app_versions (int | Unset):
        limit_game_center_challenges (int | Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_game_center_leaderboard_sets_v2 (int | Unset):
        limit_game_center_leaderboards (int | Unset):
        limit_game_center_leaderboards_v2 (int | Unset):
        limit_leaderboard_releases (int | Unset):
        limit_leaderboard_set_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterDetailResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_details=fields_game_center_details,
        fields_apps=fields_apps,
        fields_game_center_app_versions=fields_game_center_app_versions,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_challenges=fields_game_center_challenges,
        fields_game_center_achievement_releases=fields_game_center_achievement_releases,
        fields_game_center_activity_version_releases=fields_game_center_activity_version_releases,
        fields_game_center_challenge_version_releases=fields_game_center_challenge_version_releases,
        fields_game_center_leaderboard_releases=fields_game_center_leaderboard_releases,
        fields_game_center_leaderboard_set_releases=fields_game_center_leaderboard_set_releases,
        fields_app_store_versions=fields_app_store_versions,
        include=include,
        limit_achievement_releases=limit_achievement_releases,
        limit_activity_releases=limit_activity_releases,
        limit_challenge_releases=limit_challenge_releases,
        limit_challenges_minimum_platform_versions=limit_challenges_minimum_platform_versions,
        limit_game_center_achievements=limit_game_center_achievements,
        limit_game_center_achievements_v2=limit_game_center_achievements_v2,
        limit_game_center_activities=limit_game_center_activities,
        limit_game_center_app_versions=limit_game_center_app_versions,
        limit_game_center_challenges=limit_game_center_challenges,
        limit_game_center_leaderboard_sets=limit_game_center_leaderboard_sets,
        limit_game_center_leaderboard_sets_v2=limit_game_center_leaderboard_sets_v2,
        limit_game_center_leaderboards=limit_game_center_leaderboards,
        limit_game_center_leaderboards_v2=limit_game_center_leaderboards_v2,
        limit_leaderboard_releases=limit_leaderboard_releases,
        limit_leaderboard_set_releases=limit_leaderboard_set_releases,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_details: list[GameCenterDetailsGetInstanceFieldsGameCenterDetailsItem] | Unset = UNSET,
    fields_apps: list[GameCenterDetailsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_game_center_app_versions: list[GameCenterDetailsGetInstanceFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterDetailsGetInstanceFieldsGameCenterGroupsItem] | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardSetsItem]
    | Unset = UNSET,
    fields_game_center_achievements: list[GameCenterDetailsGetInstanceFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterDetailsGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterDetailsGetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_version_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[GameCenterDetailsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    include: list[GameCenterDetailsGetInstanceIncludeItem] | Unset = UNSET,
    limit_achievement_releases: int | Unset = UNSET,
    limit_activity_releases: int | Unset = UNSET,
    limit_challenge_releases: int | Unset = UNSET,
    limit_challenges_minimum_platform_versions: int | Unset = UNSET,
    limit_game_center_achievements: int | Unset = UNSET,
    limit_game_center_achievements_v2: int | Unset = UNSET,
    limit_game_center_activities: int | Unset = UNSET,
    limit_game_center_app_versions: int | Unset = UNSET,
    limit_game_center_challenges: int | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_game_center_leaderboard_sets_v2: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_game_center_leaderboards_v2: int | Unset = UNSET,
    limit_leaderboard_releases: int | Unset = UNSET,
    limit_leaderboard_set_releases: int | Unset = UNSET,
) -> ErrorResponse | GameCenterDetailResponse | None:
    """``GET /v1/gameCenterDetails/{id}`` (gameCenterDetails_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_


    Args:
        id (str):
        fields_game_center_details (list[GameCenterDetailsGetInstanceFieldsGameCenterDetailsItem]
            | Unset):
        fields_apps (list[GameCenterDetailsGetInstanceFieldsAppsItem] | Unset):
        fields_game_center_app_versions
            (list[GameCenterDetailsGetInstanceFieldsGameCenterAppVersionsItem] | Unset):
        fields_game_center_groups (list[GameCenterDetailsGetInstanceFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_leaderboards
            (list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterDetailsGetInstanceFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_activities
            (list[GameCenterDetailsGetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges
            (list[GameCenterDetailsGetInstanceFieldsGameCenterChallengesItem] | Unset):
        fields_game_center_achievement_releases
            (list[GameCenterDetailsGetInstanceFieldsGameCenterAchievementReleasesItem] | Unset):
        fields_game_center_activity_version_releases
            (list[GameCenterDetailsGetInstanceFieldsGameCenterActivityVersionReleasesItem] | Unset):
        fields_game_center_challenge_version_releases
            (list[GameCenterDetailsGetInstanceFieldsGameCenterChallengeVersionReleasesItem] | Unset):
        fields_game_center_leaderboard_releases
            (list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardReleasesItem] | Unset):
        fields_game_center_leaderboard_set_releases
            (list[GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardSetReleasesItem] | Unset):
        fields_app_store_versions (list[GameCenterDetailsGetInstanceFieldsAppStoreVersionsItem] |
            Unset):
        include (list[GameCenterDetailsGetInstanceIncludeItem] | Unset):
        limit_achievement_releases (int | Unset):
        limit_activity_releases (int | Unset):
        limit_challenge_releases (int | Unset):
        limit_challenges_minimum_platform_versions (int | Unset):
        limit_game_center_achievements (int | Unset):
        limit_game_center_achievements_v2 (int | Unset):
        limit_game_center_activities (int | Unset):
        limit_game_center_app_versions (int | Unset):
        limit_game_center_challenges (int | Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_game_center_leaderboard_sets_v2 (int | Unset):
        limit_game_center_leaderboards (int | Unset):
        limit_game_center_leaderboards_v2 (int | Unset):
        limit_leaderboard_releases (int | Unset):
        limit_leaderboard_set_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterDetailResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_details=fields_game_center_details,
            fields_apps=fields_apps,
            fields_game_center_app_versions=fields_game_center_app_versions,
            fields_game_center_groups=fields_game_center_groups,
            fields_game_center_leaderboards=fields_game_center_leaderboards,
            fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
            fields_game_center_achievements=fields_game_center_achievements,
            fields_game_center_activities=fields_game_center_activities,
            fields_game_center_challenges=fields_game_center_challenges,
            fields_game_center_achievement_releases=fields_game_center_achievement_releases,
            fields_game_center_activity_version_releases=fields_game_center_activity_version_releases,
            fields_game_center_challenge_version_releases=fields_game_center_challenge_version_releases,
            fields_game_center_leaderboard_releases=fields_game_center_leaderboard_releases,
            fields_game_center_leaderboard_set_releases=fields_game_center_leaderboard_set_releases,
            fields_app_store_versions=fields_app_store_versions,
            include=include,
            limit_achievement_releases=limit_achievement_releases,
            limit_activity_releases=limit_activity_releases,
            limit_challenge_releases=limit_challenge_releases,
            limit_challenges_minimum_platform_versions=limit_challenges_minimum_platform_versions,
            limit_game_center_achievements=limit_game_center_achievements,
            limit_game_center_achievements_v2=limit_game_center_achievements_v2,
            limit_game_center_activities=limit_game_center_activities,
            limit_game_center_app_versions=limit_game_center_app_versions,
            limit_game_center_challenges=limit_game_center_challenges,
            limit_game_center_leaderboard_sets=limit_game_center_leaderboard_sets,
            limit_game_center_leaderboard_sets_v2=limit_game_center_leaderboard_sets_v2,
            limit_game_center_leaderboards=limit_game_center_leaderboards,
            limit_game_center_leaderboards_v2=limit_game_center_leaderboards_v2,
            limit_leaderboard_releases=limit_leaderboard_releases,
            limit_leaderboard_set_releases=limit_leaderboard_set_releases,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterDetailResponse] = GameCenterDetailResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterDetailResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
