"""`asc.game_center_groups`: the operations on game_center_groups (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.game_center_achievement import GameCenterAchievement
    from ..models.game_center_achievement_v2 import GameCenterAchievementV2
    from ..models.game_center_achievements_response import GameCenterAchievementsResponse
    from ..models.game_center_achievements_v2_response import GameCenterAchievementsV2Response
    from ..models.game_center_activities_response import GameCenterActivitiesResponse
    from ..models.game_center_activity import GameCenterActivity
    from ..models.game_center_challenge import GameCenterChallenge
    from ..models.game_center_challenges_response import GameCenterChallengesResponse
    from ..models.game_center_detail import GameCenterDetail
    from ..models.game_center_details_response import GameCenterDetailsResponse
    from ..models.game_center_group import GameCenterGroup
    from ..models.game_center_group_create_request import GameCenterGroupCreateRequest
    from ..models.game_center_group_game_center_achievements_linkages_response import (
        GameCenterGroupGameCenterAchievementsLinkagesResponse,
    )
    from ..models.game_center_group_game_center_achievements_linkages_response_data_item import (
        GameCenterGroupGameCenterAchievementsLinkagesResponseDataItem,
    )
    from ..models.game_center_group_game_center_achievements_v2_linkages_response import (
        GameCenterGroupGameCenterAchievementsV2LinkagesResponse,
    )
    from ..models.game_center_group_game_center_achievements_v2_linkages_response_data_item import (
        GameCenterGroupGameCenterAchievementsV2LinkagesResponseDataItem,
    )
    from ..models.game_center_group_game_center_activities_linkages_response import (
        GameCenterGroupGameCenterActivitiesLinkagesResponse,
    )
    from ..models.game_center_group_game_center_activities_linkages_response_data_item import (
        GameCenterGroupGameCenterActivitiesLinkagesResponseDataItem,
    )
    from ..models.game_center_group_game_center_challenges_linkages_response import (
        GameCenterGroupGameCenterChallengesLinkagesResponse,
    )
    from ..models.game_center_group_game_center_challenges_linkages_response_data_item import (
        GameCenterGroupGameCenterChallengesLinkagesResponseDataItem,
    )
    from ..models.game_center_group_game_center_details_linkages_response import (
        GameCenterGroupGameCenterDetailsLinkagesResponse,
    )
    from ..models.game_center_group_game_center_details_linkages_response_data_item import (
        GameCenterGroupGameCenterDetailsLinkagesResponseDataItem,
    )
    from ..models.game_center_group_game_center_leaderboard_sets_linkages_response import (
        GameCenterGroupGameCenterLeaderboardSetsLinkagesResponse,
    )
    from ..models.game_center_group_game_center_leaderboard_sets_linkages_response_data_item import (
        GameCenterGroupGameCenterLeaderboardSetsLinkagesResponseDataItem,
    )
    from ..models.game_center_group_game_center_leaderboard_sets_v2_linkages_response import (
        GameCenterGroupGameCenterLeaderboardSetsV2LinkagesResponse,
    )
    from ..models.game_center_group_game_center_leaderboard_sets_v2_linkages_response_data_item import (
        GameCenterGroupGameCenterLeaderboardSetsV2LinkagesResponseDataItem,
    )
    from ..models.game_center_group_game_center_leaderboards_linkages_response import (
        GameCenterGroupGameCenterLeaderboardsLinkagesResponse,
    )
    from ..models.game_center_group_game_center_leaderboards_linkages_response_data_item import (
        GameCenterGroupGameCenterLeaderboardsLinkagesResponseDataItem,
    )
    from ..models.game_center_group_game_center_leaderboards_v2_linkages_response import (
        GameCenterGroupGameCenterLeaderboardsV2LinkagesResponse,
    )
    from ..models.game_center_group_game_center_leaderboards_v2_linkages_response_data_item import (
        GameCenterGroupGameCenterLeaderboardsV2LinkagesResponseDataItem,
    )
    from ..models.game_center_group_response import GameCenterGroupResponse
    from ..models.game_center_group_update_request import GameCenterGroupUpdateRequest
    from ..models.game_center_groups_response import GameCenterGroupsResponse
    from ..models.game_center_leaderboard import GameCenterLeaderboard
    from ..models.game_center_leaderboard_set import GameCenterLeaderboardSet
    from ..models.game_center_leaderboard_set_v2 import GameCenterLeaderboardSetV2
    from ..models.game_center_leaderboard_sets_response import GameCenterLeaderboardSetsResponse
    from ..models.game_center_leaderboard_sets_v2_response import GameCenterLeaderboardSetsV2Response
    from ..models.game_center_leaderboard_v2 import GameCenterLeaderboardV2
    from ..models.game_center_leaderboards_response import GameCenterLeaderboardsResponse
    from ..models.game_center_leaderboards_v2_response import GameCenterLeaderboardsV2Response

__all__ = ["AsyncGameCenterGroups", "GameCenterGroups"]

_CREATE_BODY = Body("gameCenterGroups", {"reference_name": ("referenceName", "string", False)}, {})
_UPDATE_BODY = Body("gameCenterGroups", {"reference_name": ("referenceName", "string", False)}, {})


class GameCenterGroups(SyncResource):
    """`asc.game_center_groups`."""

    def create(
        self,
        /,
        body: GameCenterGroupCreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterGroupResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterGroups`` (gameCenterGroups_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecentergroups
        """
        return self._write("game_center_groups.game_center_groups_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/gameCenterGroups/{id}`` (gameCenterGroups_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecentergroups-_id_
        """
        return self._call("game_center_groups.game_center_groups_delete_instance", locals())

    def get(
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
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_challenges: int | None = None,
        limit_game_center_details: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterGroupResponse:
        """One request.

        ``GET /v1/gameCenterGroups/{id}`` (gameCenterGroups_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_
        """
        return self._call("game_center_groups.game_center_groups_get_instance", locals())

    def list(
        self,
        *,
        filter_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_challenges: int | None = None,
        limit_game_center_details: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterGroup]:
        """Every GameCenterGroup across pages, with the pagination guards.

        ``GET /v1/gameCenterGroups`` (gameCenterGroups_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups
        """
        return self._paginate("game_center_groups.game_center_groups_get_collection", locals())

    def list_page(
        self,
        *,
        filter_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_challenges: int | None = None,
        limit_game_center_details: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterGroupsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterGroups`` (gameCenterGroups_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups
        """
        return self._call("game_center_groups.game_center_groups_get_collection", locals())

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

        ``GET /v1/gameCenterGroups/{id}/gameCenterAchievements`` (gameCenterGroups_gameCenterAchievements_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterachievements
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_achievements_get_to_many_related", locals()
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterAchievements`` (gameCenterGroups_gameCenterAchievements_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterachievements
        """
        return self._call(
            "game_center_groups.game_center_groups_game_center_achievements_get_to_many_related", locals()
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
    ) -> Paginator[GameCenterGroupGameCenterAchievementsLinkagesResponseDataItem]:
        """Every GameCenterGroupGameCenterAchievementsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterAchievements`` (gameCenterGroups_gameCenterAchievements_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterachievements
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_achievements_get_to_many_relationship",
            locals(),
        )

    def list_game_center_achievements_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterGroupGameCenterAchievementsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterAchievements`` (gameCenterGroups_gameCenterAchievements_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterachievements
        """
        return self._call(
            "game_center_groups.game_center_groups_game_center_achievements_get_to_many_relationship",
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterAchievementsV2`` (gameCenterGroups_gameCenterAchievementsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterachievementsv2
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_achievements_v2_get_to_many_related", locals()
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterAchievementsV2`` (gameCenterGroups_gameCenterAchievementsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterachievementsv2
        """
        return self._call(
            "game_center_groups.game_center_groups_game_center_achievements_v2_get_to_many_related", locals()
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
    ) -> Paginator[GameCenterGroupGameCenterAchievementsV2LinkagesResponseDataItem]:
        """Every GameCenterGroupGameCenterAchievementsV2LinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterAchievementsV2`` (gameCenterGroups_gameCenterAchievementsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterachievementsv2
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_achievements_v2_get_to_many_relationship",
            locals(),
        )

    def list_game_center_achievements_v2_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterGroupGameCenterAchievementsV2LinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterAchievementsV2`` (gameCenterGroups_gameCenterAchievementsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterachievementsv2
        """
        return self._call(
            "game_center_groups.game_center_groups_game_center_achievements_v2_get_to_many_relationship",
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterActivities`` (gameCenterGroups_gameCenterActivities_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenteractivities
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_activities_get_to_many_related", locals()
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterActivities`` (gameCenterGroups_gameCenterActivities_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenteractivities
        """
        return self._call(
            "game_center_groups.game_center_groups_game_center_activities_get_to_many_related", locals()
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
    ) -> Paginator[GameCenterGroupGameCenterActivitiesLinkagesResponseDataItem]:
        """Every GameCenterGroupGameCenterActivitiesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterActivities`` (gameCenterGroups_gameCenterActivities_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenteractivities
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_activities_get_to_many_relationship", locals()
        )

    def list_game_center_activities_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterGroupGameCenterActivitiesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterActivities`` (gameCenterGroups_gameCenterActivities_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenteractivities
        """
        return self._call(
            "game_center_groups.game_center_groups_game_center_activities_get_to_many_relationship", locals()
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterChallenges`` (gameCenterGroups_gameCenterChallenges_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterchallenges
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_challenges_get_to_many_related", locals()
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterChallenges`` (gameCenterGroups_gameCenterChallenges_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterchallenges
        """
        return self._call(
            "game_center_groups.game_center_groups_game_center_challenges_get_to_many_related", locals()
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
    ) -> Paginator[GameCenterGroupGameCenterChallengesLinkagesResponseDataItem]:
        """Every GameCenterGroupGameCenterChallengesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterChallenges`` (gameCenterGroups_gameCenterChallenges_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterchallenges
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_challenges_get_to_many_relationship", locals()
        )

    def list_game_center_challenges_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterGroupGameCenterChallengesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterChallenges`` (gameCenterGroups_gameCenterChallenges_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterchallenges
        """
        return self._call(
            "game_center_groups.game_center_groups_game_center_challenges_get_to_many_relationship", locals()
        )

    def list_game_center_details(
        self,
        id: str,
        /,
        *,
        filter_game_center_app_versions_enabled: str | Sequence[str] | None = None,
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
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_app_versions: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_challenges: int | None = None,
        limit_achievement_releases: int | None = None,
        limit_activity_releases: int | None = None,
        limit_challenge_releases: int | None = None,
        limit_leaderboard_releases: int | None = None,
        limit_leaderboard_set_releases: int | None = None,
        limit_challenges_minimum_platform_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterDetail]:
        """Every GameCenterDetail across pages, with the pagination guards.

        ``GET /v1/gameCenterGroups/{id}/gameCenterDetails`` (gameCenterGroups_gameCenterDetails_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterdetails
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_details_get_to_many_related", locals()
        )

    def list_game_center_details_page(
        self,
        id: str,
        /,
        *,
        filter_game_center_app_versions_enabled: str | Sequence[str] | None = None,
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
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_app_versions: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_challenges: int | None = None,
        limit_achievement_releases: int | None = None,
        limit_activity_releases: int | None = None,
        limit_challenge_releases: int | None = None,
        limit_leaderboard_releases: int | None = None,
        limit_leaderboard_set_releases: int | None = None,
        limit_challenges_minimum_platform_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterGroups/{id}/gameCenterDetails`` (gameCenterGroups_gameCenterDetails_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterdetails
        """
        return self._call(
            "game_center_groups.game_center_groups_game_center_details_get_to_many_related", locals()
        )

    def list_game_center_details_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterGroupGameCenterDetailsLinkagesResponseDataItem]:
        """Every GameCenterGroupGameCenterDetailsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterDetails`` (gameCenterGroups_gameCenterDetails_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterdetails
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_details_get_to_many_relationship", locals()
        )

    def list_game_center_details_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterGroupGameCenterDetailsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterDetails`` (gameCenterGroups_gameCenterDetails_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterdetails
        """
        return self._call(
            "game_center_groups.game_center_groups_game_center_details_get_to_many_relationship", locals()
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardSets`` (gameCenterGroups_gameCenterLeaderboardSets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboardsets
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_leaderboard_sets_get_to_many_related", locals()
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardSets`` (gameCenterGroups_gameCenterLeaderboardSets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboardsets
        """
        return self._call(
            "game_center_groups.game_center_groups_game_center_leaderboard_sets_get_to_many_related", locals()
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
    ) -> Paginator[GameCenterGroupGameCenterLeaderboardSetsLinkagesResponseDataItem]:
        """Every GameCenterGroupGameCenterLeaderboardSetsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSets`` (gameCenterGroups_gameCenterLeaderboardSets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsets
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_leaderboard_sets_get_to_many_relationship",
            locals(),
        )

    def list_game_center_leaderboard_sets_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterGroupGameCenterLeaderboardSetsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSets`` (gameCenterGroups_gameCenterLeaderboardSets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsets
        """
        return self._call(
            "game_center_groups.game_center_groups_game_center_leaderboard_sets_get_to_many_relationship",
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardSetsV2`` (gameCenterGroups_gameCenterLeaderboardSetsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboardsetsv2
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_leaderboard_sets_v2_get_to_many_related",
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardSetsV2`` (gameCenterGroups_gameCenterLeaderboardSetsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboardsetsv2
        """
        return self._call(
            "game_center_groups.game_center_groups_game_center_leaderboard_sets_v2_get_to_many_related",
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
    ) -> Paginator[GameCenterGroupGameCenterLeaderboardSetsV2LinkagesResponseDataItem]:
        """Every GameCenterGroupGameCenterLeaderboardSetsV2LinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSetsV2`` (gameCenterGroups_gameCenterLeaderboardSetsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsetsv2
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_leaderboard_sets_v2_get_to_many_relationship",
            locals(),
        )

    def list_game_center_leaderboard_sets_v2_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterGroupGameCenterLeaderboardSetsV2LinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSetsV2`` (gameCenterGroups_gameCenterLeaderboardSetsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsetsv2
        """
        return self._call(
            "game_center_groups.game_center_groups_game_center_leaderboard_sets_v2_get_to_many_relationship",
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterLeaderboards`` (gameCenterGroups_gameCenterLeaderboards_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboards
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_leaderboards_get_to_many_related", locals()
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterLeaderboards`` (gameCenterGroups_gameCenterLeaderboards_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboards
        """
        return self._call(
            "game_center_groups.game_center_groups_game_center_leaderboards_get_to_many_related", locals()
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
    ) -> Paginator[GameCenterGroupGameCenterLeaderboardsLinkagesResponseDataItem]:
        """Every GameCenterGroupGameCenterLeaderboardsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboards`` (gameCenterGroups_gameCenterLeaderboards_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterleaderboards
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_leaderboards_get_to_many_relationship",
            locals(),
        )

    def list_game_center_leaderboards_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterGroupGameCenterLeaderboardsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboards`` (gameCenterGroups_gameCenterLeaderboards_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterleaderboards
        """
        return self._call(
            "game_center_groups.game_center_groups_game_center_leaderboards_get_to_many_relationship",
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardsV2`` (gameCenterGroups_gameCenterLeaderboardsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboardsv2
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_leaderboards_v2_get_to_many_related", locals()
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardsV2`` (gameCenterGroups_gameCenterLeaderboardsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboardsv2
        """
        return self._call(
            "game_center_groups.game_center_groups_game_center_leaderboards_v2_get_to_many_related", locals()
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
    ) -> Paginator[GameCenterGroupGameCenterLeaderboardsV2LinkagesResponseDataItem]:
        """Every GameCenterGroupGameCenterLeaderboardsV2LinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardsV2`` (gameCenterGroups_gameCenterLeaderboardsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsv2
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_leaderboards_v2_get_to_many_relationship",
            locals(),
        )

    def list_game_center_leaderboards_v2_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterGroupGameCenterLeaderboardsV2LinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardsV2`` (gameCenterGroups_gameCenterLeaderboardsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsv2
        """
        return self._call(
            "game_center_groups.game_center_groups_game_center_leaderboards_v2_get_to_many_relationship",
            locals(),
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

        ``PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterAchievements`` (gameCenterGroups_gameCenterAchievements_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_-relationships-gamecenterachievements
        """
        return self._link_many(
            "game_center_groups.game_center_groups_game_center_achievements_replace_to_many_relationship",
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

        ``PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterAchievementsV2`` (gameCenterGroups_gameCenterAchievementsV2_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_-relationships-gamecenterachievementsv2
        """
        return self._link_many(
            "game_center_groups.game_center_groups_game_center_achievements_v2_replace_to_many_relationship",
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

        ``PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSets`` (gameCenterGroups_gameCenterLeaderboardSets_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsets
        """
        return self._link_many(
            "game_center_groups.game_center_groups_game_center_leaderboard_sets_replace_to_many_relationship",
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

        ``PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSetsV2`` (gameCenterGroups_gameCenterLeaderboardSetsV2_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsetsv2
        """
        return self._link_many(
            "game_center_groups.game_center_groups_game_center_leaderboard_sets_v2_replace_to_many_relationship",
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

        ``PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboards`` (gameCenterGroups_gameCenterLeaderboards_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_-relationships-gamecenterleaderboards
        """
        return self._link_many(
            "game_center_groups.game_center_groups_game_center_leaderboards_replace_to_many_relationship",
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

        ``PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardsV2`` (gameCenterGroups_gameCenterLeaderboardsV2_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsv2
        """
        return self._link_many(
            "game_center_groups.game_center_groups_game_center_leaderboards_v2_replace_to_many_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterGroupUpdateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterGroupResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterGroups/{id}`` (gameCenterGroups_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_
        """
        return self._write("game_center_groups.game_center_groups_update_instance", locals(), _UPDATE_BODY)


class AsyncGameCenterGroups(AsyncResource):
    """`asc.game_center_groups` (async)."""

    async def create(
        self,
        /,
        body: GameCenterGroupCreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterGroupResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterGroups`` (gameCenterGroups_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecentergroups
        """
        return await self._write(
            "game_center_groups.game_center_groups_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/gameCenterGroups/{id}`` (gameCenterGroups_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecentergroups-_id_
        """
        return await self._call("game_center_groups.game_center_groups_delete_instance", locals())

    async def get(
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
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_challenges: int | None = None,
        limit_game_center_details: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterGroupResponse:
        """One request.

        ``GET /v1/gameCenterGroups/{id}`` (gameCenterGroups_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_
        """
        return await self._call("game_center_groups.game_center_groups_get_instance", locals())

    def list(
        self,
        *,
        filter_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_challenges: int | None = None,
        limit_game_center_details: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterGroup]:
        """Every GameCenterGroup across pages, with the pagination guards.

        ``GET /v1/gameCenterGroups`` (gameCenterGroups_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups
        """
        return self._paginate("game_center_groups.game_center_groups_get_collection", locals())

    async def list_page(
        self,
        *,
        filter_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_challenges: int | None = None,
        limit_game_center_details: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterGroupsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterGroups`` (gameCenterGroups_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups
        """
        return await self._call("game_center_groups.game_center_groups_get_collection", locals())

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

        ``GET /v1/gameCenterGroups/{id}/gameCenterAchievements`` (gameCenterGroups_gameCenterAchievements_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterachievements
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_achievements_get_to_many_related", locals()
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterAchievements`` (gameCenterGroups_gameCenterAchievements_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterachievements
        """
        return await self._call(
            "game_center_groups.game_center_groups_game_center_achievements_get_to_many_related", locals()
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
    ) -> AsyncPaginator[GameCenterGroupGameCenterAchievementsLinkagesResponseDataItem]:
        """Every GameCenterGroupGameCenterAchievementsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterAchievements`` (gameCenterGroups_gameCenterAchievements_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterachievements
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_achievements_get_to_many_relationship",
            locals(),
        )

    async def list_game_center_achievements_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterGroupGameCenterAchievementsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterAchievements`` (gameCenterGroups_gameCenterAchievements_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterachievements
        """
        return await self._call(
            "game_center_groups.game_center_groups_game_center_achievements_get_to_many_relationship",
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterAchievementsV2`` (gameCenterGroups_gameCenterAchievementsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterachievementsv2
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_achievements_v2_get_to_many_related", locals()
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterAchievementsV2`` (gameCenterGroups_gameCenterAchievementsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterachievementsv2
        """
        return await self._call(
            "game_center_groups.game_center_groups_game_center_achievements_v2_get_to_many_related", locals()
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
    ) -> AsyncPaginator[GameCenterGroupGameCenterAchievementsV2LinkagesResponseDataItem]:
        """Every GameCenterGroupGameCenterAchievementsV2LinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterAchievementsV2`` (gameCenterGroups_gameCenterAchievementsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterachievementsv2
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_achievements_v2_get_to_many_relationship",
            locals(),
        )

    async def list_game_center_achievements_v2_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterGroupGameCenterAchievementsV2LinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterAchievementsV2`` (gameCenterGroups_gameCenterAchievementsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterachievementsv2
        """
        return await self._call(
            "game_center_groups.game_center_groups_game_center_achievements_v2_get_to_many_relationship",
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterActivities`` (gameCenterGroups_gameCenterActivities_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenteractivities
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_activities_get_to_many_related", locals()
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterActivities`` (gameCenterGroups_gameCenterActivities_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenteractivities
        """
        return await self._call(
            "game_center_groups.game_center_groups_game_center_activities_get_to_many_related", locals()
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
    ) -> AsyncPaginator[GameCenterGroupGameCenterActivitiesLinkagesResponseDataItem]:
        """Every GameCenterGroupGameCenterActivitiesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterActivities`` (gameCenterGroups_gameCenterActivities_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenteractivities
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_activities_get_to_many_relationship", locals()
        )

    async def list_game_center_activities_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterGroupGameCenterActivitiesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterActivities`` (gameCenterGroups_gameCenterActivities_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenteractivities
        """
        return await self._call(
            "game_center_groups.game_center_groups_game_center_activities_get_to_many_relationship", locals()
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterChallenges`` (gameCenterGroups_gameCenterChallenges_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterchallenges
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_challenges_get_to_many_related", locals()
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterChallenges`` (gameCenterGroups_gameCenterChallenges_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterchallenges
        """
        return await self._call(
            "game_center_groups.game_center_groups_game_center_challenges_get_to_many_related", locals()
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
    ) -> AsyncPaginator[GameCenterGroupGameCenterChallengesLinkagesResponseDataItem]:
        """Every GameCenterGroupGameCenterChallengesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterChallenges`` (gameCenterGroups_gameCenterChallenges_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterchallenges
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_challenges_get_to_many_relationship", locals()
        )

    async def list_game_center_challenges_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterGroupGameCenterChallengesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterChallenges`` (gameCenterGroups_gameCenterChallenges_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterchallenges
        """
        return await self._call(
            "game_center_groups.game_center_groups_game_center_challenges_get_to_many_relationship", locals()
        )

    def list_game_center_details(
        self,
        id: str,
        /,
        *,
        filter_game_center_app_versions_enabled: str | Sequence[str] | None = None,
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
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_app_versions: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_challenges: int | None = None,
        limit_achievement_releases: int | None = None,
        limit_activity_releases: int | None = None,
        limit_challenge_releases: int | None = None,
        limit_leaderboard_releases: int | None = None,
        limit_leaderboard_set_releases: int | None = None,
        limit_challenges_minimum_platform_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterDetail]:
        """Every GameCenterDetail across pages, with the pagination guards.

        ``GET /v1/gameCenterGroups/{id}/gameCenterDetails`` (gameCenterGroups_gameCenterDetails_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterdetails
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_details_get_to_many_related", locals()
        )

    async def list_game_center_details_page(
        self,
        id: str,
        /,
        *,
        filter_game_center_app_versions_enabled: str | Sequence[str] | None = None,
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
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_app_versions: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_challenges: int | None = None,
        limit_achievement_releases: int | None = None,
        limit_activity_releases: int | None = None,
        limit_challenge_releases: int | None = None,
        limit_leaderboard_releases: int | None = None,
        limit_leaderboard_set_releases: int | None = None,
        limit_challenges_minimum_platform_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterGroups/{id}/gameCenterDetails`` (gameCenterGroups_gameCenterDetails_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterdetails
        """
        return await self._call(
            "game_center_groups.game_center_groups_game_center_details_get_to_many_related", locals()
        )

    def list_game_center_details_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterGroupGameCenterDetailsLinkagesResponseDataItem]:
        """Every GameCenterGroupGameCenterDetailsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterDetails`` (gameCenterGroups_gameCenterDetails_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterdetails
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_details_get_to_many_relationship", locals()
        )

    async def list_game_center_details_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterGroupGameCenterDetailsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterDetails`` (gameCenterGroups_gameCenterDetails_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterdetails
        """
        return await self._call(
            "game_center_groups.game_center_groups_game_center_details_get_to_many_relationship", locals()
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardSets`` (gameCenterGroups_gameCenterLeaderboardSets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboardsets
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_leaderboard_sets_get_to_many_related", locals()
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardSets`` (gameCenterGroups_gameCenterLeaderboardSets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboardsets
        """
        return await self._call(
            "game_center_groups.game_center_groups_game_center_leaderboard_sets_get_to_many_related", locals()
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
    ) -> AsyncPaginator[GameCenterGroupGameCenterLeaderboardSetsLinkagesResponseDataItem]:
        """Every GameCenterGroupGameCenterLeaderboardSetsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSets`` (gameCenterGroups_gameCenterLeaderboardSets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsets
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_leaderboard_sets_get_to_many_relationship",
            locals(),
        )

    async def list_game_center_leaderboard_sets_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterGroupGameCenterLeaderboardSetsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSets`` (gameCenterGroups_gameCenterLeaderboardSets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsets
        """
        return await self._call(
            "game_center_groups.game_center_groups_game_center_leaderboard_sets_get_to_many_relationship",
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardSetsV2`` (gameCenterGroups_gameCenterLeaderboardSetsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboardsetsv2
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_leaderboard_sets_v2_get_to_many_related",
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardSetsV2`` (gameCenterGroups_gameCenterLeaderboardSetsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboardsetsv2
        """
        return await self._call(
            "game_center_groups.game_center_groups_game_center_leaderboard_sets_v2_get_to_many_related",
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
    ) -> AsyncPaginator[GameCenterGroupGameCenterLeaderboardSetsV2LinkagesResponseDataItem]:
        """Every GameCenterGroupGameCenterLeaderboardSetsV2LinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSetsV2`` (gameCenterGroups_gameCenterLeaderboardSetsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsetsv2
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_leaderboard_sets_v2_get_to_many_relationship",
            locals(),
        )

    async def list_game_center_leaderboard_sets_v2_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterGroupGameCenterLeaderboardSetsV2LinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSetsV2`` (gameCenterGroups_gameCenterLeaderboardSetsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsetsv2
        """
        return await self._call(
            "game_center_groups.game_center_groups_game_center_leaderboard_sets_v2_get_to_many_relationship",
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterLeaderboards`` (gameCenterGroups_gameCenterLeaderboards_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboards
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_leaderboards_get_to_many_related", locals()
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterLeaderboards`` (gameCenterGroups_gameCenterLeaderboards_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboards
        """
        return await self._call(
            "game_center_groups.game_center_groups_game_center_leaderboards_get_to_many_related", locals()
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
    ) -> AsyncPaginator[GameCenterGroupGameCenterLeaderboardsLinkagesResponseDataItem]:
        """Every GameCenterGroupGameCenterLeaderboardsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboards`` (gameCenterGroups_gameCenterLeaderboards_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterleaderboards
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_leaderboards_get_to_many_relationship",
            locals(),
        )

    async def list_game_center_leaderboards_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterGroupGameCenterLeaderboardsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboards`` (gameCenterGroups_gameCenterLeaderboards_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterleaderboards
        """
        return await self._call(
            "game_center_groups.game_center_groups_game_center_leaderboards_get_to_many_relationship",
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardsV2`` (gameCenterGroups_gameCenterLeaderboardsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboardsv2
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_leaderboards_v2_get_to_many_related", locals()
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

        ``GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardsV2`` (gameCenterGroups_gameCenterLeaderboardsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboardsv2
        """
        return await self._call(
            "game_center_groups.game_center_groups_game_center_leaderboards_v2_get_to_many_related", locals()
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
    ) -> AsyncPaginator[GameCenterGroupGameCenterLeaderboardsV2LinkagesResponseDataItem]:
        """Every GameCenterGroupGameCenterLeaderboardsV2LinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardsV2`` (gameCenterGroups_gameCenterLeaderboardsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsv2
        """
        return self._paginate(
            "game_center_groups.game_center_groups_game_center_leaderboards_v2_get_to_many_relationship",
            locals(),
        )

    async def list_game_center_leaderboards_v2_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterGroupGameCenterLeaderboardsV2LinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardsV2`` (gameCenterGroups_gameCenterLeaderboardsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsv2
        """
        return await self._call(
            "game_center_groups.game_center_groups_game_center_leaderboards_v2_get_to_many_relationship",
            locals(),
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

        ``PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterAchievements`` (gameCenterGroups_gameCenterAchievements_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_-relationships-gamecenterachievements
        """
        return await self._link_many(
            "game_center_groups.game_center_groups_game_center_achievements_replace_to_many_relationship",
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

        ``PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterAchievementsV2`` (gameCenterGroups_gameCenterAchievementsV2_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_-relationships-gamecenterachievementsv2
        """
        return await self._link_many(
            "game_center_groups.game_center_groups_game_center_achievements_v2_replace_to_many_relationship",
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

        ``PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSets`` (gameCenterGroups_gameCenterLeaderboardSets_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsets
        """
        return await self._link_many(
            "game_center_groups.game_center_groups_game_center_leaderboard_sets_replace_to_many_relationship",
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

        ``PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSetsV2`` (gameCenterGroups_gameCenterLeaderboardSetsV2_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsetsv2
        """
        return await self._link_many(
            "game_center_groups.game_center_groups_game_center_leaderboard_sets_v2_replace_to_many_relationship",
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

        ``PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboards`` (gameCenterGroups_gameCenterLeaderboards_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_-relationships-gamecenterleaderboards
        """
        return await self._link_many(
            "game_center_groups.game_center_groups_game_center_leaderboards_replace_to_many_relationship",
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

        ``PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardsV2`` (gameCenterGroups_gameCenterLeaderboardsV2_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsv2
        """
        return await self._link_many(
            "game_center_groups.game_center_groups_game_center_leaderboards_v2_replace_to_many_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterGroupUpdateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterGroupResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterGroups/{id}`` (gameCenterGroups_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_
        """
        return await self._write(
            "game_center_groups.game_center_groups_update_instance", locals(), _UPDATE_BODY
        )
