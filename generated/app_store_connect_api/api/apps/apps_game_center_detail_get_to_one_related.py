from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_game_center_detail_get_to_one_related_fields_app_store_versions_item import (
        AppsGameCenterDetailGetToOneRelatedFieldsAppStoreVersionsItem,
    )
    from ...models.apps_game_center_detail_get_to_one_related_fields_apps_item import (
        AppsGameCenterDetailGetToOneRelatedFieldsAppsItem,
    )
    from ...models.apps_game_center_detail_get_to_one_related_fields_game_center_achievement_releases_item import (
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAchievementReleasesItem,
    )
    from ...models.apps_game_center_detail_get_to_one_related_fields_game_center_achievements_item import (
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAchievementsItem,
    )
    from ...models.apps_game_center_detail_get_to_one_related_fields_game_center_activities_item import (
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterActivitiesItem,
    )
    from ...models.apps_game_center_detail_get_to_one_related_fields_game_center_activity_version_releases_item import (
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterActivityVersionReleasesItem,
    )
    from ...models.apps_game_center_detail_get_to_one_related_fields_game_center_app_versions_item import (
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAppVersionsItem,
    )
    from ...models.apps_game_center_detail_get_to_one_related_fields_game_center_challenge_version_releases_item import (
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterChallengeVersionReleasesItem,
    )
    from ...models.apps_game_center_detail_get_to_one_related_fields_game_center_challenges_item import (
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterChallengesItem,
    )
    from ...models.apps_game_center_detail_get_to_one_related_fields_game_center_details_item import (
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterDetailsItem,
    )
    from ...models.apps_game_center_detail_get_to_one_related_fields_game_center_groups_item import (
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterGroupsItem,
    )
    from ...models.apps_game_center_detail_get_to_one_related_fields_game_center_leaderboard_releases_item import (
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardReleasesItem,
    )
    from ...models.apps_game_center_detail_get_to_one_related_fields_game_center_leaderboard_set_releases_item import (
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardSetReleasesItem,
    )
    from ...models.apps_game_center_detail_get_to_one_related_fields_game_center_leaderboard_sets_item import (
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardSetsItem,
    )
    from ...models.apps_game_center_detail_get_to_one_related_fields_game_center_leaderboards_item import (
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardsItem,
    )
    from ...models.apps_game_center_detail_get_to_one_related_include_item import (
        AppsGameCenterDetailGetToOneRelatedIncludeItem,
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
    fields_game_center_details: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_apps: list[AppsGameCenterDetailGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
    fields_game_center_app_versions: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_version_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[AppsGameCenterDetailGetToOneRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    include: list[AppsGameCenterDetailGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_game_center_app_versions: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_game_center_leaderboards_v2: int | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_game_center_leaderboard_sets_v2: int | Unset = UNSET,
    limit_game_center_achievements: int | Unset = UNSET,
    limit_game_center_achievements_v2: int | Unset = UNSET,
    limit_game_center_activities: int | Unset = UNSET,
    limit_game_center_challenges: int | Unset = UNSET,
    limit_achievement_releases: int | Unset = UNSET,
    limit_activity_releases: int | Unset = UNSET,
    limit_challenge_releases: int | Unset = UNSET,
    limit_leaderboard_releases: int | Unset = UNSET,
    limit_leaderboard_set_releases: int | Unset = UNSET,
    limit_challenges_minimum_platform_versions: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "AppsGameCenterDetailGetToOneRelatedFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[apps]",
        "fields_apps",
        fields_apps,
        "AppsGameCenterDetailGetToOneRelatedFieldsAppsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAppVersions]",
        "fields_game_center_app_versions",
        fields_game_center_app_versions,
        "AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAppVersionsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterGroups]",
        "fields_game_center_groups",
        fields_game_center_groups,
        "AppsGameCenterDetailGetToOneRelatedFieldsGameCenterGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboards]",
        "fields_game_center_leaderboards",
        fields_game_center_leaderboards,
        "AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSets]",
        "fields_game_center_leaderboard_sets",
        fields_game_center_leaderboard_sets,
        "AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardSetsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievements]",
        "fields_game_center_achievements",
        fields_game_center_achievements,
        "AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAchievementsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivities]",
        "fields_game_center_activities",
        fields_game_center_activities,
        "AppsGameCenterDetailGetToOneRelatedFieldsGameCenterActivitiesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallenges]",
        "fields_game_center_challenges",
        fields_game_center_challenges,
        "AppsGameCenterDetailGetToOneRelatedFieldsGameCenterChallengesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievementReleases]",
        "fields_game_center_achievement_releases",
        fields_game_center_achievement_releases,
        "AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAchievementReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivityVersionReleases]",
        "fields_game_center_activity_version_releases",
        fields_game_center_activity_version_releases,
        "AppsGameCenterDetailGetToOneRelatedFieldsGameCenterActivityVersionReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallengeVersionReleases]",
        "fields_game_center_challenge_version_releases",
        fields_game_center_challenge_version_releases,
        "AppsGameCenterDetailGetToOneRelatedFieldsGameCenterChallengeVersionReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardReleases]",
        "fields_game_center_leaderboard_releases",
        fields_game_center_leaderboard_releases,
        "AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSetReleases]",
        "fields_game_center_leaderboard_set_releases",
        fields_game_center_leaderboard_set_releases,
        "AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardSetReleasesItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersions]",
        "fields_app_store_versions",
        fields_app_store_versions,
        "AppsGameCenterDetailGetToOneRelatedFieldsAppStoreVersionsItem",
    )
    _params.query_list(
        params, "include", "include", include, "AppsGameCenterDetailGetToOneRelatedIncludeItem"
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
        params, "limit[achievementReleases]", "limit_achievement_releases", limit_achievement_releases, int
    )
    _params.query_value(
        params, "limit[activityReleases]", "limit_activity_releases", limit_activity_releases, int
    )
    _params.query_value(
        params, "limit[challengeReleases]", "limit_challenge_releases", limit_challenge_releases, int
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
    _params.query_value(
        params,
        "limit[challengesMinimumPlatformVersions]",
        "limit_challenges_minimum_platform_versions",
        limit_challenges_minimum_platform_versions,
        int,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/gameCenterDetail".format(
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
    fields_game_center_details: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_apps: list[AppsGameCenterDetailGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
    fields_game_center_app_versions: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_version_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[AppsGameCenterDetailGetToOneRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    include: list[AppsGameCenterDetailGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_game_center_app_versions: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_game_center_leaderboards_v2: int | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_game_center_leaderboard_sets_v2: int | Unset = UNSET,
    limit_game_center_achievements: int | Unset = UNSET,
    limit_game_center_achievements_v2: int | Unset = UNSET,
    limit_game_center_activities: int | Unset = UNSET,
    limit_game_center_challenges: int | Unset = UNSET,
    limit_achievement_releases: int | Unset = UNSET,
    limit_activity_releases: int | Unset = UNSET,
    limit_challenge_releases: int | Unset = UNSET,
    limit_leaderboard_releases: int | Unset = UNSET,
    limit_leaderboard_set_releases: int | Unset = UNSET,
    limit_challenges_minimum_platform_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterDetailResponse]:
    """``GET /v1/apps/{id}/gameCenterDetail`` (apps_gameCenterDetail_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-gamecenterdetail


    Args:
        id (str):
        fields_game_center_details
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterDetailsItem] | Unset):
        fields_apps (list[AppsGameCenterDetailGetToOneRelatedFieldsAppsItem] | Unset):
        fields_game_center_app_versions
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAppVersionsItem] | Unset):
        fields_game_center_groups
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboards
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_achievements
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_activities
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterChallengesItem] | Unset):
        fields_game_center_achievement_releases
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAchievementReleasesItem] |
            Unset):
        fields_game_center_activity_version_releases
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterActivityVersionReleasesItem] |
            Unset):
        fields_game_center_challenge_version_releases
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterChallengeVersionReleasesItem] |
            Unset):
        fields_game_center_leaderboard_releases
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardReleasesItem] |
            Unset):
        fields_game_center_leaderboard_set_releases
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardSetReleasesItem] |
            Unset):
        fields_app_store_versions
            (list[AppsGameCenterDetailGetToOneRelatedFieldsAppStoreVersionsItem] | Unset):
        include (list[AppsGameCenterDetailGetToOneRelatedIncludeItem] | Unset):
        limit_game_center_app_versions (int | Unset):
        limit_game_center_leaderboards (int | Unset):
        limit_game_center_leaderboards_v2 (int | Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_game_center_leaderboard_sets_v2 (int | Unset):
        limit_game_center_achievements (int | Unset):
        limit_game_center_achievements_v2 (int | Unset):
        limit_game_center_activities (int | Unset):
        limit_game_center_challenges (int | Unset):
        limit_achievement_releases (int | Unset):
        limit_activity_releases (int | Unset):
        limit_challenge_releases (int | Unset):
        limit_leaderboard_releases (int | Unset):
        limit_leaderboard_set_releases (int | Unset):
        limit_challenges_minimum_platform_versions (int | Unset):

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
        limit_game_center_app_versions=limit_game_center_app_versions,
        limit_game_center_leaderboards=limit_game_center_leaderboards,
        limit_game_center_leaderboards_v2=limit_game_center_leaderboards_v2,
        limit_game_center_leaderboard_sets=limit_game_center_leaderboard_sets,
        limit_game_center_leaderboard_sets_v2=limit_game_center_leaderboard_sets_v2,
        limit_game_center_achievements=limit_game_center_achievements,
        limit_game_center_achievements_v2=limit_game_center_achievements_v2,
        limit_game_center_activities=limit_game_center_activities,
        limit_game_center_challenges=limit_game_center_challenges,
        limit_achievement_releases=limit_achievement_releases,
        limit_activity_releases=limit_activity_releases,
        limit_challenge_releases=limit_challenge_releases,
        limit_leaderboard_releases=limit_leaderboard_releases,
        limit_leaderboard_set_releases=limit_leaderboard_set_releases,
        limit_challenges_minimum_platform_versions=limit_challenges_minimum_platform_versions,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_details: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_apps: list[AppsGameCenterDetailGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
    fields_game_center_app_versions: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_version_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[AppsGameCenterDetailGetToOneRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    include: list[AppsGameCenterDetailGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_game_center_app_versions: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_game_center_leaderboards_v2: int | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_game_center_leaderboard_sets_v2: int | Unset = UNSET,
    limit_game_center_achievements: int | Unset = UNSET,
    limit_game_center_achievements_v2: int | Unset = UNSET,
    limit_game_center_activities: int | Unset = UNSET,
    limit_game_center_challenges: int | Unset = UNSET,
    limit_achievement_releases: int | Unset = UNSET,
    limit_activity_releases: int | Unset = UNSET,
    limit_challenge_releases: int | Unset = UNSET,
    limit_leaderboard_releases: int | Unset = UNSET,
    limit_leaderboard_set_releases: int | Unset = UNSET,
    limit_challenges_minimum_platform_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterDetailResponse | None:
    """``GET /v1/apps/{id}/gameCenterDetail`` (apps_gameCenterDetail_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-gamecenterdetail


    Args:
        id (str):
        fields_game_center_details
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterDetailsItem] | Unset):
        fields_apps (list[AppsGameCenterDetailGetToOneRelatedFieldsAppsItem] | Unset):
        fields_game_center_app_versions
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAppVersionsItem] | Unset):
        fields_game_center_groups
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboards
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_achievements
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_activities
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterChallengesItem] | Unset):
        fields_game_center_achievement_releases
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAchievementReleasesItem] |
            Unset):
        fields_game_center_activity_version_releases
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterActivityVersionReleasesItem] |
            Unset):
        fields_game_center_challenge_version_releases
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterChallengeVersionReleasesItem] |
            Unset):
        fields_game_center_leaderboard_releases
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardReleasesItem] |
            Unset):
        fields_game_center_leaderboard_set_releases
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardSetReleasesItem] |
            Unset):
        fields_app_store_versions
            (list[AppsGameCenterDetailGetToOneRelatedFieldsAppStoreVersionsItem] | Unset):
        include (list[AppsGameCenterDetailGetToOneRelatedIncludeItem] | Unset):
        limit_game_center_app_versions (int | Unset):
        limit_game_center_leaderboards (int | Unset):
        limit_game_center_leaderboards_v2 (int | Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_game_center_leaderboard_sets_v2 (int | Unset):
        limit_game_center_achievements (int | Unset):
        limit_game_center_achievements_v2 (int | Unset):
        limit_game_center_activities (int | Unset):
        limit_game_center_challenges (int | Unset):
        limit_achievement_releases (int | Unset):
        limit_activity_releases (int | Unset):
        limit_challenge_releases (int | Unset):
        limit_leaderboard_releases (int | Unset):
        limit_leaderboard_set_releases (int | Unset):
        limit_challenges_minimum_platform_versions (int | Unset):

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
        limit_game_center_app_versions=limit_game_center_app_versions,
        limit_game_center_leaderboards=limit_game_center_leaderboards,
        limit_game_center_leaderboards_v2=limit_game_center_leaderboards_v2,
        limit_game_center_leaderboard_sets=limit_game_center_leaderboard_sets,
        limit_game_center_leaderboard_sets_v2=limit_game_center_leaderboard_sets_v2,
        limit_game_center_achievements=limit_game_center_achievements,
        limit_game_center_achievements_v2=limit_game_center_achievements_v2,
        limit_game_center_activities=limit_game_center_activities,
        limit_game_center_challenges=limit_game_center_challenges,
        limit_achievement_releases=limit_achievement_releases,
        limit_activity_releases=limit_activity_releases,
        limit_challenge_releases=limit_challenge_releases,
        limit_leaderboard_releases=limit_leaderboard_releases,
        limit_leaderboard_set_releases=limit_leaderboard_set_releases,
        limit_challenges_minimum_platform_versions=limit_challenges_minimum_platform_versions,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_details: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_apps: list[AppsGameCenterDetailGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
    fields_game_center_app_versions: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_version_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[AppsGameCenterDetailGetToOneRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    include: list[AppsGameCenterDetailGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_game_center_app_versions: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_game_center_leaderboards_v2: int | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_game_center_leaderboard_sets_v2: int | Unset = UNSET,
    limit_game_center_achievements: int | Unset = UNSET,
    limit_game_center_achievements_v2: int | Unset = UNSET,
    limit_game_center_activities: int | Unset = UNSET,
    limit_game_center_challenges: int | Unset = UNSET,
    limit_achievement_releases: int | Unset = UNSET,
    limit_activity_releases: int | Unset = UNSET,
    limit_challenge_releases: int | Unset = UNSET,
    limit_leaderboard_releases: int | Unset = UNSET,
    limit_leaderboard_set_releases: int | Unset = UNSET,
    limit_challenges_minimum_platform_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterDetailResponse]:
    """``GET /v1/apps/{id}/gameCenterDetail`` (apps_gameCenterDetail_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-gamecenterdetail


    Args:
        id (str):
        fields_game_center_details
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterDetailsItem] | Unset):
        fields_apps (list[AppsGameCenterDetailGetToOneRelatedFieldsAppsItem] | Unset):
        fields_game_center_app_versions
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAppVersionsItem] | Unset):
        fields_game_center_groups
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboards
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_achievements
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_activities
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterChallengesItem] | Unset):
        fields_game_center_achievement_releases
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAchievementReleasesItem] |
            Unset):
        fields_game_center_activity_version_releases
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterActivityVersionReleasesItem] |
            Unset):
        fields_game_center_challenge_version_releases
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterChallengeVersionReleasesItem] |
            Unset):
        fields_game_center_leaderboard_releases
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardReleasesItem] |
            Unset):
        fields_game_center_leaderboard_set_releases
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardSetReleasesItem] |
            Unset):
        fields_app_store_versions
            (list[AppsGameCenterDetailGetToOneRelatedFieldsAppStoreVersionsItem] | Unset):
        include (list[AppsGameCenterDetailGetToOneRelatedIncludeItem] | Unset):
        limit_game_center_app_versions (int | Unset):
        limit_game_center_leaderboards (int | Unset):
        limit_game_center_leaderboards_v2 (int | Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_game_center_leaderboard_sets_v2 (int | Unset):
        limit_game_center_achievements (int | Unset):
        limit_game_center_achievements_v2 (int | Unset):
        limit_game_center_activities (int | Unset):
        limit_game_center_challenges (int | Unset):
        limit_achievement_releases (int | Unset):
        limit_activity_releases (int | Unset):
        limit_challenge_releases (int | Unset):
        limit_leaderboard_releases (int | Unset):
        limit_leaderboard_set_releases (int | Unset):
        limit_challenges_minimum_platform_versions (int | Unset):

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
        limit_game_center_app_versions=limit_game_center_app_versions,
        limit_game_center_leaderboards=limit_game_center_leaderboards,
        limit_game_center_leaderboards_v2=limit_game_center_leaderboards_v2,
        limit_game_center_leaderboard_sets=limit_game_center_leaderboard_sets,
        limit_game_center_leaderboard_sets_v2=limit_game_center_leaderboard_sets_v2,
        limit_game_center_achievements=limit_game_center_achievements,
        limit_game_center_achievements_v2=limit_game_center_achievements_v2,
        limit_game_center_activities=limit_game_center_activities,
        limit_game_center_challenges=limit_game_center_challenges,
        limit_achievement_releases=limit_achievement_releases,
        limit_activity_releases=limit_activity_releases,
        limit_challenge_releases=limit_challenge_releases,
        limit_leaderboard_releases=limit_leaderboard_releases,
        limit_leaderboard_set_releases=limit_leaderboard_set_releases,
        limit_challenges_minimum_platform_versions=limit_challenges_minimum_platform_versions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_details: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_apps: list[AppsGameCenterDetailGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
    fields_game_center_app_versions: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_version_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[AppsGameCenterDetailGetToOneRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    include: list[AppsGameCenterDetailGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_game_center_app_versions: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_game_center_leaderboards_v2: int | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_game_center_leaderboard_sets_v2: int | Unset = UNSET,
    limit_game_center_achievements: int | Unset = UNSET,
    limit_game_center_achievements_v2: int | Unset = UNSET,
    limit_game_center_activities: int | Unset = UNSET,
    limit_game_center_challenges: int | Unset = UNSET,
    limit_achievement_releases: int | Unset = UNSET,
    limit_activity_releases: int | Unset = UNSET,
    limit_challenge_releases: int | Unset = UNSET,
    limit_leaderboard_releases: int | Unset = UNSET,
    limit_leaderboard_set_releases: int | Unset = UNSET,
    limit_challenges_minimum_platform_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterDetailResponse | None:
    """``GET /v1/apps/{id}/gameCenterDetail`` (apps_gameCenterDetail_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-gamecenterdetail


    Args:
        id (str):
        fields_game_center_details
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterDetailsItem] | Unset):
        fields_apps (list[AppsGameCenterDetailGetToOneRelatedFieldsAppsItem] | Unset):
        fields_game_center_app_versions
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAppVersionsItem] | Unset):
        fields_game_center_groups
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboards
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_achievements
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_activities
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterChallengesItem] | Unset):
        fields_game_center_achievement_releases
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAchievementReleasesItem] |
            Unset):
        fields_game_center_activity_version_releases
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterActivityVersionReleasesItem] |
            Unset):
        fields_game_center_challenge_version_releases
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterChallengeVersionReleasesItem] |
            Unset):
        fields_game_center_leaderboard_releases
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardReleasesItem] |
            Unset):
        fields_game_center_leaderboard_set_releases
            (list[AppsGameCenterDetailGetToOneRelatedFieldsGameCenterLeaderboardSetReleasesItem] |
            Unset):
        fields_app_store_versions
            (list[AppsGameCenterDetailGetToOneRelatedFieldsAppStoreVersionsItem] | Unset):
        include (list[AppsGameCenterDetailGetToOneRelatedIncludeItem] | Unset):
        limit_game_center_app_versions (int | Unset):
        limit_game_center_leaderboards (int | Unset):
        limit_game_center_leaderboards_v2 (int | Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_game_center_leaderboard_sets_v2 (int | Unset):
        limit_game_center_achievements (int | Unset):
        limit_game_center_achievements_v2 (int | Unset):
        limit_game_center_activities (int | Unset):
        limit_game_center_challenges (int | Unset):
        limit_achievement_releases (int | Unset):
        limit_activity_releases (int | Unset):
        limit_challenge_releases (int | Unset):
        limit_leaderboard_releases (int | Unset):
        limit_leaderboard_set_releases (int | Unset):
        limit_challenges_minimum_platform_versions (int | Unset):

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
            limit_game_center_app_versions=limit_game_center_app_versions,
            limit_game_center_leaderboards=limit_game_center_leaderboards,
            limit_game_center_leaderboards_v2=limit_game_center_leaderboards_v2,
            limit_game_center_leaderboard_sets=limit_game_center_leaderboard_sets,
            limit_game_center_leaderboard_sets_v2=limit_game_center_leaderboard_sets_v2,
            limit_game_center_achievements=limit_game_center_achievements,
            limit_game_center_achievements_v2=limit_game_center_achievements_v2,
            limit_game_center_activities=limit_game_center_activities,
            limit_game_center_challenges=limit_game_center_challenges,
            limit_achievement_releases=limit_achievement_releases,
            limit_activity_releases=limit_activity_releases,
            limit_challenge_releases=limit_challenge_releases,
            limit_leaderboard_releases=limit_leaderboard_releases,
            limit_leaderboard_set_releases=limit_leaderboard_set_releases,
            limit_challenges_minimum_platform_versions=limit_challenges_minimum_platform_versions,
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
