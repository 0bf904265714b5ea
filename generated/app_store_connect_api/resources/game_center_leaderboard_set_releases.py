"""`asc.game_center_leaderboard_set_releases`: the operations on game_center_leaderboard_set_releases (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.game_center_leaderboard_set_release_create_request import (
        GameCenterLeaderboardSetReleaseCreateRequest,
    )
    from ..models.game_center_leaderboard_set_release_response import GameCenterLeaderboardSetReleaseResponse

__all__ = ["AsyncGameCenterLeaderboardSetReleases", "GameCenterLeaderboardSetReleases"]

_CREATE_BODY = Body(
    "gameCenterLeaderboardSetReleases",
    {},
    {
        "game_center_detail": ("gameCenterDetail", "gameCenterDetails", False, True),
        "game_center_leaderboard_set": ("gameCenterLeaderboardSet", "gameCenterLeaderboardSets", False, True),
    },
)


class GameCenterLeaderboardSetReleases(SyncResource):
    """`asc.game_center_leaderboard_set_releases`."""

    def create(
        self,
        /,
        body: GameCenterLeaderboardSetReleaseCreateRequest | Mapping[str, Any] | None = None,
        *,
        game_center_detail: str | Unset = UNSET,
        game_center_leaderboard_set: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetReleaseResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterLeaderboardSetReleases`` (gameCenterLeaderboardSetReleases_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardsetreleases
        """
        return self._write(
            "game_center_leaderboard_set_releases.game_center_leaderboard_set_releases_create_instance",
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

        ``DELETE /v1/gameCenterLeaderboardSetReleases/{id}`` (gameCenterLeaderboardSetReleases_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardsetreleases-_id_
        """
        return self._call(
            "game_center_leaderboard_set_releases.game_center_leaderboard_set_releases_delete_instance",
            locals(),
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_set_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetReleaseResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardSetReleases/{id}`` (gameCenterLeaderboardSetReleases_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetreleases-_id_
        """
        return self._call(
            "game_center_leaderboard_set_releases.game_center_leaderboard_set_releases_get_instance", locals()
        )


class AsyncGameCenterLeaderboardSetReleases(AsyncResource):
    """`asc.game_center_leaderboard_set_releases` (async)."""

    async def create(
        self,
        /,
        body: GameCenterLeaderboardSetReleaseCreateRequest | Mapping[str, Any] | None = None,
        *,
        game_center_detail: str | Unset = UNSET,
        game_center_leaderboard_set: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetReleaseResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterLeaderboardSetReleases`` (gameCenterLeaderboardSetReleases_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardsetreleases
        """
        return await self._write(
            "game_center_leaderboard_set_releases.game_center_leaderboard_set_releases_create_instance",
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

        ``DELETE /v1/gameCenterLeaderboardSetReleases/{id}`` (gameCenterLeaderboardSetReleases_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardsetreleases-_id_
        """
        return await self._call(
            "game_center_leaderboard_set_releases.game_center_leaderboard_set_releases_delete_instance",
            locals(),
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_set_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetReleaseResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardSetReleases/{id}`` (gameCenterLeaderboardSetReleases_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetreleases-_id_
        """
        return await self._call(
            "game_center_leaderboard_set_releases.game_center_leaderboard_set_releases_get_instance", locals()
        )
