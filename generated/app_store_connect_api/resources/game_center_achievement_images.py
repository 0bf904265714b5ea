"""`asc.game_center_achievement_images`: the operations on game_center_achievement_images (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.game_center_achievement_image_create_request import GameCenterAchievementImageCreateRequest
    from ..models.game_center_achievement_image_response import GameCenterAchievementImageResponse
    from ..models.game_center_achievement_image_update_request import GameCenterAchievementImageUpdateRequest

__all__ = ["AsyncGameCenterAchievementImages", "GameCenterAchievementImages"]

_CREATE_BODY = Body(
    "gameCenterAchievementImages",
    {"file_size": ("fileSize", "integer", True), "file_name": ("fileName", "string", True)},
    {
        "game_center_achievement_localization": (
            "gameCenterAchievementLocalization",
            "gameCenterAchievementLocalizations",
            False,
            True,
        )
    },
)
_UPDATE_BODY = Body("gameCenterAchievementImages", {"uploaded": ("uploaded", "boolean", False)}, {})


class GameCenterAchievementImages(SyncResource):
    """`asc.game_center_achievement_images`."""

    def create(
        self,
        /,
        body: GameCenterAchievementImageCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        game_center_achievement_localization: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterAchievementImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterAchievementImages`` (gameCenterAchievementImages_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterachievementimages
        """
        return self._write(
            "game_center_achievement_images.game_center_achievement_images_create_instance",
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

        ``DELETE /v1/gameCenterAchievementImages/{id}`` (gameCenterAchievementImages_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterachievementimages-_id_
        """
        return self._call(
            "game_center_achievement_images.game_center_achievement_images_delete_instance", locals()
        )

    def get(
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

        ``GET /v1/gameCenterAchievementImages/{id}`` (gameCenterAchievementImages_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementimages-_id_
        """
        return self._call(
            "game_center_achievement_images.game_center_achievement_images_get_instance", locals()
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterAchievementImageUpdateRequest | Mapping[str, Any] | None = None,
        *,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterAchievementImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterAchievementImages/{id}`` (gameCenterAchievementImages_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterachievementimages-_id_
        """
        return self._write(
            "game_center_achievement_images.game_center_achievement_images_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncGameCenterAchievementImages(AsyncResource):
    """`asc.game_center_achievement_images` (async)."""

    async def create(
        self,
        /,
        body: GameCenterAchievementImageCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        game_center_achievement_localization: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterAchievementImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterAchievementImages`` (gameCenterAchievementImages_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterachievementimages
        """
        return await self._write(
            "game_center_achievement_images.game_center_achievement_images_create_instance",
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

        ``DELETE /v1/gameCenterAchievementImages/{id}`` (gameCenterAchievementImages_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterachievementimages-_id_
        """
        return await self._call(
            "game_center_achievement_images.game_center_achievement_images_delete_instance", locals()
        )

    async def get(
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

        ``GET /v1/gameCenterAchievementImages/{id}`` (gameCenterAchievementImages_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementimages-_id_
        """
        return await self._call(
            "game_center_achievement_images.game_center_achievement_images_get_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterAchievementImageUpdateRequest | Mapping[str, Any] | None = None,
        *,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterAchievementImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterAchievementImages/{id}`` (gameCenterAchievementImages_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterachievementimages-_id_
        """
        return await self._write(
            "game_center_achievement_images.game_center_achievement_images_update_instance",
            locals(),
            _UPDATE_BODY,
        )
