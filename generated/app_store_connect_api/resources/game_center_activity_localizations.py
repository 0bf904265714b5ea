"""`asc.game_center_activity_localizations`: the operations on game_center_activity_localizations (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.game_center_activity_image_response import GameCenterActivityImageResponse
    from ..models.game_center_activity_localization_create_request import (
        GameCenterActivityLocalizationCreateRequest,
    )
    from ..models.game_center_activity_localization_image_linkage_response import (
        GameCenterActivityLocalizationImageLinkageResponse,
    )
    from ..models.game_center_activity_localization_response import GameCenterActivityLocalizationResponse
    from ..models.game_center_activity_localization_update_request import (
        GameCenterActivityLocalizationUpdateRequest,
    )

__all__ = ["AsyncGameCenterActivityLocalizations", "GameCenterActivityLocalizations"]

_CREATE_BODY = Body(
    "gameCenterActivityLocalizations",
    {
        "locale": ("locale", "string", True),
        "name": ("name", "string", True),
        "description": ("description", "string", False),
    },
    {"version": ("version", "gameCenterActivityVersions", False, True)},
)
_UPDATE_BODY = Body(
    "gameCenterActivityLocalizations",
    {"name": ("name", "string", False), "description": ("description", "string", False)},
    {},
)


class GameCenterActivityLocalizations(SyncResource):
    """`asc.game_center_activity_localizations`."""

    def create(
        self,
        /,
        body: GameCenterActivityLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        locale: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterActivityLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterActivityLocalizations`` (gameCenterActivityLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivitylocalizations
        """
        return self._write(
            "game_center_activity_localizations.game_center_activity_localizations_create_instance",
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

        ``DELETE /v1/gameCenterActivityLocalizations/{id}`` (gameCenterActivityLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivitylocalizations-_id_
        """
        return self._call(
            "game_center_activity_localizations.game_center_activity_localizations_delete_instance", locals()
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_activity_localizations: str | Sequence[str] | None = None,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        fields_game_center_activity_images: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivityLocalizationResponse:
        """One request.

        ``GET /v1/gameCenterActivityLocalizations/{id}`` (gameCenterActivityLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivitylocalizations-_id_
        """
        return self._call(
            "game_center_activity_localizations.game_center_activity_localizations_get_instance", locals()
        )

    def get_image(
        self,
        id: str,
        /,
        *,
        fields_game_center_activity_images: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivityImageResponse:
        """One request.

        ``GET /v1/gameCenterActivityLocalizations/{id}/image`` (gameCenterActivityLocalizations_image_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivitylocalizations-_id_-image
        """
        return self._call(
            "game_center_activity_localizations.game_center_activity_localizations_image_get_to_one_related",
            locals(),
        )

    def get_image_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterActivityLocalizationImageLinkageResponse:
        """One request.

        ``GET /v1/gameCenterActivityLocalizations/{id}/relationships/image`` (gameCenterActivityLocalizations_image_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivitylocalizations-_id_-relationships-image
        """
        return self._call(
            "game_center_activity_localizations.game_center_activity_localizations_image_get_to_one_relationship",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterActivityLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterActivityLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterActivityLocalizations/{id}`` (gameCenterActivityLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenteractivitylocalizations-_id_
        """
        return self._write(
            "game_center_activity_localizations.game_center_activity_localizations_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncGameCenterActivityLocalizations(AsyncResource):
    """`asc.game_center_activity_localizations` (async)."""

    async def create(
        self,
        /,
        body: GameCenterActivityLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        locale: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterActivityLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterActivityLocalizations`` (gameCenterActivityLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivitylocalizations
        """
        return await self._write(
            "game_center_activity_localizations.game_center_activity_localizations_create_instance",
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

        ``DELETE /v1/gameCenterActivityLocalizations/{id}`` (gameCenterActivityLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivitylocalizations-_id_
        """
        return await self._call(
            "game_center_activity_localizations.game_center_activity_localizations_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_activity_localizations: str | Sequence[str] | None = None,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        fields_game_center_activity_images: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivityLocalizationResponse:
        """One request.

        ``GET /v1/gameCenterActivityLocalizations/{id}`` (gameCenterActivityLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivitylocalizations-_id_
        """
        return await self._call(
            "game_center_activity_localizations.game_center_activity_localizations_get_instance", locals()
        )

    async def get_image(
        self,
        id: str,
        /,
        *,
        fields_game_center_activity_images: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivityImageResponse:
        """One request.

        ``GET /v1/gameCenterActivityLocalizations/{id}/image`` (gameCenterActivityLocalizations_image_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivitylocalizations-_id_-image
        """
        return await self._call(
            "game_center_activity_localizations.game_center_activity_localizations_image_get_to_one_related",
            locals(),
        )

    async def get_image_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterActivityLocalizationImageLinkageResponse:
        """One request.

        ``GET /v1/gameCenterActivityLocalizations/{id}/relationships/image`` (gameCenterActivityLocalizations_image_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivitylocalizations-_id_-relationships-image
        """
        return await self._call(
            "game_center_activity_localizations.game_center_activity_localizations_image_get_to_one_relationship",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterActivityLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterActivityLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterActivityLocalizations/{id}`` (gameCenterActivityLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenteractivitylocalizations-_id_
        """
        return await self._write(
            "game_center_activity_localizations.game_center_activity_localizations_update_instance",
            locals(),
            _UPDATE_BODY,
        )
