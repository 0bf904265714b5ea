"""`asc.game_center_challenge_localizations`: the operations on game_center_challenge_localizations (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.game_center_challenge_image_response import GameCenterChallengeImageResponse
    from ..models.game_center_challenge_localization_create_request import (
        GameCenterChallengeLocalizationCreateRequest,
    )
    from ..models.game_center_challenge_localization_image_linkage_response import (
        GameCenterChallengeLocalizationImageLinkageResponse,
    )
    from ..models.game_center_challenge_localization_response import GameCenterChallengeLocalizationResponse
    from ..models.game_center_challenge_localization_update_request import (
        GameCenterChallengeLocalizationUpdateRequest,
    )

__all__ = ["AsyncGameCenterChallengeLocalizations", "GameCenterChallengeLocalizations"]

_CREATE_BODY = Body(
    "gameCenterChallengeLocalizations",
    {
        "locale": ("locale", "string", True),
        "name": ("name", "string", True),
        "description": ("description", "string", False),
    },
    {"version": ("version", "gameCenterChallengeVersions", False, True)},
)
_UPDATE_BODY = Body(
    "gameCenterChallengeLocalizations",
    {"name": ("name", "string", False), "description": ("description", "string", False)},
    {},
)


class GameCenterChallengeLocalizations(SyncResource):
    """`asc.game_center_challenge_localizations`."""

    def create(
        self,
        /,
        body: GameCenterChallengeLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        locale: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterChallengeLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterChallengeLocalizations`` (gameCenterChallengeLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterchallengelocalizations
        """
        return self._write(
            "game_center_challenge_localizations.game_center_challenge_localizations_create_instance",
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

        ``DELETE /v1/gameCenterChallengeLocalizations/{id}`` (gameCenterChallengeLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterchallengelocalizations-_id_
        """
        return self._call(
            "game_center_challenge_localizations.game_center_challenge_localizations_delete_instance",
            locals(),
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_challenge_localizations: str | Sequence[str] | None = None,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        fields_game_center_challenge_images: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterChallengeLocalizationResponse:
        """One request.

        ``GET /v1/gameCenterChallengeLocalizations/{id}`` (gameCenterChallengeLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengelocalizations-_id_
        """
        return self._call(
            "game_center_challenge_localizations.game_center_challenge_localizations_get_instance", locals()
        )

    def get_image(
        self,
        id: str,
        /,
        *,
        fields_game_center_challenge_images: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterChallengeImageResponse:
        """One request.

        ``GET /v1/gameCenterChallengeLocalizations/{id}/image`` (gameCenterChallengeLocalizations_image_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengelocalizations-_id_-image
        """
        return self._call(
            "game_center_challenge_localizations.game_center_challenge_localizations_image_get_to_one_related",
            locals(),
        )

    def get_image_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterChallengeLocalizationImageLinkageResponse:
        """One request.

        ``GET /v1/gameCenterChallengeLocalizations/{id}/relationships/image`` (gameCenterChallengeLocalizations_image_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengelocalizations-_id_-relationships-image
        """
        return self._call(
            "game_center_challenge_localizations.game_center_challenge_localizations_image_get_to_one_relationship",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterChallengeLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterChallengeLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterChallengeLocalizations/{id}`` (gameCenterChallengeLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterchallengelocalizations-_id_
        """
        return self._write(
            "game_center_challenge_localizations.game_center_challenge_localizations_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncGameCenterChallengeLocalizations(AsyncResource):
    """`asc.game_center_challenge_localizations` (async)."""

    async def create(
        self,
        /,
        body: GameCenterChallengeLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        locale: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterChallengeLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterChallengeLocalizations`` (gameCenterChallengeLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterchallengelocalizations
        """
        return await self._write(
            "game_center_challenge_localizations.game_center_challenge_localizations_create_instance",
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

        ``DELETE /v1/gameCenterChallengeLocalizations/{id}`` (gameCenterChallengeLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterchallengelocalizations-_id_
        """
        return await self._call(
            "game_center_challenge_localizations.game_center_challenge_localizations_delete_instance",
            locals(),
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_challenge_localizations: str | Sequence[str] | None = None,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        fields_game_center_challenge_images: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterChallengeLocalizationResponse:
        """One request.

        ``GET /v1/gameCenterChallengeLocalizations/{id}`` (gameCenterChallengeLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengelocalizations-_id_
        """
        return await self._call(
            "game_center_challenge_localizations.game_center_challenge_localizations_get_instance", locals()
        )

    async def get_image(
        self,
        id: str,
        /,
        *,
        fields_game_center_challenge_images: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterChallengeImageResponse:
        """One request.

        ``GET /v1/gameCenterChallengeLocalizations/{id}/image`` (gameCenterChallengeLocalizations_image_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengelocalizations-_id_-image
        """
        return await self._call(
            "game_center_challenge_localizations.game_center_challenge_localizations_image_get_to_one_related",
            locals(),
        )

    async def get_image_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterChallengeLocalizationImageLinkageResponse:
        """One request.

        ``GET /v1/gameCenterChallengeLocalizations/{id}/relationships/image`` (gameCenterChallengeLocalizations_image_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengelocalizations-_id_-relationships-image
        """
        return await self._call(
            "game_center_challenge_localizations.game_center_challenge_localizations_image_get_to_one_relationship",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterChallengeLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterChallengeLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterChallengeLocalizations/{id}`` (gameCenterChallengeLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterchallengelocalizations-_id_
        """
        return await self._write(
            "game_center_challenge_localizations.game_center_challenge_localizations_update_instance",
            locals(),
            _UPDATE_BODY,
        )
