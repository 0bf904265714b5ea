"""`asc.game_center_leaderboard_set_images_v2`: the operations on game_center_leaderboard_set_images_v2 (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.game_center_leaderboard_set_image_v2_create_request import (
        GameCenterLeaderboardSetImageV2CreateRequest,
    )
    from ..models.game_center_leaderboard_set_image_v2_response import GameCenterLeaderboardSetImageV2Response
    from ..models.game_center_leaderboard_set_image_v2_update_request import (
        GameCenterLeaderboardSetImageV2UpdateRequest,
    )

__all__ = ["AsyncGameCenterLeaderboardSetImagesV2", "GameCenterLeaderboardSetImagesV2"]

_CREATE_BODY = Body(
    "gameCenterLeaderboardSetImages",
    {"file_size": ("fileSize", "integer", True), "file_name": ("fileName", "string", True)},
    {"localization": ("localization", "gameCenterLeaderboardSetLocalizations", False, True)},
)
_UPDATE_BODY = Body("gameCenterLeaderboardSetImages", {"uploaded": ("uploaded", "boolean", False)}, {})


class GameCenterLeaderboardSetImagesV2(SyncResource):
    """`asc.game_center_leaderboard_set_images_v2`."""

    def create(
        self,
        /,
        body: GameCenterLeaderboardSetImageV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        localization: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetImageV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/gameCenterLeaderboardSetImages`` (gameCenterLeaderboardSetImagesV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardsetimages
        """
        return self._write(
            "game_center_leaderboard_set_images.game_center_leaderboard_set_images_v2_create_instance",
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

        ``DELETE /v2/gameCenterLeaderboardSetImages/{id}`` (gameCenterLeaderboardSetImagesV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterleaderboardsetimages-_id_
        """
        return self._call(
            "game_center_leaderboard_set_images.game_center_leaderboard_set_images_v2_delete_instance",
            locals(),
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_set_images: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetImageV2Response:
        """One request.

        ``GET /v2/gameCenterLeaderboardSetImages/{id}`` (gameCenterLeaderboardSetImagesV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetimages-_id_
        """
        return self._call(
            "game_center_leaderboard_set_images.game_center_leaderboard_set_images_v2_get_instance", locals()
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterLeaderboardSetImageV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetImageV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/gameCenterLeaderboardSetImages/{id}`` (gameCenterLeaderboardSetImagesV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboardsetimages-_id_
        """
        return self._write(
            "game_center_leaderboard_set_images.game_center_leaderboard_set_images_v2_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncGameCenterLeaderboardSetImagesV2(AsyncResource):
    """`asc.game_center_leaderboard_set_images_v2` (async)."""

    async def create(
        self,
        /,
        body: GameCenterLeaderboardSetImageV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        localization: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetImageV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/gameCenterLeaderboardSetImages`` (gameCenterLeaderboardSetImagesV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardsetimages
        """
        return await self._write(
            "game_center_leaderboard_set_images.game_center_leaderboard_set_images_v2_create_instance",
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

        ``DELETE /v2/gameCenterLeaderboardSetImages/{id}`` (gameCenterLeaderboardSetImagesV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterleaderboardsetimages-_id_
        """
        return await self._call(
            "game_center_leaderboard_set_images.game_center_leaderboard_set_images_v2_delete_instance",
            locals(),
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_set_images: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetImageV2Response:
        """One request.

        ``GET /v2/gameCenterLeaderboardSetImages/{id}`` (gameCenterLeaderboardSetImagesV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetimages-_id_
        """
        return await self._call(
            "game_center_leaderboard_set_images.game_center_leaderboard_set_images_v2_get_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterLeaderboardSetImageV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetImageV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/gameCenterLeaderboardSetImages/{id}`` (gameCenterLeaderboardSetImagesV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboardsetimages-_id_
        """
        return await self._write(
            "game_center_leaderboard_set_images.game_center_leaderboard_set_images_v2_update_instance",
            locals(),
            _UPDATE_BODY,
        )
