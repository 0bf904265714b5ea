"""`asc.game_center_leaderboard_set_localizations_v2`: the operations on game_center_leaderboard_set_localizations_v2 (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.game_center_leaderboard_set_image_v2_response import GameCenterLeaderboardSetImageV2Response
    from ..models.game_center_leaderboard_set_localization_v2_create_request import (
        GameCenterLeaderboardSetLocalizationV2CreateRequest,
    )
    from ..models.game_center_leaderboard_set_localization_v2_image_linkage_response import (
        GameCenterLeaderboardSetLocalizationV2ImageLinkageResponse,
    )
    from ..models.game_center_leaderboard_set_localization_v2_response import (
        GameCenterLeaderboardSetLocalizationV2Response,
    )
    from ..models.game_center_leaderboard_set_localization_v2_update_request import (
        GameCenterLeaderboardSetLocalizationV2UpdateRequest,
    )

__all__ = ["AsyncGameCenterLeaderboardSetLocalizationsV2", "GameCenterLeaderboardSetLocalizationsV2"]

_CREATE_BODY = Body(
    "gameCenterLeaderboardSetLocalizations",
    {"locale": ("locale", "string", True), "name": ("name", "string", True)},
    {"version": ("version", "gameCenterLeaderboardSetVersions", False, True)},
)
_UPDATE_BODY = Body("gameCenterLeaderboardSetLocalizations", {"name": ("name", "string", False)}, {})


class GameCenterLeaderboardSetLocalizationsV2(SyncResource):
    """`asc.game_center_leaderboard_set_localizations_v2`."""

    def create(
        self,
        /,
        body: GameCenterLeaderboardSetLocalizationV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        locale: str | Unset = UNSET,
        name: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetLocalizationV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/gameCenterLeaderboardSetLocalizations`` (gameCenterLeaderboardSetLocalizationsV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardsetlocalizations
        """
        return self._write(
            "game_center_leaderboard_set_localizations.game_center_leaderboard_set_localizations_v2_create_instance",
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

        ``DELETE /v2/gameCenterLeaderboardSetLocalizations/{id}`` (gameCenterLeaderboardSetLocalizationsV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterleaderboardsetlocalizations-_id_
        """
        return self._call(
            "game_center_leaderboard_set_localizations.game_center_leaderboard_set_localizations_v2_delete_instance",
            locals(),
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_images: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetLocalizationV2Response:
        """One request.

        ``GET /v2/gameCenterLeaderboardSetLocalizations/{id}`` (gameCenterLeaderboardSetLocalizationsV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetlocalizations-_id_
        """
        return self._call(
            "game_center_leaderboard_set_localizations.game_center_leaderboard_set_localizations_v2_get_instance",
            locals(),
        )

    def get_image(
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

        ``GET /v2/gameCenterLeaderboardSetLocalizations/{id}/image`` (gameCenterLeaderboardSetLocalizationsV2_image_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetlocalizations-_id_-image
        """
        return self._call(
            "game_center_leaderboard_set_localizations.game_center_leaderboard_set_localizations_v2_image_get_to_one_related",
            locals(),
        )

    def get_image_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetLocalizationV2ImageLinkageResponse:
        """One request.

        ``GET /v2/gameCenterLeaderboardSetLocalizations/{id}/relationships/image`` (gameCenterLeaderboardSetLocalizationsV2_image_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetlocalizations-_id_-relationships-image
        """
        return self._call(
            "game_center_leaderboard_set_localizations.game_center_leaderboard_set_localizations_v2_image_get_to_one_relationship",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterLeaderboardSetLocalizationV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetLocalizationV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/gameCenterLeaderboardSetLocalizations/{id}`` (gameCenterLeaderboardSetLocalizationsV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboardsetlocalizations-_id_
        """
        return self._write(
            "game_center_leaderboard_set_localizations.game_center_leaderboard_set_localizations_v2_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncGameCenterLeaderboardSetLocalizationsV2(AsyncResource):
    """`asc.game_center_leaderboard_set_localizations_v2` (async)."""

    async def create(
        self,
        /,
        body: GameCenterLeaderboardSetLocalizationV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        locale: str | Unset = UNSET,
        name: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetLocalizationV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/gameCenterLeaderboardSetLocalizations`` (gameCenterLeaderboardSetLocalizationsV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardsetlocalizations
        """
        return await self._write(
            "game_center_leaderboard_set_localizations.game_center_leaderboard_set_localizations_v2_create_instance",
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

        ``DELETE /v2/gameCenterLeaderboardSetLocalizations/{id}`` (gameCenterLeaderboardSetLocalizationsV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterleaderboardsetlocalizations-_id_
        """
        return await self._call(
            "game_center_leaderboard_set_localizations.game_center_leaderboard_set_localizations_v2_delete_instance",
            locals(),
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_images: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetLocalizationV2Response:
        """One request.

        ``GET /v2/gameCenterLeaderboardSetLocalizations/{id}`` (gameCenterLeaderboardSetLocalizationsV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetlocalizations-_id_
        """
        return await self._call(
            "game_center_leaderboard_set_localizations.game_center_leaderboard_set_localizations_v2_get_instance",
            locals(),
        )

    async def get_image(
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

        ``GET /v2/gameCenterLeaderboardSetLocalizations/{id}/image`` (gameCenterLeaderboardSetLocalizationsV2_image_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetlocalizations-_id_-image
        """
        return await self._call(
            "game_center_leaderboard_set_localizations.game_center_leaderboard_set_localizations_v2_image_get_to_one_related",
            locals(),
        )

    async def get_image_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetLocalizationV2ImageLinkageResponse:
        """One request.

        ``GET /v2/gameCenterLeaderboardSetLocalizations/{id}/relationships/image`` (gameCenterLeaderboardSetLocalizationsV2_image_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetlocalizations-_id_-relationships-image
        """
        return await self._call(
            "game_center_leaderboard_set_localizations.game_center_leaderboard_set_localizations_v2_image_get_to_one_relationship",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterLeaderboardSetLocalizationV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetLocalizationV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/gameCenterLeaderboardSetLocalizations/{id}`` (gameCenterLeaderboardSetLocalizationsV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboardsetlocalizations-_id_
        """
        return await self._write(
            "game_center_leaderboard_set_localizations.game_center_leaderboard_set_localizations_v2_update_instance",
            locals(),
            _UPDATE_BODY,
        )
