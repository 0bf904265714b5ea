"""`asc.game_center_leaderboard_releases`: the operations on game_center_leaderboard_releases (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.game_center_leaderboard_release_create_request import (
        GameCenterLeaderboardReleaseCreateRequest,
    )
    from ..models.game_center_leaderboard_release_response import GameCenterLeaderboardReleaseResponse

__all__ = ["AsyncGameCenterLeaderboardReleases", "GameCenterLeaderboardReleases"]

_CREATE_BODY = Body(
    "gameCenterLeaderboardReleases",
    {},
    {
        "game_center_detail": ("gameCenterDetail", "gameCenterDetails", False, True),
        "game_center_leaderboard": ("gameCenterLeaderboard", "gameCenterLeaderboards", False, True),
    },
)


class GameCenterLeaderboardReleases(SyncResource):
    """`asc.game_center_leaderboard_releases`."""

    def create(
        self,
        /,
        body: GameCenterLeaderboardReleaseCreateRequest | Mapping[str, Any] | None = None,
        *,
        game_center_detail: str | Unset = UNSET,
        game_center_leaderboard: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardReleaseResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterLeaderboardReleases`` (gameCenterLeaderboardReleases_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardreleases
        """
        return self._write(
            "game_center_leaderboard_releases.game_center_leaderboard_releases_create_instance",
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

        ``DELETE /v1/gameCenterLeaderboardReleases/{id}`` (gameCenterLeaderboardReleases_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardreleases-_id_
        """
        return self._call(
            "game_center_leaderboard_releases.game_center_leaderboard_releases_delete_instance", locals()
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardReleaseResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardReleases/{id}`` (gameCenterLeaderboardReleases_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardreleases-_id_
        """
        return self._call(
            "game_center_leaderboard_releases.game_center_leaderboard_releases_get_instance", locals()
        )


class AsyncGameCenterLeaderboardReleases(AsyncResource):
    """`asc.game_center_leaderboard_releases` (async)."""

    async def create(
        self,
        /,
        body: GameCenterLeaderboardReleaseCreateRequest | Mapping[str, Any] | None = None,
        *,
        game_center_detail: str | Unset = UNSET,
        game_center_leaderboard: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardReleaseResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterLeaderboardReleases`` (gameCenterLeaderboardReleases_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardreleases
        """
        return await self._write(
            "game_center_leaderboard_releases.game_center_leaderboard_releases_create_instance",
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

        ``DELETE /v1/gameCenterLeaderboardReleases/{id}`` (gameCenterLeaderboardReleases_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardreleases-_id_
        """
        return await self._call(
            "game_center_leaderboard_releases.game_center_leaderboard_releases_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardReleaseResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardReleases/{id}`` (gameCenterLeaderboardReleases_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardreleases-_id_
        """
        return await self._call(
            "game_center_leaderboard_releases.game_center_leaderboard_releases_get_instance", locals()
        )
