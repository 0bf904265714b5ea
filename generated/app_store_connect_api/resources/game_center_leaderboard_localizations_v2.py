"""`asc.game_center_leaderboard_localizations_v2`: the operations on game_center_leaderboard_localizations_v2 (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.game_center_leaderboard_image_v2_response import GameCenterLeaderboardImageV2Response
    from ..models.game_center_leaderboard_localization_v2_create_request import (
        GameCenterLeaderboardLocalizationV2CreateRequest,
    )
    from ..models.game_center_leaderboard_localization_v2_image_linkage_response import (
        GameCenterLeaderboardLocalizationV2ImageLinkageResponse,
    )
    from ..models.game_center_leaderboard_localization_v2_response import (
        GameCenterLeaderboardLocalizationV2Response,
    )
    from ..models.game_center_leaderboard_localization_v2_update_request import (
        GameCenterLeaderboardLocalizationV2UpdateRequest,
    )

__all__ = ["AsyncGameCenterLeaderboardLocalizationsV2", "GameCenterLeaderboardLocalizationsV2"]

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
    {"version": ("version", "gameCenterLeaderboardVersions", False, True)},
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


class GameCenterLeaderboardLocalizationsV2(SyncResource):
    """`asc.game_center_leaderboard_localizations_v2`."""

    def create(
        self,
        /,
        body: GameCenterLeaderboardLocalizationV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        locale: str | Unset = UNSET,
        name: str | Unset = UNSET,
        formatter_override: str | None | Unset = UNSET,
        formatter_suffix: str | None | Unset = UNSET,
        formatter_suffix_singular: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardLocalizationV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/gameCenterLeaderboardLocalizations`` (gameCenterLeaderboardLocalizationsV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardlocalizations
        """
        return self._write(
            "game_center_leaderboard_localizations.game_center_leaderboard_localizations_v2_create_instance",
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

        ``DELETE /v2/gameCenterLeaderboardLocalizations/{id}`` (gameCenterLeaderboardLocalizationsV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterleaderboardlocalizations-_id_
        """
        return self._call(
            "game_center_leaderboard_localizations.game_center_leaderboard_localizations_v2_delete_instance",
            locals(),
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_images: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardLocalizationV2Response:
        """One request.

        ``GET /v2/gameCenterLeaderboardLocalizations/{id}`` (gameCenterLeaderboardLocalizationsV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardlocalizations-_id_
        """
        return self._call(
            "game_center_leaderboard_localizations.game_center_leaderboard_localizations_v2_get_instance",
            locals(),
        )

    def get_image(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_images: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardImageV2Response:
        """One request.

        ``GET /v2/gameCenterLeaderboardLocalizations/{id}/image`` (gameCenterLeaderboardLocalizationsV2_image_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardlocalizations-_id_-image
        """
        return self._call(
            "game_center_leaderboard_localizations.game_center_leaderboard_localizations_v2_image_get_to_one_related",
            locals(),
        )

    def get_image_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardLocalizationV2ImageLinkageResponse:
        """One request.

        ``GET /v2/gameCenterLeaderboardLocalizations/{id}/relationships/image`` (gameCenterLeaderboardLocalizationsV2_image_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardlocalizations-_id_-relationships-image
        """
        return self._call(
            "game_center_leaderboard_localizations.game_center_leaderboard_localizations_v2_image_get_to_one_relationship",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterLeaderboardLocalizationV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        formatter_override: str | None | Unset = UNSET,
        formatter_suffix: str | None | Unset = UNSET,
        formatter_suffix_singular: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardLocalizationV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/gameCenterLeaderboardLocalizations/{id}`` (gameCenterLeaderboardLocalizationsV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboardlocalizations-_id_
        """
        return self._write(
            "game_center_leaderboard_localizations.game_center_leaderboard_localizations_v2_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncGameCenterLeaderboardLocalizationsV2(AsyncResource):
    """`asc.game_center_leaderboard_localizations_v2` (async)."""

    async def create(
        self,
        /,
        body: GameCenterLeaderboardLocalizationV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        locale: str | Unset = UNSET,
        name: str | Unset = UNSET,
        formatter_override: str | None | Unset = UNSET,
        formatter_suffix: str | None | Unset = UNSET,
        formatter_suffix_singular: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardLocalizationV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/gameCenterLeaderboardLocalizations`` (gameCenterLeaderboardLocalizationsV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardlocalizations
        """
        return await self._write(
            "game_center_leaderboard_localizations.game_center_leaderboard_localizations_v2_create_instance",
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

        ``DELETE /v2/gameCenterLeaderboardLocalizations/{id}`` (gameCenterLeaderboardLocalizationsV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterleaderboardlocalizations-_id_
        """
        return await self._call(
            "game_center_leaderboard_localizations.game_center_leaderboard_localizations_v2_delete_instance",
            locals(),
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_images: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardLocalizationV2Response:
        """One request.

        ``GET /v2/gameCenterLeaderboardLocalizations/{id}`` (gameCenterLeaderboardLocalizationsV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardlocalizations-_id_
        """
        return await self._call(
            "game_center_leaderboard_localizations.game_center_leaderboard_localizations_v2_get_instance",
            locals(),
        )

    async def get_image(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_images: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardImageV2Response:
        """One request.

        ``GET /v2/gameCenterLeaderboardLocalizations/{id}/image`` (gameCenterLeaderboardLocalizationsV2_image_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardlocalizations-_id_-image
        """
        return await self._call(
            "game_center_leaderboard_localizations.game_center_leaderboard_localizations_v2_image_get_to_one_related",
            locals(),
        )

    async def get_image_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardLocalizationV2ImageLinkageResponse:
        """One request.

        ``GET /v2/gameCenterLeaderboardLocalizations/{id}/relationships/image`` (gameCenterLeaderboardLocalizationsV2_image_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardlocalizations-_id_-relationships-image
        """
        return await self._call(
            "game_center_leaderboard_localizations.game_center_leaderboard_localizations_v2_image_get_to_one_relationship",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterLeaderboardLocalizationV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        formatter_override: str | None | Unset = UNSET,
        formatter_suffix: str | None | Unset = UNSET,
        formatter_suffix_singular: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardLocalizationV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/gameCenterLeaderboardLocalizations/{id}`` (gameCenterLeaderboardLocalizationsV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboardlocalizations-_id_
        """
        return await self._write(
            "game_center_leaderboard_localizations.game_center_leaderboard_localizations_v2_update_instance",
            locals(),
            _UPDATE_BODY,
        )
