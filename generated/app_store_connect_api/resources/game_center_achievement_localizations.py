"""`asc.game_center_achievement_localizations`: the operations on game_center_achievement_localizations (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.game_center_achievement_image_response import GameCenterAchievementImageResponse
    from ..models.game_center_achievement_localization_create_request import (
        GameCenterAchievementLocalizationCreateRequest,
    )
    from ..models.game_center_achievement_localization_game_center_achievement_image_linkage_response import (
        GameCenterAchievementLocalizationGameCenterAchievementImageLinkageResponse,
    )
    from ..models.game_center_achievement_localization_game_center_achievement_linkage_response import (
        GameCenterAchievementLocalizationGameCenterAchievementLinkageResponse,
    )
    from ..models.game_center_achievement_localization_response import (
        GameCenterAchievementLocalizationResponse,
    )
    from ..models.game_center_achievement_localization_update_request import (
        GameCenterAchievementLocalizationUpdateRequest,
    )
    from ..models.game_center_achievement_response import GameCenterAchievementResponse

__all__ = ["AsyncGameCenterAchievementLocalizations", "GameCenterAchievementLocalizations"]

_CREATE_BODY = Body(
    "gameCenterAchievementLocalizations",
    {
        "locale": ("locale", "string", True),
        "name": ("name", "string", True),
        "before_earned_description": ("beforeEarnedDescription", "string", True),
        "after_earned_description": ("afterEarnedDescription", "string", True),
    },
    {"game_center_achievement": ("gameCenterAchievement", "gameCenterAchievements", False, True)},
)
_UPDATE_BODY = Body(
    "gameCenterAchievementLocalizations",
    {
        "name": ("name", "string", False),
        "before_earned_description": ("beforeEarnedDescription", "string", False),
        "after_earned_description": ("afterEarnedDescription", "string", False),
    },
    {},
)


class GameCenterAchievementLocalizations(SyncResource):
    """`asc.game_center_achievement_localizations`."""

    def create(
        self,
        /,
        body: GameCenterAchievementLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        locale: str | Unset = UNSET,
        name: str | Unset = UNSET,
        before_earned_description: str | Unset = UNSET,
        after_earned_description: str | Unset = UNSET,
        game_center_achievement: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterAchievementLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterAchievementLocalizations`` (gameCenterAchievementLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterachievementlocalizations
        """
        return self._write(
            "game_center_achievement_localizations.game_center_achievement_localizations_create_instance",
            locals(),
            _CREATE_BODY,
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/gameCenterAchievementLocalizations/{id}`` (gameCenterAchievementLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterachievementlocalizations-_id_
        """
        return self._call(
            "game_center_achievement_localizations.game_center_achievement_localizations_delete_instance",
            locals(),
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_achievement_localizations: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_achievement_images: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementLocalizationResponse:
        """One request.

        ``GET /v1/gameCenterAchievementLocalizations/{id}`` (gameCenterAchievementLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_
        """
        return self._call(
            "game_center_achievement_localizations.game_center_achievement_localizations_get_instance",
            locals(),
        )

    def get_game_center_achievement(
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

        ``GET /v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievement`` (gameCenterAchievementLocalizations_gameCenterAchievement_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_-gamecenterachievement
        """
        return self._call(
            "game_center_achievement_localizations.game_center_achievement_localizations_game_center_achievement_get_to_one_related",
            locals(),
        )

    def get_game_center_achievement_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterAchievementLocalizationGameCenterAchievementLinkageResponse:
        """One request.

        ``GET /v1/gameCenterAchievementLocalizations/{id}/relationships/gameCenterAchievement`` (gameCenterAchievementLocalizations_gameCenterAchievement_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_-relationships-gamecenterachievement
        """
        return self._call(
            "game_center_achievement_localizations.game_center_achievement_localizations_game_center_achievement_get_to_one_relationship",
            locals(),
        )

    def get_game_center_achievement_image(
        self,
        id: str,
        /,
        *,
        fields_game_center_achievement_images: str | Sequence[str] | None = None,
        fields_game_center_achievement_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementImageResponse:
        """One request.

        ``GET /v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievementImage`` (gameCenterAchievementLocalizations_gameCenterAchievementImage_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_-gamecenterachievementimage
        """
        return self._call(
            "game_center_achievement_localizations.game_center_achievement_localizations_game_center_achievement_image_get_to_one_related",
            locals(),
        )

    def get_game_center_achievement_image_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterAchievementLocalizationGameCenterAchievementImageLinkageResponse:
        """One request.

        ``GET /v1/gameCenterAchievementLocalizations/{id}/relationships/gameCenterAchievementImage`` (gameCenterAchievementLocalizations_gameCenterAchievementImage_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_-relationships-gamecenterachievementimage
        """
        return self._call(
            "game_center_achievement_localizations.game_center_achievement_localizations_game_center_achievement_image_get_to_one_relationship",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterAchievementLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        before_earned_description: str | None | Unset = UNSET,
        after_earned_description: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterAchievementLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterAchievementLocalizations/{id}`` (gameCenterAchievementLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterachievementlocalizations-_id_
        """
        return self._write(
            "game_center_achievement_localizations.game_center_achievement_localizations_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncGameCenterAchievementLocalizations(AsyncResource):
    """`asc.game_center_achievement_localizations` (async)."""

    async def create(
        self,
        /,
        body: GameCenterAchievementLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        locale: str | Unset = UNSET,
        name: str | Unset = UNSET,
        before_earned_description: str | Unset = UNSET,
        after_earned_description: str | Unset = UNSET,
        game_center_achievement: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterAchievementLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterAchievementLocalizations`` (gameCenterAchievementLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterachievementlocalizations
        """
        return await self._write(
            "game_center_achievement_localizations.game_center_achievement_localizations_create_instance",
            locals(),
            _CREATE_BODY,
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/gameCenterAchievementLocalizations/{id}`` (gameCenterAchievementLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterachievementlocalizations-_id_
        """
        return await self._call(
            "game_center_achievement_localizations.game_center_achievement_localizations_delete_instance",
            locals(),
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_achievement_localizations: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_achievement_images: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementLocalizationResponse:
        """One request.

        ``GET /v1/gameCenterAchievementLocalizations/{id}`` (gameCenterAchievementLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_
        """
        return await self._call(
            "game_center_achievement_localizations.game_center_achievement_localizations_get_instance",
            locals(),
        )

    async def get_game_center_achievement(
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

        ``GET /v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievement`` (gameCenterAchievementLocalizations_gameCenterAchievement_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_-gamecenterachievement
        """
        return await self._call(
            "game_center_achievement_localizations.game_center_achievement_localizations_game_center_achievement_get_to_one_related",
            locals(),
        )

    async def get_game_center_achievement_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterAchievementLocalizationGameCenterAchievementLinkageResponse:
        """One request.

        ``GET /v1/gameCenterAchievementLocalizations/{id}/relationships/gameCenterAchievement`` (gameCenterAchievementLocalizations_gameCenterAchievement_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_-relationships-gamecenterachievement
        """
        return await self._call(
            "game_center_achievement_localizations.game_center_achievement_localizations_game_center_achievement_get_to_one_relationship",
            locals(),
        )

    async def get_game_center_achievement_image(
        self,
        id: str,
        /,
        *,
        fields_game_center_achievement_images: str | Sequence[str] | None = None,
        fields_game_center_achievement_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementImageResponse:
        """One request.

        ``GET /v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievementImage`` (gameCenterAchievementLocalizations_gameCenterAchievementImage_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_-gamecenterachievementimage
        """
        return await self._call(
            "game_center_achievement_localizations.game_center_achievement_localizations_game_center_achievement_image_get_to_one_related",
            locals(),
        )

    async def get_game_center_achievement_image_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterAchievementLocalizationGameCenterAchievementImageLinkageResponse:
        """One request.

        ``GET /v1/gameCenterAchievementLocalizations/{id}/relationships/gameCenterAchievementImage`` (gameCenterAchievementLocalizations_gameCenterAchievementImage_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_-relationships-gamecenterachievementimage
        """
        return await self._call(
            "game_center_achievement_localizations.game_center_achievement_localizations_game_center_achievement_image_get_to_one_relationship",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterAchievementLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        before_earned_description: str | None | Unset = UNSET,
        after_earned_description: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterAchievementLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterAchievementLocalizations/{id}`` (gameCenterAchievementLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterachievementlocalizations-_id_
        """
        return await self._write(
            "game_center_achievement_localizations.game_center_achievement_localizations_update_instance",
            locals(),
            _UPDATE_BODY,
        )
