"""`asc.game_center_activity_version_releases`: the operations on game_center_activity_version_releases (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.game_center_activity_version_release_create_request import (
        GameCenterActivityVersionReleaseCreateRequest,
    )
    from ..models.game_center_activity_version_release_response import (
        GameCenterActivityVersionReleaseResponse,
    )

__all__ = ["AsyncGameCenterActivityVersionReleases", "GameCenterActivityVersionReleases"]

_CREATE_BODY = Body(
    "gameCenterActivityVersionReleases",
    {},
    {
        "game_center_detail": ("gameCenterDetail", "gameCenterDetails", False, True),
        "version": ("version", "gameCenterActivityVersions", False, True),
    },
)


class GameCenterActivityVersionReleases(SyncResource):
    """`asc.game_center_activity_version_releases`."""

    def create(
        self,
        /,
        body: GameCenterActivityVersionReleaseCreateRequest | Mapping[str, Any] | None = None,
        *,
        game_center_detail: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterActivityVersionReleaseResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterActivityVersionReleases`` (gameCenterActivityVersionReleases_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivityversionreleases
        """
        return self._write(
            "game_center_activity_version_releases.game_center_activity_version_releases_create_instance",
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

        ``DELETE /v1/gameCenterActivityVersionReleases/{id}`` (gameCenterActivityVersionReleases_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivityversionreleases-_id_
        """
        return self._call(
            "game_center_activity_version_releases.game_center_activity_version_releases_delete_instance",
            locals(),
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_activity_version_releases: str | Sequence[str] | None = None,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivityVersionReleaseResponse:
        """One request.

        ``GET /v1/gameCenterActivityVersionReleases/{id}`` (gameCenterActivityVersionReleases_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversionreleases-_id_
        """
        return self._call(
            "game_center_activity_version_releases.game_center_activity_version_releases_get_instance",
            locals(),
        )


class AsyncGameCenterActivityVersionReleases(AsyncResource):
    """`asc.game_center_activity_version_releases` (async)."""

    async def create(
        self,
        /,
        body: GameCenterActivityVersionReleaseCreateRequest | Mapping[str, Any] | None = None,
        *,
        game_center_detail: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterActivityVersionReleaseResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterActivityVersionReleases`` (gameCenterActivityVersionReleases_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivityversionreleases
        """
        return await self._write(
            "game_center_activity_version_releases.game_center_activity_version_releases_create_instance",
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

        ``DELETE /v1/gameCenterActivityVersionReleases/{id}`` (gameCenterActivityVersionReleases_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenteractivityversionreleases-_id_
        """
        return await self._call(
            "game_center_activity_version_releases.game_center_activity_version_releases_delete_instance",
            locals(),
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_activity_version_releases: str | Sequence[str] | None = None,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivityVersionReleaseResponse:
        """One request.

        ``GET /v1/gameCenterActivityVersionReleases/{id}`` (gameCenterActivityVersionReleases_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversionreleases-_id_
        """
        return await self._call(
            "game_center_activity_version_releases.game_center_activity_version_releases_get_instance",
            locals(),
        )
