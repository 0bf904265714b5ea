"""`asc.game_center_leaderboard_set_localizations`: the operations on game_center_leaderboard_set_localizations (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.game_center_leaderboard_set_image_response import GameCenterLeaderboardSetImageResponse
    from ..models.game_center_leaderboard_set_localization_create_request import (
        GameCenterLeaderboardSetLocalizationCreateRequest,
    )
    from ..models.game_center_leaderboard_set_localization_game_center_leaderboard_set_image_linkage_response import (
        GameCenterLeaderboardSetLocalizationGameCenterLeaderboardSetImageLinkageResponse,
    )
    from ..models.game_center_leaderboard_set_localization_response import (
        GameCenterLeaderboardSetLocalizationResponse,
    )
    from ..models.game_center_leaderboard_set_localization_update_request import (
        GameCenterLeaderboardSetLocalizationUpdateRequest,
    )

__all__ = ["AsyncGameCenterLeaderboardSetLocalizations", "GameCenterLeaderboardSetLocalizations"]

_CREATE_BODY = Body(
    "gameCenterLeaderboardSetLocalizations",
    {"locale": ("locale", "string", True), "name": ("name", "string", True)},
    {"game_center_leaderboard_set": ("gameCenterLeaderboardSet", "gameCenterLeaderboardSets", False, True)},
)
_UPDATE_BODY = Body("gameCenterLeaderboardSetLocalizations", {"name": ("name", "string", False)}, {})


class GameCenterLeaderboardSetLocalizations(SyncResource):
    """`asc.game_center_leaderboard_set_localizations`."""

    def create(
        self,
        /,
        body: GameCenterLeaderboardSetLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        locale: str | Unset = UNSET,
        name: str | Unset = UNSET,
        game_center_leaderboard_set: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterLeaderboardSetLocalizations`` (gameCenterLeaderboardSetLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardsetlocalizations
        """
        return self._write(
            "game_center_leaderboard_set_localizations.game_center_leaderboard_set_localizations_create_instance",
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

        ``DELETE /v1/gameCenterLeaderboardSetLocalizations/{id}`` (gameCenterLeaderboardSetLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardsetlocalizations-_id_
        """
        return self._call(
            "game_center_leaderboard_set_localizations.game_center_leaderboard_set_localizations_delete_instance",
            locals(),
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_images: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetLocalizationResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardSetLocalizations/{id}`` (gameCenterLeaderboardSetLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetlocalizations-_id_
        """
        return self._call(
            "game_center_leaderboard_set_localizations.game_center_leaderboard_set_localizations_get_instance",
            locals(),
        )

    def get_game_center_leaderboard_set_image(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_set_images: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetImageResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardSetLocalizations/{id}/gameCenterLeaderboardSetImage`` (gameCenterLeaderboardSetLocalizations_gameCenterLeaderboardSetImage_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetlocalizations-_id_-gamecenterleaderboardsetimage
        """
        return self._call(
            "game_center_leaderboard_set_localizations.game_center_leaderboard_set_localizations_game_center_leaderboard_set_image_get_to_one_related",
            locals(),
        )

    def get_game_center_leaderboard_set_image_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetLocalizationGameCenterLeaderboardSetImageLinkageResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardSetLocalizations/{id}/relationships/gameCenterLeaderboardSetImage`` (gameCenterLeaderboardSetLocalizations_gameCenterLeaderboardSetImage_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetlocalizations-_id_-relationships-gamecenterleaderboardsetimage
        """
        return self._call(
            "game_center_leaderboard_set_localizations.game_center_leaderboard_set_localizations_game_center_leaderboard_set_image_get_to_one_relationship",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterLeaderboardSetLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterLeaderboardSetLocalizations/{id}`` (gameCenterLeaderboardSetLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardsetlocalizations-_id_
        """
        return self._write(
            "game_center_leaderboard_set_localizations.game_center_leaderboard_set_localizations_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncGameCenterLeaderboardSetLocalizations(AsyncResource):
    """`asc.game_center_leaderboard_set_localizations` (async)."""

    async def create(
        self,
        /,
        body: GameCenterLeaderboardSetLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        locale: str | Unset = UNSET,
        name: str | Unset = UNSET,
        game_center_leaderboard_set: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterLeaderboardSetLocalizations`` (gameCenterLeaderboardSetLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardsetlocalizations
        """
        return await self._write(
            "game_center_leaderboard_set_localizations.game_center_leaderboard_set_localizations_create_instance",
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

        ``DELETE /v1/gameCenterLeaderboardSetLocalizations/{id}`` (gameCenterLeaderboardSetLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardsetlocalizations-_id_
        """
        return await self._call(
            "game_center_leaderboard_set_localizations.game_center_leaderboard_set_localizations_delete_instance",
            locals(),
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_images: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetLocalizationResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardSetLocalizations/{id}`` (gameCenterLeaderboardSetLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetlocalizations-_id_
        """
        return await self._call(
            "game_center_leaderboard_set_localizations.game_center_leaderboard_set_localizations_get_instance",
            locals(),
        )

    async def get_game_center_leaderboard_set_image(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_set_images: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetImageResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardSetLocalizations/{id}/gameCenterLeaderboardSetImage`` (gameCenterLeaderboardSetLocalizations_gameCenterLeaderboardSetImage_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetlocalizations-_id_-gamecenterleaderboardsetimage
        """
        return await self._call(
            "game_center_leaderboard_set_localizations.game_center_leaderboard_set_localizations_game_center_leaderboard_set_image_get_to_one_related",
            locals(),
        )

    async def get_game_center_leaderboard_set_image_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetLocalizationGameCenterLeaderboardSetImageLinkageResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardSetLocalizations/{id}/relationships/gameCenterLeaderboardSetImage`` (gameCenterLeaderboardSetLocalizations_gameCenterLeaderboardSetImage_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetlocalizations-_id_-relationships-gamecenterleaderboardsetimage
        """
        return await self._call(
            "game_center_leaderboard_set_localizations.game_center_leaderboard_set_localizations_game_center_leaderboard_set_image_get_to_one_relationship",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterLeaderboardSetLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterLeaderboardSetLocalizations/{id}`` (gameCenterLeaderboardSetLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardsetlocalizations-_id_
        """
        return await self._write(
            "game_center_leaderboard_set_localizations.game_center_leaderboard_set_localizations_update_instance",
            locals(),
            _UPDATE_BODY,
        )
