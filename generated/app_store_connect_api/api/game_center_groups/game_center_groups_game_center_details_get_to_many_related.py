from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_groups_game_center_details_get_to_many_related_fields_app_store_versions_item import (
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsAppStoreVersionsItem,
    )
    from ...models.game_center_groups_game_center_details_get_to_many_related_fields_apps_item import (
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsAppsItem,
    )
    from ...models.game_center_groups_game_center_details_get_to_many_related_fields_game_center_achievement_releases_item import (
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAchievementReleasesItem,
    )
    from ...models.game_center_groups_game_center_details_get_to_many_related_fields_game_center_achievements_item import (
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAchievementsItem,
    )
    from ...models.game_center_groups_game_center_details_get_to_many_related_fields_game_center_activities_item import (
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterActivitiesItem,
    )
    from ...models.game_center_groups_game_center_details_get_to_many_related_fields_game_center_activity_version_releases_item import (
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterActivityVersionReleasesItem,
    )
    from ...models.game_center_groups_game_center_details_get_to_many_related_fields_game_center_app_versions_item import (
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAppVersionsItem,
    )
    from ...models.game_center_groups_game_center_details_get_to_many_related_fields_game_center_challenge_version_releases_item import (
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterChallengeVersionReleasesItem,
    )
    from ...models.game_center_groups_game_center_details_get_to_many_related_fields_game_center_challenges_item import (
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterChallengesItem,
    )
    from ...models.game_center_groups_game_center_details_get_to_many_related_fields_game_center_details_item import (
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_groups_game_center_details_get_to_many_related_fields_game_center_groups_item import (
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterGroupsItem,
    )
    from ...models.game_center_groups_game_center_details_get_to_many_related_fields_game_center_leaderboard_releases_item import (
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardReleasesItem,
    )
    from ...models.game_center_groups_game_center_details_get_to_many_related_fields_game_center_leaderboard_set_releases_item import (
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem,
    )
    from ...models.game_center_groups_game_center_details_get_to_many_related_fields_game_center_leaderboard_sets_item import (
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem,
    )
    from ...models.game_center_groups_game_center_details_get_to_many_related_fields_game_center_leaderboards_item import (
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardsItem,
    )
    from ...models.game_center_groups_game_center_details_get_to_many_related_include_item import (
        GameCenterGroupsGameCenterDetailsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_details_response import GameCenterDetailsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_game_center_app_versions_enabled: list[str] | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_apps: list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_game_center_app_versions: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAppVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_version_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGameCenterDetailsGetToManyRelatedIncludeItem] | Unset = UNSET,
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
        "filter[gameCenterAppVersions.enabled]",
        "filter_game_center_app_versions_enabled",
        filter_game_center_app_versions_enabled,
        str,
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[apps]",
        "fields_apps",
        fields_apps,
        "GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsAppsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAppVersions]",
        "fields_game_center_app_versions",
        fields_game_center_app_versions,
        "GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAppVersionsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterGroups]",
        "fields_game_center_groups",
        fields_game_center_groups,
        "GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboards]",
        "fields_game_center_leaderboards",
        fields_game_center_leaderboards,
        "GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSets]",
        "fields_game_center_leaderboard_sets",
        fields_game_center_leaderboard_sets,
        "GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievements]",
        "fields_game_center_achievements",
        fields_game_center_achievements,
        "GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAchievementsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivities]",
        "fields_game_center_activities",
        fields_game_center_activities,
        "GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterActivitiesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallenges]",
        "fields_game_center_challenges",
        fields_game_center_challenges,
        "GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterChallengesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievementReleases]",
        "fields_game_center_achievement_releases",
        fields_game_center_achievement_releases,
        "GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAchievementReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivityVersionReleases]",
        "fields_game_center_activity_version_releases",
        fields_game_center_activity_version_releases,
        "GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterActivityVersionReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallengeVersionReleases]",
        "fields_game_center_challenge_version_releases",
        fields_game_center_challenge_version_releases,
        "GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterChallengeVersionReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardReleases]",
        "fields_game_center_leaderboard_releases",
        fields_game_center_leaderboard_releases,
        "GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSetReleases]",
        "fields_game_center_leaderboard_set_releases",
        fields_game_center_leaderboard_set_releases,
        "GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersions]",
        "fields_app_store_versions",
        fields_app_store_versions,
        "GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsAppStoreVersionsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "GameCenterGroupsGameCenterDetailsGetToManyRelatedIncludeItem"
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
        "url": "/v1/gameCenterGroups/{id}/gameCenterDetails".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterDetailsResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterDetailsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterDetailsResponse]:
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
    filter_game_center_app_versions_enabled: list[str] | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_apps: list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_game_center_app_versions: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAppVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_version_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGameCenterDetailsGetToManyRelatedIncludeItem] | Unset = UNSET,
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
) -> Response[ErrorResponse | GameCenterDetailsResponse]:
    """``GET /v1/gameCenterGroups/{id}/gameCenterDetails`` (gameCenterGroups_gameCenterDetails_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterdetails


    Args:
        id (str):
        filter_game_center_app_versions_enabled (list[str] | Unset):
        fields_game_center_details
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_apps (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsAppsItem] |
            Unset):
        fields_game_center_app_versions
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAppVersionsItem] |
            Unset):
        fields_game_center_groups
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_leaderboards
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardsItem] |
            Unset):
        fields_game_center_leaderboard_sets (list[GameCenterGroupsGameCenterDetailsGetToManyRelate
            dFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAchievementsItem] |
            Unset):
        fields_game_center_activities
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterActivitiesItem] |
            Unset):
        fields_game_center_challenges
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterChallengesItem] |
            Unset):
        fields_game_center_achievement_releases (list[GameCenterGroupsGameCenterDetailsGetToManyRe
            latedFieldsGameCenterAchievementReleasesItem] | Unset):
        fields_game_center_activity_version_releases (list[GameCenterGroupsGameCenterDetailsGetToM
            anyRelatedFieldsGameCenterActivityVersionReleasesItem] | Unset):
        fields_game_center_challenge_version_releases (list[GameCenterGroupsGameCenterDetailsGetTo
            ManyRelatedFieldsGameCenterChallengeVersionReleasesItem] | Unset):
        fields_game_center_leaderboard_releases (list[GameCenterGroupsGameCenterDetailsGetToManyRe
            latedFieldsGameCenterLeaderboardReleasesItem] | Unset):
        fields_game_center_leaderboard_set_releases (list[GameCenterGroupsGameCenterDetailsGetToMa
            nyRelatedFieldsGameCenterLeaderboardSetReleasesItem] | Unset):
        fields_app_store_versions
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsAppStoreVersionsItem] |
            Unset):
        limit (int | Unset):
        include (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedIncludeItem] | Unset):
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
        Response[ErrorResponse | GameCenterDetailsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_game_center_app_versions_enabled=filter_game_center_app_versions_enabled,
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
        limit=limit,
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
    filter_game_center_app_versions_enabled: list[str] | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_apps: list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_game_center_app_versions: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAppVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_version_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGameCenterDetailsGetToManyRelatedIncludeItem] | Unset = UNSET,
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
) -> ErrorResponse | GameCenterDetailsResponse | None:
    """``GET /v1/gameCenterGroups/{id}/gameCenterDetails`` (gameCenterGroups_gameCenterDetails_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterdetails


    Args:
        id (str):
        filter_game_center_app_versions_enabled (list[str] | Unset):
        fields_game_center_details
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_apps (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsAppsItem] |
            Unset):
        fields_game_center_app_versions
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAppVersionsItem] |
            Unset):
        fields_game_center_groups
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_leaderboards
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardsItem] |
            Unset):
        fields_game_center_leaderboard_sets (list[GameCenterGroupsGameCenterDetailsGetToManyRelate
            dFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAchievementsItem] |
            Unset):
        fields_game_center_activities
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterActivitiesItem] |
            Unset):
        fields_game_center_challenges
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterChallengesItem] |
            Unset):
        fields_game_center_achievement_releases (list[GameCenterGroupsGameCenterDetailsGetToManyRe
            latedFieldsGameCenterAchievementReleasesItem] | Unset):
        fields_game_center_activity_version_releases (list[GameCenterGroupsGameCenterDetailsGetToM
            anyRelatedFieldsGameCenterActivityVersionReleasesItem] | Unset):
        fields_game_center_challenge_version_releases (list[GameCenterGroupsGameCenterDetailsGetTo
            ManyRelatedFieldsGameCenterChallengeVersionReleasesItem] | Unset):
        fields_game_center_leaderboard_releases (list[GameCenterGroupsGameCenterDetailsGetToManyRe
            latedFieldsGameCenterLeaderboardReleasesItem] | Unset):
        fields_game_center_leaderboard_set_releases (list[GameCenterGroupsGameCenterDetailsGetToMa
            nyRelatedFieldsGameCenterLeaderboardSetReleasesItem] | Unset):
        fields_app_store_versions
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsAppStoreVersionsItem] |
            Unset):
        limit (int | Unset):
        include (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedIncludeItem] | Unset):
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
        ErrorResponse | GameCenterDetailsResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_game_center_app_versions_enabled=filter_game_center_app_versions_enabled,
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
        limit=limit,
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
    filter_game_center_app_versions_enabled: list[str] | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_apps: list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_game_center_app_versions: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAppVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_version_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGameCenterDetailsGetToManyRelatedIncludeItem] | Unset = UNSET,
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
) -> Response[ErrorResponse | GameCenterDetailsResponse]:
    """``GET /v1/gameCenterGroups/{id}/gameCenterDetails`` (gameCenterGroups_gameCenterDetails_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterdetails


    Args:
        id (str):
        filter_game_center_app_versions_enabled (list[str] | Unset):
        fields_game_center_details
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_apps (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsAppsItem] |
            Unset):
        fields_game_center_app_versions
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAppVersionsItem] |
            Unset):
        fields_game_center_groups
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_leaderboards
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardsItem] |
            Unset):
        fields_game_center_leaderboard_sets (list[GameCenterGroupsGameCenterDetailsGetToManyRelate
            dFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAchievementsItem] |
            Unset):
        fields_game_center_activities
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterActivitiesItem] |
            Unset):
        fields_game_center_challenges
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterChallengesItem] |
            Unset):
        fields_game_center_achievement_releases (list[GameCenterGroupsGameCenterDetailsGetToManyRe
            latedFieldsGameCenterAchievementReleasesItem] | Unset):
        fields_game_center_activity_version_releases (list[GameCenterGroupsGameCenterDetailsGetToM
            anyRelatedFieldsGameCenterActivityVersionReleasesItem] | Unset):
        fields_game_center_challenge_version_releases (list[GameCenterGroupsGameCenterDetailsGetTo
            ManyRelatedFieldsGameCenterChallengeVersionReleasesItem] | Unset):
        fields_game_center_leaderboard_releases (list[GameCenterGroupsGameCenterDetailsGetToManyRe
            latedFieldsGameCenterLeaderboardReleasesItem] | Unset):
        fields_game_center_leaderboard_set_releases (list[GameCenterGroupsGameCenterDetailsGetToMa
            nyRelatedFieldsGameCenterLeaderboardSetReleasesItem] | Unset):
        fields_app_store_versions
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsAppStoreVersionsItem] |
            Unset):
        limit (int | Unset):
        include (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedIncludeItem] | Unset):
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
        Response[ErrorResponse | GameCenterDetailsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_game_center_app_versions_enabled=filter_game_center_app_versions_enabled,
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
        limit=limit,
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
    filter_game_center_app_versions_enabled: list[str] | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_apps: list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_game_center_app_versions: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAppVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_version_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_version_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[
        GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGameCenterDetailsGetToManyRelatedIncludeItem] | Unset = UNSET,
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
) -> ErrorResponse | GameCenterDetailsResponse | None:
    """``GET /v1/gameCenterGroups/{id}/gameCenterDetails`` (gameCenterGroups_gameCenterDetails_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterdetails


    Args:
        id (str):
        filter_game_center_app_versions_enabled (list[str] | Unset):
        fields_game_center_details
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_apps (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsAppsItem] |
            Unset):
        fields_game_center_app_versions
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAppVersionsItem] |
            Unset):
        fields_game_center_groups
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_leaderboards
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterLeaderboardsItem] |
            Unset):
        fields_game_center_leaderboard_sets (list[GameCenterGroupsGameCenterDetailsGetToManyRelate
            dFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAchievementsItem] |
            Unset):
        fields_game_center_activities
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterActivitiesItem] |
            Unset):
        fields_game_center_challenges
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterChallengesItem] |
            Unset):
        fields_game_center_achievement_releases (list[GameCenterGroupsGameCenterDetailsGetToManyRe
            latedFieldsGameCenterAchievementReleasesItem] | Unset):
        fields_game_center_activity_version_releases (list[GameCenterGroupsGameCenterDetailsGetToM
            anyRelatedFieldsGameCenterActivityVersionReleasesItem] | Unset):
        fields_game_center_challenge_version_releases (list[GameCenterGroupsGameCenterDetailsGetTo
            ManyRelatedFieldsGameCenterChallengeVersionReleasesItem] | Unset):
        fields_game_center_leaderboard_releases (list[GameCenterGroupsGameCenterDetailsGetToManyRe
            latedFieldsGameCenterLeaderboardReleasesItem] | Unset):
        fields_game_center_leaderboard_set_releases (list[GameCenterGroupsGameCenterDetailsGetToMa
            nyRelatedFieldsGameCenterLeaderboardSetReleasesItem] | Unset):
        fields_app_store_versions
            (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsAppStoreVersionsItem] |
            Unset):
        limit (int | Unset):
        include (list[GameCenterGroupsGameCenterDetailsGetToManyRelatedIncludeItem] | Unset):
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
        ErrorResponse | GameCenterDetailsResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_game_center_app_versions_enabled=filter_game_center_app_versions_enabled,
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
            limit=limit,
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

SUCCESS_TYPE: type[GameCenterDetailsResponse] = GameCenterDetailsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_detail import GameCenterDetail

ITEM_TYPE: type[GameCenterDetail] = GameCenterDetail
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterDetailsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
