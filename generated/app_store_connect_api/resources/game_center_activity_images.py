"""`asc.game_center_activity_images`: the operations on game_center_activity_images (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.game_center_activity_image_create_request import GameCenterActivityImageCreateRequest
    from ..models.game_center_activity_image_response import GameCenterActivityImageResponse
    from ..models.game_center_activity_image_update_request import GameCenterActivityImageUpdateRequest

__all__ = ["AsyncGameCenterActivityImages", "GameCenterActivityImages"]

_CREATE_BODY = Body(
    "gameCenterActivityImages",
    {"file_size": ("fileSize", "integer", True), "file_name": ("fileName", "string", True)},
    {
        "localization": ("localization", "gameCenterActivityLocalizations", False, False),
        "version": ("version", "gameCenterActivityVersions", False, False),
    },
)
_UPDATE_BODY = Body("gameCenterActivityImages", {"uploaded": ("uploaded", "boolean", False)}, {})


class GameCenterActivityImages(SyncResource):
    """`asc.game_center_activity_images`."""

    def create(
        self,
        /,
        body: GameCenterActivityImageCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        localization: str | None | Unset = UNSET,
        version: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterActivityImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterActivityImages`` (gameCenterActivityImages_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivityimages
        """
        return self._write(
            "game_center_activity_images.game_center_activity_images_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/gameCenterActivityImages/{id}`` (gameCenterActivityImages_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivityimages-_id_
        """
        return self._call("game_center_activity_images.game_center_activity_images_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_activity_images: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivityImageResponse:
        """One request.

        ``GET /v1/gameCenterActivityImages/{id}`` (gameCenterActivityImages_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityimages-_id_
        """
        return self._call("game_center_activity_images.game_center_activity_images_get_instance", locals())

    def update(
        self,
        id: str,
        /,
        body: GameCenterActivityImageUpdateRequest | Mapping[str, Any] | None = None,
        *,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterActivityImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterActivityImages/{id}`` (gameCenterActivityImages_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenteractivityimages-_id_
        """
        return self._write(
            "game_center_activity_images.game_center_activity_images_update_instance", locals(), _UPDATE_BODY
        )


class AsyncGameCenterActivityImages(AsyncResource):
    """`asc.game_center_activity_images` (async)."""

    async def create(
        self,
        /,
        body: GameCenterActivityImageCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        localization: str | None | Unset = UNSET,
        version: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterActivityImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterActivityImages`` (gameCenterActivityImages_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivityimages
        """
        return await self._write(
            "game_center_activity_images.game_center_activity_images_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/gameCenterActivityImages/{id}`` (gameCenterActivityImages_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivityimages-_id_
        """
        return await self._call(
            "game_center_activity_images.game_center_activity_images_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_activity_images: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivityImageResponse:
        """One request.

        ``GET /v1/gameCenterActivityImages/{id}`` (gameCenterActivityImages_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityimages-_id_
        """
        return await self._call(
            "game_center_activity_images.game_center_activity_images_get_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterActivityImageUpdateRequest | Mapping[str, Any] | None = None,
        *,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterActivityImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterActivityImages/{id}`` (gameCenterActivityImages_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenteractivityimages-_id_
        """
        return await self._write(
            "game_center_activity_images.game_center_activity_images_update_instance", locals(), _UPDATE_BODY
        )
