"""`asc.game_center_achievements`: the operations on game_center_achievements (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.game_center_achievement_create_request import GameCenterAchievementCreateRequest
    from ..models.game_center_achievement_group_achievement_linkage_response import (
        GameCenterAchievementGroupAchievementLinkageResponse,
    )
    from ..models.game_center_achievement_localization import GameCenterAchievementLocalization
    from ..models.game_center_achievement_localizations_linkages_response import (
        GameCenterAchievementLocalizationsLinkagesResponse,
    )
    from ..models.game_center_achievement_localizations_linkages_response_data_item import (
        GameCenterAchievementLocalizationsLinkagesResponseDataItem,
    )
    from ..models.game_center_achievement_localizations_response import (
        GameCenterAchievementLocalizationsResponse,
    )
    from ..models.game_center_achievement_release import GameCenterAchievementRelease
    from ..models.game_center_achievement_releases_linkages_response import (
        GameCenterAchievementReleasesLinkagesResponse,
    )
    from ..models.game_center_achievement_releases_linkages_response_data_item import (
        GameCenterAchievementReleasesLinkagesResponseDataItem,
    )
    from ..models.game_center_achievement_releases_response import GameCenterAchievementReleasesResponse
    from ..models.game_center_achievement_response import GameCenterAchievementResponse
    from ..models.game_center_achievement_update_request import GameCenterAchievementUpdateRequest

__all__ = ["AsyncGameCenterAchievements", "GameCenterAchievements"]

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


class GameCenterAchievements(SyncResource):
    """`asc.game_center_achievements`."""

    def create(
        self,
        /,
        body: GameCenterAchievementCreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        vendor_identifier: str | Unset = UNSET,
        points: int | Unset = UNSET,
        show_before_earned: bool | Unset = UNSET,
        repeatable: bool | Unset = UNSET,
        activity_properties: Mapping[str, Any] | None | Unset = UNSET,
        game_center_detail: str | None | Unset = UNSET,
        game_center_group: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterAchievementResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterAchievements`` (gameCenterAchievements_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterachievements
        """
        return self._write(
            "game_center_achievements.game_center_achievements_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/gameCenterAchievements/{id}`` (gameCenterAchievements_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterachievements-_id_
        """
        return self._call("game_center_achievements.game_center_achievements_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_achievement_localizations: str | Sequence[str] | None = None,
        fields_game_center_achievement_releases: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementResponse:
        """One request.

        ``GET /v1/gameCenterAchievements/{id}`` (gameCenterAchievements_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_
        """
        return self._call("game_center_achievements.game_center_achievements_get_instance", locals())

    def get_group_achievement(
        self,
        id: str,
        /,
        *,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_achievement_localizations: str | Sequence[str] | None = None,
        fields_game_center_achievement_releases: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementResponse:
        """One request.

        ``GET /v1/gameCenterAchievements/{id}/groupAchievement`` (gameCenterAchievements_groupAchievement_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-groupachievement
        """
        return self._call(
            "game_center_achievements.game_center_achievements_group_achievement_get_to_one_related", locals()
        )

    def get_group_achievement_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterAchievementGroupAchievementLinkageResponse:
        """One request.

        ``GET /v1/gameCenterAchievements/{id}/relationships/groupAchievement`` (gameCenterAchievements_groupAchievement_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-relationships-groupachievement
        """
        return self._call(
            "game_center_achievements.game_center_achievements_group_achievement_get_to_one_relationship",
            locals(),
        )

    def list_localizations(
        self,
        id: str,
        /,
        *,
        fields_game_center_achievement_localizations: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_achievement_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterAchievementLocalization]:
        """Every GameCenterAchievementLocalization across pages, with the pagination guards.

        ``GET /v1/gameCenterAchievements/{id}/localizations`` (gameCenterAchievements_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-localizations
        """
        return self._paginate(
            "game_center_achievements.game_center_achievements_localizations_get_to_many_related", locals()
        )

    def list_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_achievement_localizations: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_achievement_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterAchievements/{id}/localizations`` (gameCenterAchievements_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-localizations
        """
        return self._call(
            "game_center_achievements.game_center_achievements_localizations_get_to_many_related", locals()
        )

    def list_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterAchievementLocalizationsLinkagesResponseDataItem]:
        """Every GameCenterAchievementLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterAchievements/{id}/relationships/localizations`` (gameCenterAchievements_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-relationships-localizations
        """
        return self._paginate(
            "game_center_achievements.game_center_achievements_localizations_get_to_many_relationship",
            locals(),
        )

    def list_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterAchievements/{id}/relationships/localizations`` (gameCenterAchievements_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-relationships-localizations
        """
        return self._call(
            "game_center_achievements.game_center_achievements_localizations_get_to_many_relationship",
            locals(),
        )

    def list_releases(
        self,
        id: str,
        /,
        *,
        filter_live: str | Sequence[str] | None = None,
        filter_game_center_detail: str | Sequence[str] | None = None,
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

        ``GET /v1/gameCenterAchievements/{id}/releases`` (gameCenterAchievements_releases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-releases
        """
        return self._paginate(
            "game_center_achievements.game_center_achievements_releases_get_to_many_related", locals()
        )

    def list_releases_page(
        self,
        id: str,
        /,
        *,
        filter_live: str | Sequence[str] | None = None,
        filter_game_center_detail: str | Sequence[str] | None = None,
        fields_game_center_achievement_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementReleasesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterAchievements/{id}/releases`` (gameCenterAchievements_releases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-releases
        """
        return self._call(
            "game_center_achievements.game_center_achievements_releases_get_to_many_related", locals()
        )

    def list_releases_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterAchievementReleasesLinkagesResponseDataItem]:
        """Every GameCenterAchievementReleasesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterAchievements/{id}/relationships/releases`` (gameCenterAchievements_releases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-relationships-releases
        """
        return self._paginate(
            "game_center_achievements.game_center_achievements_releases_get_to_many_relationship", locals()
        )

    def list_releases_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementReleasesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterAchievements/{id}/relationships/releases`` (gameCenterAchievements_releases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-relationships-releases
        """
        return self._call(
            "game_center_achievements.game_center_achievements_releases_get_to_many_relationship", locals()
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

        ``PATCH /v1/gameCenterAchievements/{id}/relationships/activity`` (gameCenterAchievements_activity_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterachievements-_id_-relationships-activity
        """
        return self._link_one(
            "game_center_achievements.game_center_achievements_activity_update_to_one_relationship",
            locals(),
            "gameCenterActivities",
        )

    def set_group_achievement(
        self,
        id: str,
        /,
        related_id: str | None,
        *,
        timeout: Timeout = None,
    ) -> None:
        """Set the linkage (None to clear it).

        ``PATCH /v1/gameCenterAchievements/{id}/relationships/groupAchievement`` (gameCenterAchievements_groupAchievement_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterachievements-_id_-relationships-groupachievement
        """
        return self._link_one(
            "game_center_achievements.game_center_achievements_group_achievement_update_to_one_relationship",
            locals(),
            "gameCenterAchievements",
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterAchievementUpdateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | None | Unset = UNSET,
        points: int | None | Unset = UNSET,
        show_before_earned: bool | None | Unset = UNSET,
        repeatable: bool | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        activity_properties: Mapping[str, Any] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterAchievementResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterAchievements/{id}`` (gameCenterAchievements_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterachievements-_id_
        """
        return self._write(
            "game_center_achievements.game_center_achievements_update_instance", locals(), _UPDATE_BODY
        )


class AsyncGameCenterAchievements(AsyncResource):
    """`asc.game_center_achievements` (async)."""

    async def create(
        self,
        /,
        body: GameCenterAchievementCreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        vendor_identifier: str | Unset = UNSET,
        points: int | Unset = UNSET,
        show_before_earned: bool | Unset = UNSET,
        repeatable: bool | Unset = UNSET,
        activity_properties: Mapping[str, Any] | None | Unset = UNSET,
        game_center_detail: str | None | Unset = UNSET,
        game_center_group: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterAchievementResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterAchievements`` (gameCenterAchievements_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterachievements
        """
        return await self._write(
            "game_center_achievements.game_center_achievements_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/gameCenterAchievements/{id}`` (gameCenterAchievements_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterachievements-_id_
        """
        return await self._call("game_center_achievements.game_center_achievements_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_achievement_localizations: str | Sequence[str] | None = None,
        fields_game_center_achievement_releases: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementResponse:
        """One request.

        ``GET /v1/gameCenterAchievements/{id}`` (gameCenterAchievements_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_
        """
        return await self._call("game_center_achievements.game_center_achievements_get_instance", locals())

    async def get_group_achievement(
        self,
        id: str,
        /,
        *,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_achievement_localizations: str | Sequence[str] | None = None,
        fields_game_center_achievement_releases: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementResponse:
        """One request.

        ``GET /v1/gameCenterAchievements/{id}/groupAchievement`` (gameCenterAchievements_groupAchievement_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-groupachievement
        """
        return await self._call(
            "game_center_achievements.game_center_achievements_group_achievement_get_to_one_related", locals()
        )

    async def get_group_achievement_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterAchievementGroupAchievementLinkageResponse:
        """One request.

        ``GET /v1/gameCenterAchievements/{id}/relationships/groupAchievement`` (gameCenterAchievements_groupAchievement_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-relationships-groupachievement
        """
        return await self._call(
            "game_center_achievements.game_center_achievements_group_achievement_get_to_one_relationship",
            locals(),
        )

    def list_localizations(
        self,
        id: str,
        /,
        *,
        fields_game_center_achievement_localizations: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_achievement_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterAchievementLocalization]:
        """Every GameCenterAchievementLocalization across pages, with the pagination guards.

        ``GET /v1/gameCenterAchievements/{id}/localizations`` (gameCenterAchievements_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-localizations
        """
        return self._paginate(
            "game_center_achievements.game_center_achievements_localizations_get_to_many_related", locals()
        )

    async def list_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_achievement_localizations: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_achievement_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterAchievements/{id}/localizations`` (gameCenterAchievements_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-localizations
        """
        return await self._call(
            "game_center_achievements.game_center_achievements_localizations_get_to_many_related", locals()
        )

    def list_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterAchievementLocalizationsLinkagesResponseDataItem]:
        """Every GameCenterAchievementLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterAchievements/{id}/relationships/localizations`` (gameCenterAchievements_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-relationships-localizations
        """
        return self._paginate(
            "game_center_achievements.game_center_achievements_localizations_get_to_many_relationship",
            locals(),
        )

    async def list_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterAchievements/{id}/relationships/localizations`` (gameCenterAchievements_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-relationships-localizations
        """
        return await self._call(
            "game_center_achievements.game_center_achievements_localizations_get_to_many_relationship",
            locals(),
        )

    def list_releases(
        self,
        id: str,
        /,
        *,
        filter_live: str | Sequence[str] | None = None,
        filter_game_center_detail: str | Sequence[str] | None = None,
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

        ``GET /v1/gameCenterAchievements/{id}/releases`` (gameCenterAchievements_releases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-releases
        """
        return self._paginate(
            "game_center_achievements.game_center_achievements_releases_get_to_many_related", locals()
        )

    async def list_releases_page(
        self,
        id: str,
        /,
        *,
        filter_live: str | Sequence[str] | None = None,
        filter_game_center_detail: str | Sequence[str] | None = None,
        fields_game_center_achievement_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementReleasesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterAchievements/{id}/releases`` (gameCenterAchievements_releases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-releases
        """
        return await self._call(
            "game_center_achievements.game_center_achievements_releases_get_to_many_related", locals()
        )

    def list_releases_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterAchievementReleasesLinkagesResponseDataItem]:
        """Every GameCenterAchievementReleasesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterAchievements/{id}/relationships/releases`` (gameCenterAchievements_releases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-relationships-releases
        """
        return self._paginate(
            "game_center_achievements.game_center_achievements_releases_get_to_many_relationship", locals()
        )

    async def list_releases_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementReleasesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterAchievements/{id}/relationships/releases`` (gameCenterAchievements_releases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-relationships-releases
        """
        return await self._call(
            "game_center_achievements.game_center_achievements_releases_get_to_many_relationship", locals()
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

        ``PATCH /v1/gameCenterAchievements/{id}/relationships/activity`` (gameCenterAchievements_activity_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterachievements-_id_-relationships-activity
        """
        return await self._link_one(
            "game_center_achievements.game_center_achievements_activity_update_to_one_relationship",
            locals(),
            "gameCenterActivities",
        )

    async def set_group_achievement(
        self,
        id: str,
        /,
        related_id: str | None,
        *,
        timeout: Timeout = None,
    ) -> None:
        """Set the linkage (None to clear it).

        ``PATCH /v1/gameCenterAchievements/{id}/relationships/groupAchievement`` (gameCenterAchievements_groupAchievement_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterachievements-_id_-relationships-groupachievement
        """
        return await self._link_one(
            "game_center_achievements.game_center_achievements_group_achievement_update_to_one_relationship",
            locals(),
            "gameCenterAchievements",
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterAchievementUpdateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | None | Unset = UNSET,
        points: int | None | Unset = UNSET,
        show_before_earned: bool | None | Unset = UNSET,
        repeatable: bool | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        activity_properties: Mapping[str, Any] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterAchievementResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterAchievements/{id}`` (gameCenterAchievements_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterachievements-_id_
        """
        return await self._write(
            "game_center_achievements.game_center_achievements_update_instance", locals(), _UPDATE_BODY
        )
