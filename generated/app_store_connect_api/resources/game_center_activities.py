"""`asc.game_center_activities`: the operations on game_center_activities (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.game_center_activity_create_request import GameCenterActivityCreateRequest
    from ..models.game_center_activity_response import GameCenterActivityResponse
    from ..models.game_center_activity_update_request import GameCenterActivityUpdateRequest
    from ..models.game_center_activity_version import GameCenterActivityVersion
    from ..models.game_center_activity_versions_linkages_response import (
        GameCenterActivityVersionsLinkagesResponse,
    )
    from ..models.game_center_activity_versions_linkages_response_data_item import (
        GameCenterActivityVersionsLinkagesResponseDataItem,
    )
    from ..models.game_center_activity_versions_response import GameCenterActivityVersionsResponse

__all__ = ["AsyncGameCenterActivities", "GameCenterActivities"]

_CREATE_BODY = Body(
    "gameCenterActivities",
    {
        "reference_name": ("referenceName", "string", True),
        "vendor_identifier": ("vendorIdentifier", "string", True),
        "play_style": ("playStyle", "string", False),
        "minimum_players_count": ("minimumPlayersCount", "integer", False),
        "maximum_players_count": ("maximumPlayersCount", "integer", False),
        "supports_party_code": ("supportsPartyCode", "boolean", False),
        "properties": ("properties", "object", False),
    },
    {
        "game_center_detail": ("gameCenterDetail", "gameCenterDetails", False, False),
        "game_center_group": ("gameCenterGroup", "gameCenterGroups", False, False),
        "versions": ("versions", "gameCenterActivityVersions", True, False),
    },
)
_UPDATE_BODY = Body(
    "gameCenterActivities",
    {
        "reference_name": ("referenceName", "string", False),
        "play_style": ("playStyle", "string", False),
        "minimum_players_count": ("minimumPlayersCount", "integer", False),
        "maximum_players_count": ("maximumPlayersCount", "integer", False),
        "supports_party_code": ("supportsPartyCode", "boolean", False),
        "archived": ("archived", "boolean", False),
        "properties": ("properties", "object", False),
    },
    {},
)


class GameCenterActivities(SyncResource):
    """`asc.game_center_activities`."""

    def add_achievements(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/gameCenterActivities/{id}/relationships/achievements`` (gameCenterActivities_achievements_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivities-_id_-relationships-achievements
        """
        return self._link_many(
            "game_center_activities.game_center_activities_achievements_create_to_many_relationship",
            locals(),
            "gameCenterAchievements",
        )

    def add_achievements_v2(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/gameCenterActivities/{id}/relationships/achievementsV2`` (gameCenterActivities_achievementsV2_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivities-_id_-relationships-achievementsv2
        """
        return self._link_many(
            "game_center_activities.game_center_activities_achievements_v2_create_to_many_relationship",
            locals(),
            "gameCenterAchievements",
        )

    def add_leaderboards(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/gameCenterActivities/{id}/relationships/leaderboards`` (gameCenterActivities_leaderboards_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivities-_id_-relationships-leaderboards
        """
        return self._link_many(
            "game_center_activities.game_center_activities_leaderboards_create_to_many_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    def add_leaderboards_v2(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/gameCenterActivities/{id}/relationships/leaderboardsV2`` (gameCenterActivities_leaderboardsV2_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivities-_id_-relationships-leaderboardsv2
        """
        return self._link_many(
            "game_center_activities.game_center_activities_leaderboards_v2_create_to_many_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    def create(
        self,
        /,
        body: GameCenterActivityCreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        vendor_identifier: str | Unset = UNSET,
        play_style: str | None | Unset = UNSET,
        minimum_players_count: int | None | Unset = UNSET,
        maximum_players_count: int | None | Unset = UNSET,
        supports_party_code: bool | None | Unset = UNSET,
        properties: Mapping[str, Any] | None | Unset = UNSET,
        game_center_detail: str | None | Unset = UNSET,
        game_center_group: str | None | Unset = UNSET,
        versions: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterActivityResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterActivities`` (gameCenterActivities_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivities
        """
        return self._write(
            "game_center_activities.game_center_activities_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/gameCenterActivities/{id}`` (gameCenterActivities_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivities-_id_
        """
        return self._call("game_center_activities.game_center_activities_delete_instance", locals())

    def get(
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
        include: str | Sequence[str] | None = None,
        limit_achievements: int | None = None,
        limit_achievements_v2: int | None = None,
        limit_leaderboards: int | None = None,
        limit_leaderboards_v2: int | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivityResponse:
        """One request.

        ``GET /v1/gameCenterActivities/{id}`` (gameCenterActivities_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivities-_id_
        """
        return self._call("game_center_activities.game_center_activities_get_instance", locals())

    def list_versions(
        self,
        id: str,
        /,
        *,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_activity_localizations: str | Sequence[str] | None = None,
        fields_game_center_activity_images: str | Sequence[str] | None = None,
        fields_game_center_activity_version_releases: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterActivityVersion]:
        """Every GameCenterActivityVersion across pages, with the pagination guards.

        ``GET /v1/gameCenterActivities/{id}/versions`` (gameCenterActivities_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivities-_id_-versions
        """
        return self._paginate(
            "game_center_activities.game_center_activities_versions_get_to_many_related", locals()
        )

    def list_versions_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_activity_localizations: str | Sequence[str] | None = None,
        fields_game_center_activity_images: str | Sequence[str] | None = None,
        fields_game_center_activity_version_releases: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivityVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterActivities/{id}/versions`` (gameCenterActivities_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivities-_id_-versions
        """
        return self._call(
            "game_center_activities.game_center_activities_versions_get_to_many_related", locals()
        )

    def list_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterActivityVersionsLinkagesResponseDataItem]:
        """Every GameCenterActivityVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterActivities/{id}/relationships/versions`` (gameCenterActivities_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivities-_id_-relationships-versions
        """
        return self._paginate(
            "game_center_activities.game_center_activities_versions_get_to_many_relationship", locals()
        )

    def list_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivityVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterActivities/{id}/relationships/versions`` (gameCenterActivities_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivities-_id_-relationships-versions
        """
        return self._call(
            "game_center_activities.game_center_activities_versions_get_to_many_relationship", locals()
        )

    def remove_achievements(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/gameCenterActivities/{id}/relationships/achievements`` (gameCenterActivities_achievements_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivities-_id_-relationships-achievements
        """
        return self._link_many(
            "game_center_activities.game_center_activities_achievements_delete_to_many_relationship",
            locals(),
            "gameCenterAchievements",
        )

    def remove_achievements_v2(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/gameCenterActivities/{id}/relationships/achievementsV2`` (gameCenterActivities_achievementsV2_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivities-_id_-relationships-achievementsv2
        """
        return self._link_many(
            "game_center_activities.game_center_activities_achievements_v2_delete_to_many_relationship",
            locals(),
            "gameCenterAchievements",
        )

    def remove_leaderboards(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/gameCenterActivities/{id}/relationships/leaderboards`` (gameCenterActivities_leaderboards_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivities-_id_-relationships-leaderboards
        """
        return self._link_many(
            "game_center_activities.game_center_activities_leaderboards_delete_to_many_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    def remove_leaderboards_v2(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/gameCenterActivities/{id}/relationships/leaderboardsV2`` (gameCenterActivities_leaderboardsV2_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivities-_id_-relationships-leaderboardsv2
        """
        return self._link_many(
            "game_center_activities.game_center_activities_leaderboards_v2_delete_to_many_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterActivityUpdateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | None | Unset = UNSET,
        play_style: str | None | Unset = UNSET,
        minimum_players_count: int | None | Unset = UNSET,
        maximum_players_count: int | None | Unset = UNSET,
        supports_party_code: bool | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        properties: Mapping[str, Any] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterActivityResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterActivities/{id}`` (gameCenterActivities_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenteractivities-_id_
        """
        return self._write(
            "game_center_activities.game_center_activities_update_instance", locals(), _UPDATE_BODY
        )


class AsyncGameCenterActivities(AsyncResource):
    """`asc.game_center_activities` (async)."""

    async def add_achievements(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/gameCenterActivities/{id}/relationships/achievements`` (gameCenterActivities_achievements_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivities-_id_-relationships-achievements
        """
        return await self._link_many(
            "game_center_activities.game_center_activities_achievements_create_to_many_relationship",
            locals(),
            "gameCenterAchievements",
        )

    async def add_achievements_v2(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/gameCenterActivities/{id}/relationships/achievementsV2`` (gameCenterActivities_achievementsV2_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivities-_id_-relationships-achievementsv2
        """
        return await self._link_many(
            "game_center_activities.game_center_activities_achievements_v2_create_to_many_relationship",
            locals(),
            "gameCenterAchievements",
        )

    async def add_leaderboards(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/gameCenterActivities/{id}/relationships/leaderboards`` (gameCenterActivities_leaderboards_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivities-_id_-relationships-leaderboards
        """
        return await self._link_many(
            "game_center_activities.game_center_activities_leaderboards_create_to_many_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    async def add_leaderboards_v2(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/gameCenterActivities/{id}/relationships/leaderboardsV2`` (gameCenterActivities_leaderboardsV2_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivities-_id_-relationships-leaderboardsv2
        """
        return await self._link_many(
            "game_center_activities.game_center_activities_leaderboards_v2_create_to_many_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    async def create(
        self,
        /,
        body: GameCenterActivityCreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        vendor_identifier: str | Unset = UNSET,
        play_style: str | None | Unset = UNSET,
        minimum_players_count: int | None | Unset = UNSET,
        maximum_players_count: int | None | Unset = UNSET,
        supports_party_code: bool | None | Unset = UNSET,
        properties: Mapping[str, Any] | None | Unset = UNSET,
        game_center_detail: str | None | Unset = UNSET,
        game_center_group: str | None | Unset = UNSET,
        versions: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterActivityResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterActivities`` (gameCenterActivities_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivities
        """
        return await self._write(
            "game_center_activities.game_center_activities_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/gameCenterActivities/{id}`` (gameCenterActivities_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivities-_id_
        """
        return await self._call("game_center_activities.game_center_activities_delete_instance", locals())

    async def get(
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
        include: str | Sequence[str] | None = None,
        limit_achievements: int | None = None,
        limit_achievements_v2: int | None = None,
        limit_leaderboards: int | None = None,
        limit_leaderboards_v2: int | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivityResponse:
        """One request.

        ``GET /v1/gameCenterActivities/{id}`` (gameCenterActivities_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivities-_id_
        """
        return await self._call("game_center_activities.game_center_activities_get_instance", locals())

    def list_versions(
        self,
        id: str,
        /,
        *,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_activity_localizations: str | Sequence[str] | None = None,
        fields_game_center_activity_images: str | Sequence[str] | None = None,
        fields_game_center_activity_version_releases: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterActivityVersion]:
        """Every GameCenterActivityVersion across pages, with the pagination guards.

        ``GET /v1/gameCenterActivities/{id}/versions`` (gameCenterActivities_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivities-_id_-versions
        """
        return self._paginate(
            "game_center_activities.game_center_activities_versions_get_to_many_related", locals()
        )

    async def list_versions_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_activity_localizations: str | Sequence[str] | None = None,
        fields_game_center_activity_images: str | Sequence[str] | None = None,
        fields_game_center_activity_version_releases: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivityVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterActivities/{id}/versions`` (gameCenterActivities_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivities-_id_-versions
        """
        return await self._call(
            "game_center_activities.game_center_activities_versions_get_to_many_related", locals()
        )

    def list_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterActivityVersionsLinkagesResponseDataItem]:
        """Every GameCenterActivityVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterActivities/{id}/relationships/versions`` (gameCenterActivities_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivities-_id_-relationships-versions
        """
        return self._paginate(
            "game_center_activities.game_center_activities_versions_get_to_many_relationship", locals()
        )

    async def list_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivityVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterActivities/{id}/relationships/versions`` (gameCenterActivities_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivities-_id_-relationships-versions
        """
        return await self._call(
            "game_center_activities.game_center_activities_versions_get_to_many_relationship", locals()
        )

    async def remove_achievements(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/gameCenterActivities/{id}/relationships/achievements`` (gameCenterActivities_achievements_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivities-_id_-relationships-achievements
        """
        return await self._link_many(
            "game_center_activities.game_center_activities_achievements_delete_to_many_relationship",
            locals(),
            "gameCenterAchievements",
        )

    async def remove_achievements_v2(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/gameCenterActivities/{id}/relationships/achievementsV2`` (gameCenterActivities_achievementsV2_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivities-_id_-relationships-achievementsv2
        """
        return await self._link_many(
            "game_center_activities.game_center_activities_achievements_v2_delete_to_many_relationship",
            locals(),
            "gameCenterAchievements",
        )

    async def remove_leaderboards(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/gameCenterActivities/{id}/relationships/leaderboards`` (gameCenterActivities_leaderboards_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivities-_id_-relationships-leaderboards
        """
        return await self._link_many(
            "game_center_activities.game_center_activities_leaderboards_delete_to_many_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    async def remove_leaderboards_v2(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/gameCenterActivities/{id}/relationships/leaderboardsV2`` (gameCenterActivities_leaderboardsV2_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivities-_id_-relationships-leaderboardsv2
        """
        return await self._link_many(
            "game_center_activities.game_center_activities_leaderboards_v2_delete_to_many_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterActivityUpdateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | None | Unset = UNSET,
        play_style: str | None | Unset = UNSET,
        minimum_players_count: int | None | Unset = UNSET,
        maximum_players_count: int | None | Unset = UNSET,
        supports_party_code: bool | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        properties: Mapping[str, Any] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterActivityResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterActivities/{id}`` (gameCenterActivities_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenteractivities-_id_
        """
        return await self._write(
            "game_center_activities.game_center_activities_update_instance", locals(), _UPDATE_BODY
        )
