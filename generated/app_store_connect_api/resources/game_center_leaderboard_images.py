"""`asc.game_center_leaderboard_images`: the operations on game_center_leaderboard_images (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.game_center_leaderboard_image_create_request import GameCenterLeaderboardImageCreateRequest
    from ..models.game_center_leaderboard_image_response import GameCenterLeaderboardImageResponse
    from ..models.game_center_leaderboard_image_update_request import GameCenterLeaderboardImageUpdateRequest

__all__ = ["AsyncGameCenterLeaderboardImages", "GameCenterLeaderboardImages"]

_CREATE_BODY = Body(
    "gameCenterLeaderboardImages",
    {"file_size": ("fileSize", "integer", True), "file_name": ("fileName", "string", True)},
    {
        "game_center_leaderboard_localization": (
            "gameCenterLeaderboardLocalization",
            "gameCenterLeaderboardLocalizations",
            False,
            True,
        )
    },
)
_UPDATE_BODY = Body("gameCenterLeaderboardImages", {"uploaded": ("uploaded", "boolean", False)}, {})


class GameCenterLeaderboardImages(SyncResource):
    """`asc.game_center_leaderboard_images`."""

    def create(
        self,
        /,
        body: GameCenterLeaderboardImageCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        game_center_leaderboard_localization: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterLeaderboardImages`` (gameCenterLeaderboardImages_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardimages
        """
        return self._write(
            "game_center_leaderboard_images.game_center_leaderboard_images_create_instance",
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

        ``DELETE /v1/gameCenterLeaderboardImages/{id}`` (gameCenterLeaderboardImages_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardimages-_id_
        """
        return self._call(
            "game_center_leaderboard_images.game_center_leaderboard_images_delete_instance", locals()
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_images: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardImageResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardImages/{id}`` (gameCenterLeaderboardImages_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardimages-_id_
        """
        return self._call(
            "game_center_leaderboard_images.game_center_leaderboard_images_get_instance", locals()
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterLeaderboardImageUpdateRequest | Mapping[str, Any] | None = None,
        *,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterLeaderboardImages/{id}`` (gameCenterLeaderboardImages_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardimages-_id_
        """
        return self._write(
            "game_center_leaderboard_images.game_center_leaderboard_images_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncGameCenterLeaderboardImages(AsyncResource):
    """`asc.game_center_leaderboard_images` (async)."""

    async def create(
        self,
        /,
        body: GameCenterLeaderboardImageCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        game_center_leaderboard_localization: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterLeaderboardImages`` (gameCenterLeaderboardImages_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardimages
        """
        return await self._write(
            "game_center_leaderboard_images.game_center_leaderboard_images_create_instance",
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

        ``DELETE /v1/gameCenterLeaderboardImages/{id}`` (gameCenterLeaderboardImages_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardimages-_id_
        """
        return await self._call(
            "game_center_leaderboard_images.game_center_leaderboard_images_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_images: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardImageResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardImages/{id}`` (gameCenterLeaderboardImages_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardimages-_id_
        """
        return await self._call(
            "game_center_leaderboard_images.game_center_leaderboard_images_get_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterLeaderboardImageUpdateRequest | Mapping[str, Any] | None = None,
        *,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterLeaderboardImages/{id}`` (gameCenterLeaderboardImages_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardimages-_id_
        """
        return await self._write(
            "game_center_leaderboard_images.game_center_leaderboard_images_update_instance",
            locals(),
            _UPDATE_BODY,
        )
