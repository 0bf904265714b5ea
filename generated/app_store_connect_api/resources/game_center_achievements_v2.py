"""`asc.game_center_achievements_v2`: the operations on game_center_achievements_v2 (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.game_center_achievement_v2_create_request import GameCenterAchievementV2CreateRequest
    from ..models.game_center_achievement_v2_response import GameCenterAchievementV2Response
    from ..models.game_center_achievement_v2_update_request import GameCenterAchievementV2UpdateRequest
    from ..models.game_center_achievement_v2_versions_linkages_response import (
        GameCenterAchievementV2VersionsLinkagesResponse,
    )
    from ..models.game_center_achievement_v2_versions_linkages_response_data_item import (
        GameCenterAchievementV2VersionsLinkagesResponseDataItem,
    )
    from ..models.game_center_achievement_version_v2 import GameCenterAchievementVersionV2
    from ..models.game_center_achievement_versions_v2_response import GameCenterAchievementVersionsV2Response

__all__ = ["AsyncGameCenterAchievementsV2", "GameCenterAchievementsV2"]

_CREATE_BODY = Body(
    "gameCenterAchievements",
    {
        "reference_name": ("referenceName", "string", True),
        "vendor_identifier": ("vendorIdentifier", "string", True),
        "points": ("points", "integer", True),
        "show_before_earned": ("showBeforeEarned", "boolean", True),
        "repeatable": ("repeatable", "boolean", True),
        "activity_properties": ("activityProperties", "object", False),
    },
    {
        "game_center_detail": ("gameCenterDetail", "gameCenterDetails", False, False),
        "game_center_group": ("gameCenterGroup", "gameCenterGroups", False, False),
        "versions": ("versions", "gameCenterAchievementVersions", True, True),
    },
)
_UPDATE_BODY = Body(
    "gameCenterAchievements",
    {
        "reference_name": ("referenceName", "string", False),
        "points": ("points", "integer", False),
        "show_before_earned": ("showBeforeEarned", "boolean", False),
        "repeatable": ("repeatable", "boolean", False),
        "archived": ("archived", "boolean", False),
        "activity_properties": ("activityProperties", "object", False),
    },
    {},
)


class GameCenterAchievementsV2(SyncResource):
    """`asc.game_center_achievements_v2`."""

    def create(
        self,
        /,
        body: GameCenterAchievementV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        vendor_identifier: str | Unset = UNSET,
        points: int | Unset = UNSET,
        show_before_earned: bool | Unset = UNSET,
        repeatable: bool | Unset = UNSET,
        activity_properties: Mapping[str, Any] | None | Unset = UNSET,
        game_center_detail: str | None | Unset = UNSET,
        game_center_group: str | None | Unset = UNSET,
        versions: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterAchievementV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/gameCenterAchievements`` (gameCenterAchievementsV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterachievements
        """
        return self._write(
            "game_center_achievements.game_center_achievements_v2_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v2/gameCenterAchievements/{id}`` (gameCenterAchievementsV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterachievements-_id_
        """
        return self._call("game_center_achievements.game_center_achievements_v2_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_achievement_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementV2Response:
        """One request.

        ``GET /v2/gameCenterAchievements/{id}`` (gameCenterAchievementsV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievements-_id_
        """
        return self._call("game_center_achievements.game_center_achievements_v2_get_instance", locals())

    def list_versions(
        self,
        id: str,
        /,
        *,
        fields_game_center_achievement_versions: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_achievement_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterAchievementVersionV2]:
        """Every GameCenterAchievementVersionV2 across pages, with the pagination guards.

        ``GET /v2/gameCenterAchievements/{id}/versions`` (gameCenterAchievementsV2_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievements-_id_-versions
        """
        return self._paginate(
            "game_center_achievements.game_center_achievements_v2_versions_get_to_many_related", locals()
        )

    def list_versions_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_achievement_versions: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_achievement_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementVersionsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/gameCenterAchievements/{id}/versions`` (gameCenterAchievementsV2_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievements-_id_-versions
        """
        return self._call(
            "game_center_achievements.game_center_achievements_v2_versions_get_to_many_related", locals()
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
    ) -> Paginator[GameCenterAchievementV2VersionsLinkagesResponseDataItem]:
        """Every GameCenterAchievementV2VersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/gameCenterAchievements/{id}/relationships/versions`` (gameCenterAchievementsV2_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievements-_id_-relationships-versions
        """
        return self._paginate(
            "game_center_achievements.game_center_achievements_v2_versions_get_to_many_relationship", locals()
        )

    def list_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementV2VersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/gameCenterAchievements/{id}/relationships/versions`` (gameCenterAchievementsV2_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievements-_id_-relationships-versions
        """
        return self._call(
            "game_center_achievements.game_center_achievements_v2_versions_get_to_many_relationship", locals()
        )

    def set_activity(
        self,
        id: str,
        /,
        related_id: str | None,
        *,
        timeout: Timeout = None,
    ) -> None:
        """Set the linkage (None to clear it).

        ``PATCH /v2/gameCenterAchievements/{id}/relationships/activity`` (gameCenterAchievementsV2_activity_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterachievements-_id_-relationships-activity
        """
        return self._link_one(
            "game_center_achievements.game_center_achievements_v2_activity_update_to_one_relationship",
            locals(),
            "gameCenterActivities",
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterAchievementV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | None | Unset = UNSET,
        points: int | None | Unset = UNSET,
        show_before_earned: bool | None | Unset = UNSET,
        repeatable: bool | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        activity_properties: Mapping[str, Any] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterAchievementV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/gameCenterAchievements/{id}`` (gameCenterAchievementsV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterachievements-_id_
        """
        return self._write(
            "game_center_achievements.game_center_achievements_v2_update_instance", locals(), _UPDATE_BODY
        )


class AsyncGameCenterAchievementsV2(AsyncResource):
    """`asc.game_center_achievements_v2` (async)."""

    async def create(
        self,
        /,
        body: GameCenterAchievementV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        vendor_identifier: str | Unset = UNSET,
        points: int | Unset = UNSET,
        show_before_earned: bool | Unset = UNSET,
        repeatable: bool | Unset = UNSET,
        activity_properties: Mapping[str, Any] | None | Unset = UNSET,
        game_center_detail: str | None | Unset = UNSET,
        game_center_group: str | None | Unset = UNSET,
        versions: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterAchievementV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/gameCenterAchievements`` (gameCenterAchievementsV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterachievements
        """
        return await self._write(
            "game_center_achievements.game_center_achievements_v2_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v2/gameCenterAchievements/{id}`` (gameCenterAchievementsV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterachievements-_id_
        """
        return await self._call(
            "game_center_achievements.game_center_achievements_v2_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_achievement_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementV2Response:
        """One request.

        ``GET /v2/gameCenterAchievements/{id}`` (gameCenterAchievementsV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievements-_id_
        """
        return await self._call("game_center_achievements.game_center_achievements_v2_get_instance", locals())

    def list_versions(
        self,
        id: str,
        /,
        *,
        fields_game_center_achievement_versions: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_achievement_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterAchievementVersionV2]:
        """Every GameCenterAchievementVersionV2 across pages, with the pagination guards.

        ``GET /v2/gameCenterAchievements/{id}/versions`` (gameCenterAchievementsV2_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievements-_id_-versions
        """
        return self._paginate(
            "game_center_achievements.game_center_achievements_v2_versions_get_to_many_related", locals()
        )

    async def list_versions_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_achievement_versions: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_achievement_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementVersionsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/gameCenterAchievements/{id}/versions`` (gameCenterAchievementsV2_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievements-_id_-versions
        """
        return await self._call(
            "game_center_achievements.game_center_achievements_v2_versions_get_to_many_related", locals()
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
    ) -> AsyncPaginator[GameCenterAchievementV2VersionsLinkagesResponseDataItem]:
        """Every GameCenterAchievementV2VersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/gameCenterAchievements/{id}/relationships/versions`` (gameCenterAchievementsV2_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievements-_id_-relationships-versions
        """
        return self._paginate(
            "game_center_achievements.game_center_achievements_v2_versions_get_to_many_relationship", locals()
        )

    async def list_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementV2VersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/gameCenterAchievements/{id}/relationships/versions`` (gameCenterAchievementsV2_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievements-_id_-relationships-versions
        """
        return await self._call(
            "game_center_achievements.game_center_achievements_v2_versions_get_to_many_relationship", locals()
        )

    async def set_activity(
        self,
        id: str,
        /,
        related_id: str | None,
        *,
        timeout: Timeout = None,
    ) -> None:
        """Set the linkage (None to clear it).

        ``PATCH /v2/gameCenterAchievements/{id}/relationships/activity`` (gameCenterAchievementsV2_activity_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterachievements-_id_-relationships-activity
        """
        return await self._link_one(
            "game_center_achievements.game_center_achievements_v2_activity_update_to_one_relationship",
            locals(),
            "gameCenterActivities",
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterAchievementV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | None | Unset = UNSET,
        points: int | None | Unset = UNSET,
        show_before_earned: bool | None | Unset = UNSET,
        repeatable: bool | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        activity_properties: Mapping[str, Any] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterAchievementV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/gameCenterAchievements/{id}`` (gameCenterAchievementsV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterachievements-_id_
        """
        return await self._write(
            "game_center_achievements.game_center_achievements_v2_update_instance", locals(), _UPDATE_BODY
        )
