"""`asc.game_center_details`: the operations on game_center_details (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.game_center_achievement import GameCenterAchievement
    from ..models.game_center_achievement_release import GameCenterAchievementRelease
    from ..models.game_center_achievement_releases_response import GameCenterAchievementReleasesResponse
    from ..models.game_center_achievement_v2 import GameCenterAchievementV2
    from ..models.game_center_achievements_response import GameCenterAchievementsResponse
    from ..models.game_center_achievements_v2_response import GameCenterAchievementsV2Response
    from ..models.game_center_activities_response import GameCenterActivitiesResponse
    from ..models.game_center_activity import GameCenterActivity
    from ..models.game_center_activity_version_release import GameCenterActivityVersionRelease
    from ..models.game_center_activity_version_releases_response import (
        GameCenterActivityVersionReleasesResponse,
    )
    from ..models.game_center_app_version import GameCenterAppVersion
    from ..models.game_center_app_versions_response import GameCenterAppVersionsResponse
    from ..models.game_center_challenge import GameCenterChallenge
    from ..models.game_center_challenge_version_release import GameCenterChallengeVersionRelease
    from ..models.game_center_challenge_version_releases_response import (
        GameCenterChallengeVersionReleasesResponse,
    )
    from ..models.game_center_challenges_response import GameCenterChallengesResponse
    from ..models.game_center_detail_achievement_releases_linkages_response import (
        GameCenterDetailAchievementReleasesLinkagesResponse,
    )
    from ..models.game_center_detail_achievement_releases_linkages_response_data_item import (
        GameCenterDetailAchievementReleasesLinkagesResponseDataItem,
    )
    from ..models.game_center_detail_activity_releases_linkages_response import (
        GameCenterDetailActivityReleasesLinkagesResponse,
    )
    from ..models.game_center_detail_activity_releases_linkages_response_data_item import (
        GameCenterDetailActivityReleasesLinkagesResponseDataItem,
    )
    from ..models.game_center_detail_challenge_releases_linkages_response import (
        GameCenterDetailChallengeReleasesLinkagesResponse,
    )
    from ..models.game_center_detail_challenge_releases_linkages_response_data_item import (
        GameCenterDetailChallengeReleasesLinkagesResponseDataItem,
    )
    from ..models.game_center_detail_create_request import GameCenterDetailCreateRequest
    from ..models.game_center_detail_game_center_achievements_linkages_response import (
        GameCenterDetailGameCenterAchievementsLinkagesResponse,
    )
    from ..models.game_center_detail_game_center_achievements_linkages_response_data_item import (
        GameCenterDetailGameCenterAchievementsLinkagesResponseDataItem,
    )
    from ..models.game_center_detail_game_center_achievements_v2_linkages_response import (
        GameCenterDetailGameCenterAchievementsV2LinkagesResponse,
    )
    from ..models.game_center_detail_game_center_achievements_v2_linkages_response_data_item import (
        GameCenterDetailGameCenterAchievementsV2LinkagesResponseDataItem,
    )
    from ..models.game_center_detail_game_center_activities_linkages_response import (
        GameCenterDetailGameCenterActivitiesLinkagesResponse,
    )
    from ..models.game_center_detail_game_center_activities_linkages_response_data_item import (
        GameCenterDetailGameCenterActivitiesLinkagesResponseDataItem,
    )
    from ..models.game_center_detail_game_center_app_versions_linkages_response import (
        GameCenterDetailGameCenterAppVersionsLinkagesResponse,
    )
    from ..models.game_center_detail_game_center_app_versions_linkages_response_data_item import (
        GameCenterDetailGameCenterAppVersionsLinkagesResponseDataItem,
    )
    from ..models.game_center_detail_game_center_challenges_linkages_response import (
        GameCenterDetailGameCenterChallengesLinkagesResponse,
    )
    from ..models.game_center_detail_game_center_challenges_linkages_response_data_item import (
        GameCenterDetailGameCenterChallengesLinkagesResponseDataItem,
    )
    from ..models.game_center_detail_game_center_group_linkage_response import (
        GameCenterDetailGameCenterGroupLinkageResponse,
    )
    from ..models.game_center_detail_game_center_leaderboard_sets_linkages_response import (
        GameCenterDetailGameCenterLeaderboardSetsLinkagesResponse,
    )
    from ..models.game_center_detail_game_center_leaderboard_sets_linkages_response_data_item import (
        GameCenterDetailGameCenterLeaderboardSetsLinkagesResponseDataItem,
    )
    from ..models.game_center_detail_game_center_leaderboard_sets_v2_linkages_response import (
        GameCenterDetailGameCenterLeaderboardSetsV2LinkagesResponse,
    )
    from ..models.game_center_detail_game_center_leaderboard_sets_v2_linkages_response_data_item import (
        GameCenterDetailGameCenterLeaderboardSetsV2LinkagesResponseDataItem,
    )
    from ..models.game_center_detail_game_center_leaderboards_linkages_response import (
        GameCenterDetailGameCenterLeaderboardsLinkagesResponse,
    )
    from ..models.game_center_detail_game_center_leaderboards_linkages_response_data_item import (
        GameCenterDetailGameCenterLeaderboardsLinkagesResponseDataItem,
    )
    from ..models.game_center_detail_game_center_leaderboards_v2_linkages_response import (
        GameCenterDetailGameCenterLeaderboardsV2LinkagesResponse,
    )
    from ..models.game_center_detail_game_center_leaderboards_v2_linkages_response_data_item import (
        GameCenterDetailGameCenterLeaderboardsV2LinkagesResponseDataItem,
    )
    from ..models.game_center_detail_leaderboard_releases_linkages_response import (
        GameCenterDetailLeaderboardReleasesLinkagesResponse,
    )
    from ..models.game_center_detail_leaderboard_releases_linkages_response_data_item import (
        GameCenterDetailLeaderboardReleasesLinkagesResponseDataItem,
    )
    from ..models.game_center_detail_leaderboard_set_releases_linkages_response import (
        GameCenterDetailLeaderboardSetReleasesLinkagesResponse,
    )
    from ..models.game_center_detail_leaderboard_set_releases_linkages_response_data_item import (
        GameCenterDetailLeaderboardSetReleasesLinkagesResponseDataItem,
    )
    from ..models.game_center_detail_response import GameCenterDetailResponse
    from ..models.game_center_detail_update_request import GameCenterDetailUpdateRequest
    from ..models.game_center_group_response import GameCenterGroupResponse
    from ..models.game_center_leaderboard import GameCenterLeaderboard
    from ..models.game_center_leaderboard_release import GameCenterLeaderboardRelease
    from ..models.game_center_leaderboard_releases_response import GameCenterLeaderboardReleasesResponse
    from ..models.game_center_leaderboard_set import GameCenterLeaderboardSet
    from ..models.game_center_leaderboard_set_release import GameCenterLeaderboardSetRelease
    from ..models.game_center_leaderboard_set_releases_response import (
        GameCenterLeaderboardSetReleasesResponse,
    )
    from ..models.game_center_leaderboard_set_v2 import GameCenterLeaderboardSetV2
    from ..models.game_center_leaderboard_sets_response import GameCenterLeaderboardSetsResponse
    from ..models.game_center_leaderboard_sets_v2_response import GameCenterLeaderboardSetsV2Response
    from ..models.game_center_leaderboard_v2 import GameCenterLeaderboardV2
    from ..models.game_center_leaderboards_response import GameCenterLeaderboardsResponse
    from ..models.game_center_leaderboards_v2_response import GameCenterLeaderboardsV2Response
    from ..models.game_center_matchmaking_app_requests_v1_metric_response import (
        GameCenterMatchmakingAppRequestsV1MetricResponse,
    )

__all__ = ["AsyncGameCenterDetails", "GameCenterDetails"]

_CREATE_BODY = Body(
    "gameCenterDetails",
    {"challenge_enabled": ("challengeEnabled", "boolean", False)},
    {"app": ("app", "apps", False, True)},
)
_UPDATE_BODY = Body(
    "gameCenterDetails",
    {"challenge_enabled": ("challengeEnabled", "boolean", False)},
    {
        "game_center_group": ("gameCenterGroup", "gameCenterGroups", False, False),
        "default_leaderboard": ("defaultLeaderboard", "gameCenterLeaderboards", False, False),
        "default_leaderboard_v2": ("defaultLeaderboardV2", "gameCenterLeaderboards", False, False),
        "default_group_leaderboard": ("defaultGroupLeaderboard", "gameCenterLeaderboards", False, False),
        "default_group_leaderboard_v2": ("defaultGroupLeaderboardV2", "gameCenterLeaderboards", False, False),
    },
)


class GameCenterDetails(SyncResource):
    """`asc.game_center_details`."""

    def create(
        self,
        /,
        body: GameCenterDetailCreateRequest | Mapping[str, Any] | None = None,
        *,
        challenge_enabled: bool | None | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterDetailResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterDetails`` (gameCenterDetails_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterdetails
        """
        return self._write("game_center_details.game_center_details_create_instance", locals(), _CREATE_BODY)

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_achievement_releases: str | Sequence[str] | None = None,
        fields_game_center_activity_version_releases: str | Sequence[str] | None = None,
        fields_game_center_challenge_version_releases: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_releases: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_achievement_releases: int | None = None,
        limit_activity_releases: int | None = None,
        limit_challenge_releases: int | None = None,
        limit_challenges_minimum_platform_versions: int | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_app_versions: int | None = None,
        limit_game_center_challenges: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        limit_leaderboard_releases: int | None = None,
        limit_leaderboard_set_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailResponse:
        """One request.

        ``GET /v1/gameCenterDetails/{id}`` (gameCenterDetails_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_
        """
        return self._call("game_center_details.game_center_details_get_instance", locals())

    def get_classic_matchmaking_requests_metrics(
        self,
        id: str,
        /,
        *,
        granularity: str,
        group_by: str | Sequence[str] | None = None,
        filter_result: str | None = None,
        sort: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingAppRequestsV1MetricResponse:
        """One request.

        ``GET /v1/gameCenterDetails/{id}/metrics/classicMatchmakingRequests`` (gameCenterDetails_classicMatchmakingRequests_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-metrics-classicmatchmakingrequests
        """
        return self._call(
            "game_center_details.game_center_details_classic_matchmaking_requests_get_metrics", locals()
        )

    def get_game_center_group(
        self,
        id: str,
        /,
        *,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_details: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_challenges: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterGroupResponse:
        """One request.

        ``GET /v1/gameCenterDetails/{id}/gameCenterGroup`` (gameCenterDetails_gameCenterGroup_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecentergroup
        """
        return self._call(
            "game_center_details.game_center_details_game_center_group_get_to_one_related", locals()
        )

    def get_game_center_group_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterDetailGameCenterGroupLinkageResponse:
        """One request.

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterGroup`` (gameCenterDetails_gameCenterGroup_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecentergroup
        """
        return self._call(
            "game_center_details.game_center_details_game_center_group_get_to_one_relationship", locals()
        )

    def get_rule_based_matchmaking_requests_metrics(
        self,
        id: str,
        /,
        *,
        granularity: str,
        group_by: str | Sequence[str] | None = None,
        filter_result: str | None = None,
        sort: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingAppRequestsV1MetricResponse:
        """One request.

        ``GET /v1/gameCenterDetails/{id}/metrics/ruleBasedMatchmakingRequests`` (gameCenterDetails_ruleBasedMatchmakingRequests_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-metrics-rulebasedmatchmakingrequests
        """
        return self._call(
            "game_center_details.game_center_details_rule_based_matchmaking_requests_get_metrics", locals()
        )

    def list_achievement_releases(
        self,
        id: str,
        /,
        *,
        filter_live: str | Sequence[str] | None = None,
        filter_game_center_achievement: str | Sequence[str] | None = None,
        fields_game_center_achievement_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterAchievementRelease]:
        """Every GameCenterAchievementRelease across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/achievementReleases`` (gameCenterDetails_achievementReleases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-achievementreleases
        """
        return self._paginate(
            "game_center_details.game_center_details_achievement_releases_get_to_many_related", locals()
        )

    def list_achievement_releases_page(
        self,
        id: str,
        /,
        *,
        filter_live: str | Sequence[str] | None = None,
        filter_game_center_achievement: str | Sequence[str] | None = None,
        fields_game_center_achievement_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementReleasesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/achievementReleases`` (gameCenterDetails_achievementReleases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-achievementreleases
        """
        return self._call(
            "game_center_details.game_center_details_achievement_releases_get_to_many_related", locals()
        )

    def list_achievement_releases_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterDetailAchievementReleasesLinkagesResponseDataItem]:
        """Every GameCenterDetailAchievementReleasesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/achievementReleases`` (gameCenterDetails_achievementReleases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-achievementreleases
        """
        return self._paginate(
            "game_center_details.game_center_details_achievement_releases_get_to_many_relationship", locals()
        )

    def list_achievement_releases_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailAchievementReleasesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/achievementReleases`` (gameCenterDetails_achievementReleases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-achievementreleases
        """
        return self._call(
            "game_center_details.game_center_details_achievement_releases_get_to_many_relationship", locals()
        )

    def list_activity_releases(
        self,
        id: str,
        /,
        *,
        fields_game_center_activity_version_releases: str | Sequence[str] | None = None,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterActivityVersionRelease]:
        """Every GameCenterActivityVersionRelease across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/activityReleases`` (gameCenterDetails_activityReleases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-activityreleases
        """
        return self._paginate(
            "game_center_details.game_center_details_activity_releases_get_to_many_related", locals()
        )

    def list_activity_releases_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_activity_version_releases: str | Sequence[str] | None = None,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivityVersionReleasesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/activityReleases`` (gameCenterDetails_activityReleases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-activityreleases
        """
        return self._call(
            "game_center_details.game_center_details_activity_releases_get_to_many_related", locals()
        )

    def list_activity_releases_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterDetailActivityReleasesLinkagesResponseDataItem]:
        """Every GameCenterDetailActivityReleasesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/activityReleases`` (gameCenterDetails_activityReleases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-activityreleases
        """
        return self._paginate(
            "game_center_details.game_center_details_activity_releases_get_to_many_relationship", locals()
        )

    def list_activity_releases_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailActivityReleasesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/activityReleases`` (gameCenterDetails_activityReleases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-activityreleases
        """
        return self._call(
            "game_center_details.game_center_details_activity_releases_get_to_many_relationship", locals()
        )

    def list_challenge_releases(
        self,
        id: str,
        /,
        *,
        fields_game_center_challenge_version_releases: str | Sequence[str] | None = None,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterChallengeVersionRelease]:
        """Every GameCenterChallengeVersionRelease across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/challengeReleases`` (gameCenterDetails_challengeReleases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-challengereleases
        """
        return self._paginate(
            "game_center_details.game_center_details_challenge_releases_get_to_many_related", locals()
        )

    def list_challenge_releases_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_challenge_version_releases: str | Sequence[str] | None = None,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterChallengeVersionReleasesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/challengeReleases`` (gameCenterDetails_challengeReleases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-challengereleases
        """
        return self._call(
            "game_center_details.game_center_details_challenge_releases_get_to_many_related", locals()
        )

    def list_challenge_releases_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterDetailChallengeReleasesLinkagesResponseDataItem]:
        """Every GameCenterDetailChallengeReleasesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/challengeReleases`` (gameCenterDetails_challengeReleases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-challengereleases
        """
        return self._paginate(
            "game_center_details.game_center_details_challenge_releases_get_to_many_relationship", locals()
        )

    def list_challenge_releases_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailChallengeReleasesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/challengeReleases`` (gameCenterDetails_challengeReleases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-challengereleases
        """
        return self._call(
            "game_center_details.game_center_details_challenge_releases_get_to_many_relationship", locals()
        )

    def list_game_center_achievements(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_archived: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_achievement_localizations: str | Sequence[str] | None = None,
        fields_game_center_achievement_releases: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterAchievement]:
        """Every GameCenterAchievement across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/gameCenterAchievements`` (gameCenterDetails_gameCenterAchievements_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterachievements
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_achievements_get_to_many_related", locals()
        )

    def list_game_center_achievements_page(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_archived: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_achievement_localizations: str | Sequence[str] | None = None,
        fields_game_center_achievement_releases: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/gameCenterAchievements`` (gameCenterDetails_gameCenterAchievements_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterachievements
        """
        return self._call(
            "game_center_details.game_center_details_game_center_achievements_get_to_many_related", locals()
        )

    def list_game_center_achievements_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterDetailGameCenterAchievementsLinkagesResponseDataItem]:
        """Every GameCenterDetailGameCenterAchievementsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterAchievements`` (gameCenterDetails_gameCenterAchievements_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterachievements
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_achievements_get_to_many_relationship",
            locals(),
        )

    def list_game_center_achievements_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailGameCenterAchievementsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterAchievements`` (gameCenterDetails_gameCenterAchievements_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterachievements
        """
        return self._call(
            "game_center_details.game_center_details_game_center_achievements_get_to_many_relationship",
            locals(),
        )

    def list_game_center_achievements_v2(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_archived: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_achievement_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterAchievementV2]:
        """Every GameCenterAchievementV2 across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/gameCenterAchievementsV2`` (gameCenterDetails_gameCenterAchievementsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterachievementsv2
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_achievements_v2_get_to_many_related",
            locals(),
        )

    def list_game_center_achievements_v2_page(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_archived: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_achievement_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/gameCenterAchievementsV2`` (gameCenterDetails_gameCenterAchievementsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterachievementsv2
        """
        return self._call(
            "game_center_details.game_center_details_game_center_achievements_v2_get_to_many_related",
            locals(),
        )

    def list_game_center_achievements_v2_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterDetailGameCenterAchievementsV2LinkagesResponseDataItem]:
        """Every GameCenterDetailGameCenterAchievementsV2LinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterAchievementsV2`` (gameCenterDetails_gameCenterAchievementsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterachievementsv2
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_achievements_v2_get_to_many_relationship",
            locals(),
        )

    def list_game_center_achievements_v2_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailGameCenterAchievementsV2LinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterAchievementsV2`` (gameCenterDetails_gameCenterAchievementsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterachievementsv2
        """
        return self._call(
            "game_center_details.game_center_details_game_center_achievements_v2_get_to_many_relationship",
            locals(),
        )

    def list_game_center_activities(
        self,
        id: str,
        /,
        *,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_achievements: int | None = None,
        limit_achievements_v2: int | None = None,
        limit_leaderboards: int | None = None,
        limit_leaderboards_v2: int | None = None,
        limit_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterActivity]:
        """Every GameCenterActivity across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/gameCenterActivities`` (gameCenterDetails_gameCenterActivities_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenteractivities
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_activities_get_to_many_related", locals()
        )

    def list_game_center_activities_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_achievements: int | None = None,
        limit_achievements_v2: int | None = None,
        limit_leaderboards: int | None = None,
        limit_leaderboards_v2: int | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivitiesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/gameCenterActivities`` (gameCenterDetails_gameCenterActivities_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenteractivities
        """
        return self._call(
            "game_center_details.game_center_details_game_center_activities_get_to_many_related", locals()
        )

    def list_game_center_activities_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterDetailGameCenterActivitiesLinkagesResponseDataItem]:
        """Every GameCenterDetailGameCenterActivitiesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterActivities`` (gameCenterDetails_gameCenterActivities_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenteractivities
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_activities_get_to_many_relationship",
            locals(),
        )

    def list_game_center_activities_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailGameCenterActivitiesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterActivities`` (gameCenterDetails_gameCenterActivities_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenteractivities
        """
        return self._call(
            "game_center_details.game_center_details_game_center_activities_get_to_many_relationship",
            locals(),
        )

    def list_game_center_app_versions(
        self,
        id: str,
        /,
        *,
        filter_enabled: str | Sequence[str] | None = None,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_compatibility_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterAppVersion]:
        """Every GameCenterAppVersion across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/gameCenterAppVersions`` (gameCenterDetails_gameCenterAppVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterappversions
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_app_versions_get_to_many_related", locals()
        )

    def list_game_center_app_versions_page(
        self,
        id: str,
        /,
        *,
        filter_enabled: str | Sequence[str] | None = None,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_compatibility_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAppVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/gameCenterAppVersions`` (gameCenterDetails_gameCenterAppVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterappversions
        """
        return self._call(
            "game_center_details.game_center_details_game_center_app_versions_get_to_many_related", locals()
        )

    def list_game_center_app_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterDetailGameCenterAppVersionsLinkagesResponseDataItem]:
        """Every GameCenterDetailGameCenterAppVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterAppVersions`` (gameCenterDetails_gameCenterAppVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterappversions
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_app_versions_get_to_many_relationship",
            locals(),
        )

    def list_game_center_app_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailGameCenterAppVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterAppVersions`` (gameCenterDetails_gameCenterAppVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterappversions
        """
        return self._call(
            "game_center_details.game_center_details_game_center_app_versions_get_to_many_relationship",
            locals(),
        )

    def list_game_center_challenges(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_archived: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterChallenge]:
        """Every GameCenterChallenge across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/gameCenterChallenges`` (gameCenterDetails_gameCenterChallenges_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterchallenges
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_challenges_get_to_many_related", locals()
        )

    def list_game_center_challenges_page(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_archived: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterChallengesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/gameCenterChallenges`` (gameCenterDetails_gameCenterChallenges_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterchallenges
        """
        return self._call(
            "game_center_details.game_center_details_game_center_challenges_get_to_many_related", locals()
        )

    def list_game_center_challenges_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterDetailGameCenterChallengesLinkagesResponseDataItem]:
        """Every GameCenterDetailGameCenterChallengesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterChallenges`` (gameCenterDetails_gameCenterChallenges_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterchallenges
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_challenges_get_to_many_relationship",
            locals(),
        )

    def list_game_center_challenges_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailGameCenterChallengesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterChallenges`` (gameCenterDetails_gameCenterChallenges_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterchallenges
        """
        return self._call(
            "game_center_details.game_center_details_game_center_challenges_get_to_many_relationship",
            locals(),
        )

    def list_game_center_leaderboard_sets(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_releases: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_releases: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterLeaderboardSet]:
        """Every GameCenterLeaderboardSet across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardSets`` (gameCenterDetails_gameCenterLeaderboardSets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsets
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_leaderboard_sets_get_to_many_related",
            locals(),
        )

    def list_game_center_leaderboard_sets_page(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_releases: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardSets`` (gameCenterDetails_gameCenterLeaderboardSets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsets
        """
        return self._call(
            "game_center_details.game_center_details_game_center_leaderboard_sets_get_to_many_related",
            locals(),
        )

    def list_game_center_leaderboard_sets_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterDetailGameCenterLeaderboardSetsLinkagesResponseDataItem]:
        """Every GameCenterDetailGameCenterLeaderboardSetsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSets`` (gameCenterDetails_gameCenterLeaderboardSets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsets
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_leaderboard_sets_get_to_many_relationship",
            locals(),
        )

    def list_game_center_leaderboard_sets_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailGameCenterLeaderboardSetsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSets`` (gameCenterDetails_gameCenterLeaderboardSets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsets
        """
        return self._call(
            "game_center_details.game_center_details_game_center_leaderboard_sets_get_to_many_relationship",
            locals(),
        )

    def list_game_center_leaderboard_sets_v2(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterLeaderboardSetV2]:
        """Every GameCenterLeaderboardSetV2 across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardSetsV2`` (gameCenterDetails_gameCenterLeaderboardSetsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsetsv2
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_leaderboard_sets_v2_get_to_many_related",
            locals(),
        )

    def list_game_center_leaderboard_sets_v2_page(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardSetsV2`` (gameCenterDetails_gameCenterLeaderboardSetsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsetsv2
        """
        return self._call(
            "game_center_details.game_center_details_game_center_leaderboard_sets_v2_get_to_many_related",
            locals(),
        )

    def list_game_center_leaderboard_sets_v2_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterDetailGameCenterLeaderboardSetsV2LinkagesResponseDataItem]:
        """Every GameCenterDetailGameCenterLeaderboardSetsV2LinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSetsV2`` (gameCenterDetails_gameCenterLeaderboardSetsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsetsv2
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_leaderboard_sets_v2_get_to_many_relationship",
            locals(),
        )

    def list_game_center_leaderboard_sets_v2_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailGameCenterLeaderboardSetsV2LinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSetsV2`` (gameCenterDetails_gameCenterLeaderboardSetsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsetsv2
        """
        return self._call(
            "game_center_details.game_center_details_game_center_leaderboard_sets_v2_get_to_many_relationship",
            locals(),
        )

    def list_game_center_leaderboards(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_archived: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterLeaderboard]:
        """Every GameCenterLeaderboard across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/gameCenterLeaderboards`` (gameCenterDetails_gameCenterLeaderboards_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboards
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_leaderboards_get_to_many_related", locals()
        )

    def list_game_center_leaderboards_page(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_archived: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/gameCenterLeaderboards`` (gameCenterDetails_gameCenterLeaderboards_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboards
        """
        return self._call(
            "game_center_details.game_center_details_game_center_leaderboards_get_to_many_related", locals()
        )

    def list_game_center_leaderboards_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterDetailGameCenterLeaderboardsLinkagesResponseDataItem]:
        """Every GameCenterDetailGameCenterLeaderboardsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboards`` (gameCenterDetails_gameCenterLeaderboards_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboards
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_leaderboards_get_to_many_relationship",
            locals(),
        )

    def list_game_center_leaderboards_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailGameCenterLeaderboardsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboards`` (gameCenterDetails_gameCenterLeaderboards_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboards
        """
        return self._call(
            "game_center_details.game_center_details_game_center_leaderboards_get_to_many_relationship",
            locals(),
        )

    def list_game_center_leaderboards_v2(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_archived: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterLeaderboardV2]:
        """Every GameCenterLeaderboardV2 across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardsV2`` (gameCenterDetails_gameCenterLeaderboardsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsv2
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_leaderboards_v2_get_to_many_related",
            locals(),
        )

    def list_game_center_leaderboards_v2_page(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_archived: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardsV2`` (gameCenterDetails_gameCenterLeaderboardsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsv2
        """
        return self._call(
            "game_center_details.game_center_details_game_center_leaderboards_v2_get_to_many_related",
            locals(),
        )

    def list_game_center_leaderboards_v2_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterDetailGameCenterLeaderboardsV2LinkagesResponseDataItem]:
        """Every GameCenterDetailGameCenterLeaderboardsV2LinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardsV2`` (gameCenterDetails_gameCenterLeaderboardsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsv2
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_leaderboards_v2_get_to_many_relationship",
            locals(),
        )

    def list_game_center_leaderboards_v2_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailGameCenterLeaderboardsV2LinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardsV2`` (gameCenterDetails_gameCenterLeaderboardsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsv2
        """
        return self._call(
            "game_center_details.game_center_details_game_center_leaderboards_v2_get_to_many_relationship",
            locals(),
        )

    def list_leaderboard_releases(
        self,
        id: str,
        /,
        *,
        filter_live: str | Sequence[str] | None = None,
        filter_game_center_leaderboard: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterLeaderboardRelease]:
        """Every GameCenterLeaderboardRelease across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/leaderboardReleases`` (gameCenterDetails_leaderboardReleases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-leaderboardreleases
        """
        return self._paginate(
            "game_center_details.game_center_details_leaderboard_releases_get_to_many_related", locals()
        )

    def list_leaderboard_releases_page(
        self,
        id: str,
        /,
        *,
        filter_live: str | Sequence[str] | None = None,
        filter_game_center_leaderboard: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardReleasesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/leaderboardReleases`` (gameCenterDetails_leaderboardReleases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-leaderboardreleases
        """
        return self._call(
            "game_center_details.game_center_details_leaderboard_releases_get_to_many_related", locals()
        )

    def list_leaderboard_releases_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterDetailLeaderboardReleasesLinkagesResponseDataItem]:
        """Every GameCenterDetailLeaderboardReleasesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/leaderboardReleases`` (gameCenterDetails_leaderboardReleases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-leaderboardreleases
        """
        return self._paginate(
            "game_center_details.game_center_details_leaderboard_releases_get_to_many_relationship", locals()
        )

    def list_leaderboard_releases_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailLeaderboardReleasesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/leaderboardReleases`` (gameCenterDetails_leaderboardReleases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-leaderboardreleases
        """
        return self._call(
            "game_center_details.game_center_details_leaderboard_releases_get_to_many_relationship", locals()
        )

    def list_leaderboard_set_releases(
        self,
        id: str,
        /,
        *,
        filter_live: str | Sequence[str] | None = None,
        filter_game_center_leaderboard_set: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterLeaderboardSetRelease]:
        """Every GameCenterLeaderboardSetRelease across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/leaderboardSetReleases`` (gameCenterDetails_leaderboardSetReleases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-leaderboardsetreleases
        """
        return self._paginate(
            "game_center_details.game_center_details_leaderboard_set_releases_get_to_many_related", locals()
        )

    def list_leaderboard_set_releases_page(
        self,
        id: str,
        /,
        *,
        filter_live: str | Sequence[str] | None = None,
        filter_game_center_leaderboard_set: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetReleasesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/leaderboardSetReleases`` (gameCenterDetails_leaderboardSetReleases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-leaderboardsetreleases
        """
        return self._call(
            "game_center_details.game_center_details_leaderboard_set_releases_get_to_many_related", locals()
        )

    def list_leaderboard_set_releases_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterDetailLeaderboardSetReleasesLinkagesResponseDataItem]:
        """Every GameCenterDetailLeaderboardSetReleasesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/leaderboardSetReleases`` (gameCenterDetails_leaderboardSetReleases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-leaderboardsetreleases
        """
        return self._paginate(
            "game_center_details.game_center_details_leaderboard_set_releases_get_to_many_relationship",
            locals(),
        )

    def list_leaderboard_set_releases_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailLeaderboardSetReleasesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/leaderboardSetReleases`` (gameCenterDetails_leaderboardSetReleases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-leaderboardsetreleases
        """
        return self._call(
            "game_center_details.game_center_details_leaderboard_set_releases_get_to_many_relationship",
            locals(),
        )

    def replace_challenges_minimum_platform_versions(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/gameCenterDetails/{id}/relationships/challengesMinimumPlatformVersions`` (gameCenterDetails_challengesMinimumPlatformVersions_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-challengesminimumplatformversions
        """
        return self._link_many(
            "game_center_details.game_center_details_challenges_minimum_platform_versions_replace_to_many_relationship",
            locals(),
            "appStoreVersions",
        )

    def replace_game_center_achievements(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/gameCenterDetails/{id}/relationships/gameCenterAchievements`` (gameCenterDetails_gameCenterAchievements_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-gamecenterachievements
        """
        return self._link_many(
            "game_center_details.game_center_details_game_center_achievements_replace_to_many_relationship",
            locals(),
            "gameCenterAchievements",
        )

    def replace_game_center_achievements_v2(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/gameCenterDetails/{id}/relationships/gameCenterAchievementsV2`` (gameCenterDetails_gameCenterAchievementsV2_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-gamecenterachievementsv2
        """
        return self._link_many(
            "game_center_details.game_center_details_game_center_achievements_v2_replace_to_many_relationship",
            locals(),
            "gameCenterAchievements",
        )

    def replace_game_center_leaderboard_sets(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSets`` (gameCenterDetails_gameCenterLeaderboardSets_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsets
        """
        return self._link_many(
            "game_center_details.game_center_details_game_center_leaderboard_sets_replace_to_many_relationship",
            locals(),
            "gameCenterLeaderboardSets",
        )

    def replace_game_center_leaderboard_sets_v2(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSetsV2`` (gameCenterDetails_gameCenterLeaderboardSetsV2_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsetsv2
        """
        return self._link_many(
            "game_center_details.game_center_details_game_center_leaderboard_sets_v2_replace_to_many_relationship",
            locals(),
            "gameCenterLeaderboardSets",
        )

    def replace_game_center_leaderboards(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboards`` (gameCenterDetails_gameCenterLeaderboards_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboards
        """
        return self._link_many(
            "game_center_details.game_center_details_game_center_leaderboards_replace_to_many_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    def replace_game_center_leaderboards_v2(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardsV2`` (gameCenterDetails_gameCenterLeaderboardsV2_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsv2
        """
        return self._link_many(
            "game_center_details.game_center_details_game_center_leaderboards_v2_replace_to_many_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterDetailUpdateRequest | Mapping[str, Any] | None = None,
        *,
        challenge_enabled: bool | None | Unset = UNSET,
        game_center_group: str | None | Unset = UNSET,
        default_leaderboard: str | None | Unset = UNSET,
        default_leaderboard_v2: str | None | Unset = UNSET,
        default_group_leaderboard: str | None | Unset = UNSET,
        default_group_leaderboard_v2: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterDetailResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterDetails/{id}`` (gameCenterDetails_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_
        """
        return self._write("game_center_details.game_center_details_update_instance", locals(), _UPDATE_BODY)


class AsyncGameCenterDetails(AsyncResource):
    """`asc.game_center_details` (async)."""

    async def create(
        self,
        /,
        body: GameCenterDetailCreateRequest | Mapping[str, Any] | None = None,
        *,
        challenge_enabled: bool | None | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterDetailResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterDetails`` (gameCenterDetails_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterdetails
        """
        return await self._write(
            "game_center_details.game_center_details_create_instance", locals(), _CREATE_BODY
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_achievement_releases: str | Sequence[str] | None = None,
        fields_game_center_activity_version_releases: str | Sequence[str] | None = None,
        fields_game_center_challenge_version_releases: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_releases: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_achievement_releases: int | None = None,
        limit_activity_releases: int | None = None,
        limit_challenge_releases: int | None = None,
        limit_challenges_minimum_platform_versions: int | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_app_versions: int | None = None,
        limit_game_center_challenges: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        limit_leaderboard_releases: int | None = None,
        limit_leaderboard_set_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailResponse:
        """One request.

        ``GET /v1/gameCenterDetails/{id}`` (gameCenterDetails_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_
        """
        return await self._call("game_center_details.game_center_details_get_instance", locals())

    async def get_classic_matchmaking_requests_metrics(
        self,
        id: str,
        /,
        *,
        granularity: str,
        group_by: str | Sequence[str] | None = None,
        filter_result: str | None = None,
        sort: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingAppRequestsV1MetricResponse:
        """One request.

        ``GET /v1/gameCenterDetails/{id}/metrics/classicMatchmakingRequests`` (gameCenterDetails_classicMatchmakingRequests_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-metrics-classicmatchmakingrequests
        """
        return await self._call(
            "game_center_details.game_center_details_classic_matchmaking_requests_get_metrics", locals()
        )

    async def get_game_center_group(
        self,
        id: str,
        /,
        *,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_details: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_challenges: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterGroupResponse:
        """One request.

        ``GET /v1/gameCenterDetails/{id}/gameCenterGroup`` (gameCenterDetails_gameCenterGroup_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecentergroup
        """
        return await self._call(
            "game_center_details.game_center_details_game_center_group_get_to_one_related", locals()
        )

    async def get_game_center_group_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterDetailGameCenterGroupLinkageResponse:
        """One request.

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterGroup`` (gameCenterDetails_gameCenterGroup_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecentergroup
        """
        return await self._call(
            "game_center_details.game_center_details_game_center_group_get_to_one_relationship", locals()
        )

    async def get_rule_based_matchmaking_requests_metrics(
        self,
        id: str,
        /,
        *,
        granularity: str,
        group_by: str | Sequence[str] | None = None,
        filter_result: str | None = None,
        sort: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingAppRequestsV1MetricResponse:
        """One request.

        ``GET /v1/gameCenterDetails/{id}/metrics/ruleBasedMatchmakingRequests`` (gameCenterDetails_ruleBasedMatchmakingRequests_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-metrics-rulebasedmatchmakingrequests
        """
        return await self._call(
            "game_center_details.game_center_details_rule_based_matchmaking_requests_get_metrics", locals()
        )

    def list_achievement_releases(
        self,
        id: str,
        /,
        *,
        filter_live: str | Sequence[str] | None = None,
        filter_game_center_achievement: str | Sequence[str] | None = None,
        fields_game_center_achievement_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterAchievementRelease]:
        """Every GameCenterAchievementRelease across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/achievementReleases`` (gameCenterDetails_achievementReleases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-achievementreleases
        """
        return self._paginate(
            "game_center_details.game_center_details_achievement_releases_get_to_many_related", locals()
        )

    async def list_achievement_releases_page(
        self,
        id: str,
        /,
        *,
        filter_live: str | Sequence[str] | None = None,
        filter_game_center_achievement: str | Sequence[str] | None = None,
        fields_game_center_achievement_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementReleasesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/achievementReleases`` (gameCenterDetails_achievementReleases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-achievementreleases
        """
        return await self._call(
            "game_center_details.game_center_details_achievement_releases_get_to_many_related", locals()
        )

    def list_achievement_releases_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterDetailAchievementReleasesLinkagesResponseDataItem]:
        """Every GameCenterDetailAchievementReleasesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/achievementReleases`` (gameCenterDetails_achievementReleases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-achievementreleases
        """
        return self._paginate(
            "game_center_details.game_center_details_achievement_releases_get_to_many_relationship", locals()
        )

    async def list_achievement_releases_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailAchievementReleasesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/achievementReleases`` (gameCenterDetails_achievementReleases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-achievementreleases
        """
        return await self._call(
            "game_center_details.game_center_details_achievement_releases_get_to_many_relationship", locals()
        )

    def list_activity_releases(
        self,
        id: str,
        /,
        *,
        fields_game_center_activity_version_releases: str | Sequence[str] | None = None,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterActivityVersionRelease]:
        """Every GameCenterActivityVersionRelease across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/activityReleases`` (gameCenterDetails_activityReleases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-activityreleases
        """
        return self._paginate(
            "game_center_details.game_center_details_activity_releases_get_to_many_related", locals()
        )

    async def list_activity_releases_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_activity_version_releases: str | Sequence[str] | None = None,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivityVersionReleasesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/activityReleases`` (gameCenterDetails_activityReleases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-activityreleases
        """
        return await self._call(
            "game_center_details.game_center_details_activity_releases_get_to_many_related", locals()
        )

    def list_activity_releases_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterDetailActivityReleasesLinkagesResponseDataItem]:
        """Every GameCenterDetailActivityReleasesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/activityReleases`` (gameCenterDetails_activityReleases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-activityreleases
        """
        return self._paginate(
            "game_center_details.game_center_details_activity_releases_get_to_many_relationship", locals()
        )

    async def list_activity_releases_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailActivityReleasesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/activityReleases`` (gameCenterDetails_activityReleases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-activityreleases
        """
        return await self._call(
            "game_center_details.game_center_details_activity_releases_get_to_many_relationship", locals()
        )

    def list_challenge_releases(
        self,
        id: str,
        /,
        *,
        fields_game_center_challenge_version_releases: str | Sequence[str] | None = None,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterChallengeVersionRelease]:
        """Every GameCenterChallengeVersionRelease across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/challengeReleases`` (gameCenterDetails_challengeReleases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-challengereleases
        """
        return self._paginate(
            "game_center_details.game_center_details_challenge_releases_get_to_many_related", locals()
        )

    async def list_challenge_releases_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_challenge_version_releases: str | Sequence[str] | None = None,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterChallengeVersionReleasesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/challengeReleases`` (gameCenterDetails_challengeReleases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-challengereleases
        """
        return await self._call(
            "game_center_details.game_center_details_challenge_releases_get_to_many_related", locals()
        )

    def list_challenge_releases_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterDetailChallengeReleasesLinkagesResponseDataItem]:
        """Every GameCenterDetailChallengeReleasesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/challengeReleases`` (gameCenterDetails_challengeReleases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-challengereleases
        """
        return self._paginate(
            "game_center_details.game_center_details_challenge_releases_get_to_many_relationship", locals()
        )

    async def list_challenge_releases_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailChallengeReleasesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/challengeReleases`` (gameCenterDetails_challengeReleases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-challengereleases
        """
        return await self._call(
            "game_center_details.game_center_details_challenge_releases_get_to_many_relationship", locals()
        )

    def list_game_center_achievements(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_archived: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_achievement_localizations: str | Sequence[str] | None = None,
        fields_game_center_achievement_releases: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterAchievement]:
        """Every GameCenterAchievement across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/gameCenterAchievements`` (gameCenterDetails_gameCenterAchievements_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterachievements
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_achievements_get_to_many_related", locals()
        )

    async def list_game_center_achievements_page(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_archived: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_achievement_localizations: str | Sequence[str] | None = None,
        fields_game_center_achievement_releases: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/gameCenterAchievements`` (gameCenterDetails_gameCenterAchievements_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterachievements
        """
        return await self._call(
            "game_center_details.game_center_details_game_center_achievements_get_to_many_related", locals()
        )

    def list_game_center_achievements_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterDetailGameCenterAchievementsLinkagesResponseDataItem]:
        """Every GameCenterDetailGameCenterAchievementsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterAchievements`` (gameCenterDetails_gameCenterAchievements_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterachievements
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_achievements_get_to_many_relationship",
            locals(),
        )

    async def list_game_center_achievements_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailGameCenterAchievementsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterAchievements`` (gameCenterDetails_gameCenterAchievements_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterachievements
        """
        return await self._call(
            "game_center_details.game_center_details_game_center_achievements_get_to_many_relationship",
            locals(),
        )

    def list_game_center_achievements_v2(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_archived: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_achievement_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterAchievementV2]:
        """Every GameCenterAchievementV2 across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/gameCenterAchievementsV2`` (gameCenterDetails_gameCenterAchievementsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterachievementsv2
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_achievements_v2_get_to_many_related",
            locals(),
        )

    async def list_game_center_achievements_v2_page(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_archived: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_achievement_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/gameCenterAchievementsV2`` (gameCenterDetails_gameCenterAchievementsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterachievementsv2
        """
        return await self._call(
            "game_center_details.game_center_details_game_center_achievements_v2_get_to_many_related",
            locals(),
        )

    def list_game_center_achievements_v2_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterDetailGameCenterAchievementsV2LinkagesResponseDataItem]:
        """Every GameCenterDetailGameCenterAchievementsV2LinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterAchievementsV2`` (gameCenterDetails_gameCenterAchievementsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterachievementsv2
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_achievements_v2_get_to_many_relationship",
            locals(),
        )

    async def list_game_center_achievements_v2_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailGameCenterAchievementsV2LinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterAchievementsV2`` (gameCenterDetails_gameCenterAchievementsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterachievementsv2
        """
        return await self._call(
            "game_center_details.game_center_details_game_center_achievements_v2_get_to_many_relationship",
            locals(),
        )

    def list_game_center_activities(
        self,
        id: str,
        /,
        *,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_achievements: int | None = None,
        limit_achievements_v2: int | None = None,
        limit_leaderboards: int | None = None,
        limit_leaderboards_v2: int | None = None,
        limit_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterActivity]:
        """Every GameCenterActivity across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/gameCenterActivities`` (gameCenterDetails_gameCenterActivities_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenteractivities
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_activities_get_to_many_related", locals()
        )

    async def list_game_center_activities_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_achievements: int | None = None,
        limit_achievements_v2: int | None = None,
        limit_leaderboards: int | None = None,
        limit_leaderboards_v2: int | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivitiesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/gameCenterActivities`` (gameCenterDetails_gameCenterActivities_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenteractivities
        """
        return await self._call(
            "game_center_details.game_center_details_game_center_activities_get_to_many_related", locals()
        )

    def list_game_center_activities_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterDetailGameCenterActivitiesLinkagesResponseDataItem]:
        """Every GameCenterDetailGameCenterActivitiesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterActivities`` (gameCenterDetails_gameCenterActivities_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenteractivities
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_activities_get_to_many_relationship",
            locals(),
        )

    async def list_game_center_activities_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailGameCenterActivitiesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterActivities`` (gameCenterDetails_gameCenterActivities_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenteractivities
        """
        return await self._call(
            "game_center_details.game_center_details_game_center_activities_get_to_many_relationship",
            locals(),
        )

    def list_game_center_app_versions(
        self,
        id: str,
        /,
        *,
        filter_enabled: str | Sequence[str] | None = None,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_compatibility_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterAppVersion]:
        """Every GameCenterAppVersion across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/gameCenterAppVersions`` (gameCenterDetails_gameCenterAppVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterappversions
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_app_versions_get_to_many_related", locals()
        )

    async def list_game_center_app_versions_page(
        self,
        id: str,
        /,
        *,
        filter_enabled: str | Sequence[str] | None = None,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_compatibility_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAppVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/gameCenterAppVersions`` (gameCenterDetails_gameCenterAppVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterappversions
        """
        return await self._call(
            "game_center_details.game_center_details_game_center_app_versions_get_to_many_related", locals()
        )

    def list_game_center_app_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterDetailGameCenterAppVersionsLinkagesResponseDataItem]:
        """Every GameCenterDetailGameCenterAppVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterAppVersions`` (gameCenterDetails_gameCenterAppVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterappversions
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_app_versions_get_to_many_relationship",
            locals(),
        )

    async def list_game_center_app_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailGameCenterAppVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterAppVersions`` (gameCenterDetails_gameCenterAppVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterappversions
        """
        return await self._call(
            "game_center_details.game_center_details_game_center_app_versions_get_to_many_relationship",
            locals(),
        )

    def list_game_center_challenges(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_archived: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterChallenge]:
        """Every GameCenterChallenge across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/gameCenterChallenges`` (gameCenterDetails_gameCenterChallenges_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterchallenges
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_challenges_get_to_many_related", locals()
        )

    async def list_game_center_challenges_page(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_archived: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterChallengesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/gameCenterChallenges`` (gameCenterDetails_gameCenterChallenges_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterchallenges
        """
        return await self._call(
            "game_center_details.game_center_details_game_center_challenges_get_to_many_related", locals()
        )

    def list_game_center_challenges_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterDetailGameCenterChallengesLinkagesResponseDataItem]:
        """Every GameCenterDetailGameCenterChallengesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterChallenges`` (gameCenterDetails_gameCenterChallenges_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterchallenges
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_challenges_get_to_many_relationship",
            locals(),
        )

    async def list_game_center_challenges_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailGameCenterChallengesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterChallenges`` (gameCenterDetails_gameCenterChallenges_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterchallenges
        """
        return await self._call(
            "game_center_details.game_center_details_game_center_challenges_get_to_many_relationship",
            locals(),
        )

    def list_game_center_leaderboard_sets(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_releases: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_releases: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterLeaderboardSet]:
        """Every GameCenterLeaderboardSet across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardSets`` (gameCenterDetails_gameCenterLeaderboardSets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsets
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_leaderboard_sets_get_to_many_related",
            locals(),
        )

    async def list_game_center_leaderboard_sets_page(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_releases: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardSets`` (gameCenterDetails_gameCenterLeaderboardSets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsets
        """
        return await self._call(
            "game_center_details.game_center_details_game_center_leaderboard_sets_get_to_many_related",
            locals(),
        )

    def list_game_center_leaderboard_sets_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterDetailGameCenterLeaderboardSetsLinkagesResponseDataItem]:
        """Every GameCenterDetailGameCenterLeaderboardSetsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSets`` (gameCenterDetails_gameCenterLeaderboardSets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsets
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_leaderboard_sets_get_to_many_relationship",
            locals(),
        )

    async def list_game_center_leaderboard_sets_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailGameCenterLeaderboardSetsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSets`` (gameCenterDetails_gameCenterLeaderboardSets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsets
        """
        return await self._call(
            "game_center_details.game_center_details_game_center_leaderboard_sets_get_to_many_relationship",
            locals(),
        )

    def list_game_center_leaderboard_sets_v2(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterLeaderboardSetV2]:
        """Every GameCenterLeaderboardSetV2 across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardSetsV2`` (gameCenterDetails_gameCenterLeaderboardSetsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsetsv2
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_leaderboard_sets_v2_get_to_many_related",
            locals(),
        )

    async def list_game_center_leaderboard_sets_v2_page(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardSetsV2`` (gameCenterDetails_gameCenterLeaderboardSetsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsetsv2
        """
        return await self._call(
            "game_center_details.game_center_details_game_center_leaderboard_sets_v2_get_to_many_related",
            locals(),
        )

    def list_game_center_leaderboard_sets_v2_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterDetailGameCenterLeaderboardSetsV2LinkagesResponseDataItem]:
        """Every GameCenterDetailGameCenterLeaderboardSetsV2LinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSetsV2`` (gameCenterDetails_gameCenterLeaderboardSetsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsetsv2
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_leaderboard_sets_v2_get_to_many_relationship",
            locals(),
        )

    async def list_game_center_leaderboard_sets_v2_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailGameCenterLeaderboardSetsV2LinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSetsV2`` (gameCenterDetails_gameCenterLeaderboardSetsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsetsv2
        """
        return await self._call(
            "game_center_details.game_center_details_game_center_leaderboard_sets_v2_get_to_many_relationship",
            locals(),
        )

    def list_game_center_leaderboards(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_archived: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterLeaderboard]:
        """Every GameCenterLeaderboard across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/gameCenterLeaderboards`` (gameCenterDetails_gameCenterLeaderboards_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboards
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_leaderboards_get_to_many_related", locals()
        )

    async def list_game_center_leaderboards_page(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_archived: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/gameCenterLeaderboards`` (gameCenterDetails_gameCenterLeaderboards_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboards
        """
        return await self._call(
            "game_center_details.game_center_details_game_center_leaderboards_get_to_many_related", locals()
        )

    def list_game_center_leaderboards_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterDetailGameCenterLeaderboardsLinkagesResponseDataItem]:
        """Every GameCenterDetailGameCenterLeaderboardsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboards`` (gameCenterDetails_gameCenterLeaderboards_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboards
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_leaderboards_get_to_many_relationship",
            locals(),
        )

    async def list_game_center_leaderboards_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailGameCenterLeaderboardsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboards`` (gameCenterDetails_gameCenterLeaderboards_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboards
        """
        return await self._call(
            "game_center_details.game_center_details_game_center_leaderboards_get_to_many_relationship",
            locals(),
        )

    def list_game_center_leaderboards_v2(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_archived: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterLeaderboardV2]:
        """Every GameCenterLeaderboardV2 across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardsV2`` (gameCenterDetails_gameCenterLeaderboardsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsv2
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_leaderboards_v2_get_to_many_related",
            locals(),
        )

    async def list_game_center_leaderboards_v2_page(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_archived: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardsV2`` (gameCenterDetails_gameCenterLeaderboardsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsv2
        """
        return await self._call(
            "game_center_details.game_center_details_game_center_leaderboards_v2_get_to_many_related",
            locals(),
        )

    def list_game_center_leaderboards_v2_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterDetailGameCenterLeaderboardsV2LinkagesResponseDataItem]:
        """Every GameCenterDetailGameCenterLeaderboardsV2LinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardsV2`` (gameCenterDetails_gameCenterLeaderboardsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsv2
        """
        return self._paginate(
            "game_center_details.game_center_details_game_center_leaderboards_v2_get_to_many_relationship",
            locals(),
        )

    async def list_game_center_leaderboards_v2_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailGameCenterLeaderboardsV2LinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardsV2`` (gameCenterDetails_gameCenterLeaderboardsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsv2
        """
        return await self._call(
            "game_center_details.game_center_details_game_center_leaderboards_v2_get_to_many_relationship",
            locals(),
        )

    def list_leaderboard_releases(
        self,
        id: str,
        /,
        *,
        filter_live: str | Sequence[str] | None = None,
        filter_game_center_leaderboard: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterLeaderboardRelease]:
        """Every GameCenterLeaderboardRelease across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/leaderboardReleases`` (gameCenterDetails_leaderboardReleases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-leaderboardreleases
        """
        return self._paginate(
            "game_center_details.game_center_details_leaderboard_releases_get_to_many_related", locals()
        )

    async def list_leaderboard_releases_page(
        self,
        id: str,
        /,
        *,
        filter_live: str | Sequence[str] | None = None,
        filter_game_center_leaderboard: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardReleasesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/leaderboardReleases`` (gameCenterDetails_leaderboardReleases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-leaderboardreleases
        """
        return await self._call(
            "game_center_details.game_center_details_leaderboard_releases_get_to_many_related", locals()
        )

    def list_leaderboard_releases_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterDetailLeaderboardReleasesLinkagesResponseDataItem]:
        """Every GameCenterDetailLeaderboardReleasesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/leaderboardReleases`` (gameCenterDetails_leaderboardReleases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-leaderboardreleases
        """
        return self._paginate(
            "game_center_details.game_center_details_leaderboard_releases_get_to_many_relationship", locals()
        )

    async def list_leaderboard_releases_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailLeaderboardReleasesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/leaderboardReleases`` (gameCenterDetails_leaderboardReleases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-leaderboardreleases
        """
        return await self._call(
            "game_center_details.game_center_details_leaderboard_releases_get_to_many_relationship", locals()
        )

    def list_leaderboard_set_releases(
        self,
        id: str,
        /,
        *,
        filter_live: str | Sequence[str] | None = None,
        filter_game_center_leaderboard_set: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterLeaderboardSetRelease]:
        """Every GameCenterLeaderboardSetRelease across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/leaderboardSetReleases`` (gameCenterDetails_leaderboardSetReleases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-leaderboardsetreleases
        """
        return self._paginate(
            "game_center_details.game_center_details_leaderboard_set_releases_get_to_many_related", locals()
        )

    async def list_leaderboard_set_releases_page(
        self,
        id: str,
        /,
        *,
        filter_live: str | Sequence[str] | None = None,
        filter_game_center_leaderboard_set: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetReleasesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/leaderboardSetReleases`` (gameCenterDetails_leaderboardSetReleases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-leaderboardsetreleases
        """
        return await self._call(
            "game_center_details.game_center_details_leaderboard_set_releases_get_to_many_related", locals()
        )

    def list_leaderboard_set_releases_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterDetailLeaderboardSetReleasesLinkagesResponseDataItem]:
        """Every GameCenterDetailLeaderboardSetReleasesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterDetails/{id}/relationships/leaderboardSetReleases`` (gameCenterDetails_leaderboardSetReleases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-leaderboardsetreleases
        """
        return self._paginate(
            "game_center_details.game_center_details_leaderboard_set_releases_get_to_many_relationship",
            locals(),
        )

    async def list_leaderboard_set_releases_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailLeaderboardSetReleasesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterDetails/{id}/relationships/leaderboardSetReleases`` (gameCenterDetails_leaderboardSetReleases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-leaderboardsetreleases
        """
        return await self._call(
            "game_center_details.game_center_details_leaderboard_set_releases_get_to_many_relationship",
            locals(),
        )

    async def replace_challenges_minimum_platform_versions(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/gameCenterDetails/{id}/relationships/challengesMinimumPlatformVersions`` (gameCenterDetails_challengesMinimumPlatformVersions_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-challengesminimumplatformversions
        """
        return await self._link_many(
            "game_center_details.game_center_details_challenges_minimum_platform_versions_replace_to_many_relationship",
            locals(),
            "appStoreVersions",
        )

    async def replace_game_center_achievements(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/gameCenterDetails/{id}/relationships/gameCenterAchievements`` (gameCenterDetails_gameCenterAchievements_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-gamecenterachievements
        """
        return await self._link_many(
            "game_center_details.game_center_details_game_center_achievements_replace_to_many_relationship",
            locals(),
            "gameCenterAchievements",
        )

    async def replace_game_center_achievements_v2(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/gameCenterDetails/{id}/relationships/gameCenterAchievementsV2`` (gameCenterDetails_gameCenterAchievementsV2_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-gamecenterachievementsv2
        """
        return await self._link_many(
            "game_center_details.game_center_details_game_center_achievements_v2_replace_to_many_relationship",
            locals(),
            "gameCenterAchievements",
        )

    async def replace_game_center_leaderboard_sets(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSets`` (gameCenterDetails_gameCenterLeaderboardSets_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsets
        """
        return await self._link_many(
            "game_center_details.game_center_details_game_center_leaderboard_sets_replace_to_many_relationship",
            locals(),
            "gameCenterLeaderboardSets",
        )

    async def replace_game_center_leaderboard_sets_v2(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSetsV2`` (gameCenterDetails_gameCenterLeaderboardSetsV2_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsetsv2
        """
        return await self._link_many(
            "game_center_details.game_center_details_game_center_leaderboard_sets_v2_replace_to_many_relationship",
            locals(),
            "gameCenterLeaderboardSets",
        )

    async def replace_game_center_leaderboards(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboards`` (gameCenterDetails_gameCenterLeaderboards_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboards
        """
        return await self._link_many(
            "game_center_details.game_center_details_game_center_leaderboards_replace_to_many_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    async def replace_game_center_leaderboards_v2(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardsV2`` (gameCenterDetails_gameCenterLeaderboardsV2_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsv2
        """
        return await self._link_many(
            "game_center_details.game_center_details_game_center_leaderboards_v2_replace_to_many_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterDetailUpdateRequest | Mapping[str, Any] | None = None,
        *,
        challenge_enabled: bool | None | Unset = UNSET,
        game_center_group: str | None | Unset = UNSET,
        default_leaderboard: str | None | Unset = UNSET,
        default_leaderboard_v2: str | None | Unset = UNSET,
        default_group_leaderboard: str | None | Unset = UNSET,
        default_group_leaderboard_v2: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterDetailResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterDetails/{id}`` (gameCenterDetails_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_
        """
        return await self._write(
            "game_center_details.game_center_details_update_instance", locals(), _UPDATE_BODY
        )
