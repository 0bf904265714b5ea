"""`asc.game_center_achievement_releases`: the operations on game_center_achievement_releases (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.game_center_achievement_release_create_request import (
        GameCenterAchievementReleaseCreateRequest,
    )
    from ..models.game_center_achievement_release_response import GameCenterAchievementReleaseResponse

__all__ = ["AsyncGameCenterAchievementReleases", "GameCenterAchievementReleases"]

_CREATE_BODY = Body(
    "gameCenterAchievementReleases",
    {},
    {
        "game_center_detail": ("gameCenterDetail", "gameCenterDetails", False, True),
        "game_center_achievement": ("gameCenterAchievement", "gameCenterAchievements", False, True),
    },
)


class GameCenterAchievementReleases(SyncResource):
    """`asc.game_center_achievement_releases`."""

    def create(
        self,
        /,
        body: GameCenterAchievementReleaseCreateRequest | Mapping[str, Any] | None = None,
        *,
        game_center_detail: str | Unset = UNSET,
        game_center_achievement: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterAchievementReleaseResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterAchievementReleases`` (gameCenterAchievementReleases_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterachievementreleases
        """
        return self._write(
            "game_center_achievement_releases.game_center_achievement_releases_create_instance",
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

        ``DELETE /v1/gameCenterAchievementReleases/{id}`` (gameCenterAchievementReleases_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterachievementreleases-_id_
        """
        return self._call(
            "game_center_achievement_releases.game_center_achievement_releases_delete_instance", locals()
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_achievement_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementReleaseResponse:
        """One request.

        ``GET /v1/gameCenterAchievementReleases/{id}`` (gameCenterAchievementReleases_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementreleases-_id_
        """
        return self._call(
            "game_center_achievement_releases.game_center_achievement_releases_get_instance", locals()
        )


class AsyncGameCenterAchievementReleases(AsyncResource):
    """`asc.game_center_achievement_releases` (async)."""

    async def create(
        self,
        /,
        body: GameCenterAchievementReleaseCreateRequest | Mapping[str, Any] | None = None,
        *,
        game_center_detail: str | Unset = UNSET,
        game_center_achievement: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterAchievementReleaseResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterAchievementReleases`` (gameCenterAchievementReleases_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterachievementreleases
        """
        return await self._write(
            "game_center_achievement_releases.game_center_achievement_releases_create_instance",
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

        ``DELETE /v1/gameCenterAchievementReleases/{id}`` (gameCenterAchievementReleases_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterachievementreleases-_id_
        """
        return await self._call(
            "game_center_achievement_releases.game_center_achievement_releases_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_achievement_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAchievementReleaseResponse:
        """One request.

        ``GET /v1/gameCenterAchievementReleases/{id}`` (gameCenterAchievementReleases_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementreleases-_id_
        """
        return await self._call(
            "game_center_achievement_releases.game_center_achievement_releases_get_instance", locals()
        )
