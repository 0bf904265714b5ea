"""`asc.game_center_leaderboard_localizations`: the operations on game_center_leaderboard_localizations (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.game_center_leaderboard_image_response import GameCenterLeaderboardImageResponse
    from ..models.game_center_leaderboard_localization_create_request import (
        GameCenterLeaderboardLocalizationCreateRequest,
    )
    from ..models.game_center_leaderboard_localization_game_center_leaderboard_image_linkage_response import (
        GameCenterLeaderboardLocalizationGameCenterLeaderboardImageLinkageResponse,
    )
    from ..models.game_center_leaderboard_localization_response import (
        GameCenterLeaderboardLocalizationResponse,
    )
    from ..models.game_center_leaderboard_localization_update_request import (
        GameCenterLeaderboardLocalizationUpdateRequest,
    )

__all__ = ["AsyncGameCenterLeaderboardLocalizations", "GameCenterLeaderboardLocalizations"]

_CREATE_BODY = Body(
    "gameCenterLeaderboardLocalizations",
    {
        "locale": ("locale", "string", True),
        "name": ("name", "string", True),
        "formatter_override": ("formatterOverride", "string", False),
        "formatter_suffix": ("formatterSuffix", "string", False),
        "formatter_suffix_singular": ("formatterSuffixSingular", "string", False),
        "description": ("description", "string", False),
    },
    {"game_center_leaderboard": ("gameCenterLeaderboard", "gameCenterLeaderboards", False, True)},
)
_UPDATE_BODY = Body(
    "gameCenterLeaderboardLocalizations",
    {
        "name": ("name", "string", False),
        "formatter_override": ("formatterOverride", "string", False),
        "formatter_suffix": ("formatterSuffix", "string", False),
        "formatter_suffix_singular": ("formatterSuffixSingular", "string", False),
        "description": ("description", "string", False),
    },
    {},
)


class GameCenterLeaderboardLocalizations(SyncResource):
    """`asc.game_center_leaderboard_localizations`."""

    def create(
        self,
        /,
        body: GameCenterLeaderboardLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        locale: str | Unset = UNSET,
        name: str | Unset = UNSET,
        formatter_override: str | None | Unset = UNSET,
        formatter_suffix: str | None | Unset = UNSET,
        formatter_suffix_singular: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        game_center_leaderboard: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterLeaderboardLocalizations`` (gameCenterLeaderboardLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardlocalizations
        """
        return self._write(
            "game_center_leaderboard_localizations.game_center_leaderboard_localizations_create_instance",
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

        ``DELETE /v1/gameCenterLeaderboardLocalizations/{id}`` (gameCenterLeaderboardLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardlocalizations-_id_
        """
        return self._call(
            "game_center_leaderboard_localizations.game_center_leaderboard_localizations_delete_instance",
            locals(),
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_images: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardLocalizationResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardLocalizations/{id}`` (gameCenterLeaderboardLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardlocalizations-_id_
        """
        return self._call(
            "game_center_leaderboard_localizations.game_center_leaderboard_localizations_get_instance",
            locals(),
        )

    def get_game_center_leaderboard_image(
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

        ``GET /v1/gameCenterLeaderboardLocalizations/{id}/gameCenterLeaderboardImage`` (gameCenterLeaderboardLocalizations_gameCenterLeaderboardImage_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardlocalizations-_id_-gamecenterleaderboardimage
        """
        return self._call(
            "game_center_leaderboard_localizations.game_center_leaderboard_localizations_game_center_leaderboard_image_get_to_one_related",
            locals(),
        )

    def get_game_center_leaderboard_image_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardLocalizationGameCenterLeaderboardImageLinkageResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardLocalizations/{id}/relationships/gameCenterLeaderboardImage`` (gameCenterLeaderboardLocalizations_gameCenterLeaderboardImage_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardlocalizations-_id_-relationships-gamecenterleaderboardimage
        """
        return self._call(
            "game_center_leaderboard_localizations.game_center_leaderboard_localizations_game_center_leaderboard_image_get_to_one_relationship",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterLeaderboardLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        formatter_override: str | None | Unset = UNSET,
        formatter_suffix: str | None | Unset = UNSET,
        formatter_suffix_singular: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterLeaderboardLocalizations/{id}`` (gameCenterLeaderboardLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardlocalizations-_id_
        """
        return self._write(
            "game_center_leaderboard_localizations.game_center_leaderboard_localizations_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncGameCenterLeaderboardLocalizations(AsyncResource):
    """`asc.game_center_leaderboard_localizations` (async)."""

    async def create(
        self,
        /,
        body: GameCenterLeaderboardLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        locale: str | Unset = UNSET,
        name: str | Unset = UNSET,
        formatter_override: str | None | Unset = UNSET,
        formatter_suffix: str | None | Unset = UNSET,
        formatter_suffix_singular: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        game_center_leaderboard: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterLeaderboardLocalizations`` (gameCenterLeaderboardLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardlocalizations
        """
        return await self._write(
            "game_center_leaderboard_localizations.game_center_leaderboard_localizations_create_instance",
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

        ``DELETE /v1/gameCenterLeaderboardLocalizations/{id}`` (gameCenterLeaderboardLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardlocalizations-_id_
        """
        return await self._call(
            "game_center_leaderboard_localizations.game_center_leaderboard_localizations_delete_instance",
            locals(),
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_images: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardLocalizationResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardLocalizations/{id}`` (gameCenterLeaderboardLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardlocalizations-_id_
        """
        return await self._call(
            "game_center_leaderboard_localizations.game_center_leaderboard_localizations_get_instance",
            locals(),
        )

    async def get_game_center_leaderboard_image(
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

        ``GET /v1/gameCenterLeaderboardLocalizations/{id}/gameCenterLeaderboardImage`` (gameCenterLeaderboardLocalizations_gameCenterLeaderboardImage_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardlocalizations-_id_-gamecenterleaderboardimage
        """
        return await self._call(
            "game_center_leaderboard_localizations.game_center_leaderboard_localizations_game_center_leaderboard_image_get_to_one_related",
            locals(),
        )

    async def get_game_center_leaderboard_image_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardLocalizationGameCenterLeaderboardImageLinkageResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardLocalizations/{id}/relationships/gameCenterLeaderboardImage`` (gameCenterLeaderboardLocalizations_gameCenterLeaderboardImage_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardlocalizations-_id_-relationships-gamecenterleaderboardimage
        """
        return await self._call(
            "game_center_leaderboard_localizations.game_center_leaderboard_localizations_game_center_leaderboard_image_get_to_one_relationship",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterLeaderboardLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        formatter_override: str | None | Unset = UNSET,
        formatter_suffix: str | None | Unset = UNSET,
        formatter_suffix_singular: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterLeaderboardLocalizations/{id}`` (gameCenterLeaderboardLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardlocalizations-_id_
        """
        return await self._write(
            "game_center_leaderboard_localizations.game_center_leaderboard_localizations_update_instance",
            locals(),
            _UPDATE_BODY,
        )
