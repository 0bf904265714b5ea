"""`asc.game_center_leaderboard_versions_v2`: the operations on game_center_leaderboard_versions_v2 (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.game_center_leaderboard_localization_v2 import GameCenterLeaderboardLocalizationV2
    from ..models.game_center_leaderboard_localizations_v2_response import (
        GameCenterLeaderboardLocalizationsV2Response,
    )
    from ..models.game_center_leaderboard_version_v2_create_request import (
        GameCenterLeaderboardVersionV2CreateRequest,
    )
    from ..models.game_center_leaderboard_version_v2_localizations_linkages_response import (
        GameCenterLeaderboardVersionV2LocalizationsLinkagesResponse,
    )
    from ..models.game_center_leaderboard_version_v2_localizations_linkages_response_data_item import (
        GameCenterLeaderboardVersionV2LocalizationsLinkagesResponseDataItem,
    )
    from ..models.game_center_leaderboard_version_v2_response import GameCenterLeaderboardVersionV2Response

__all__ = ["AsyncGameCenterLeaderboardVersionsV2", "GameCenterLeaderboardVersionsV2"]

_CREATE_BODY = Body(
    "gameCenterLeaderboardVersions",
    {},
    {"leaderboard": ("leaderboard", "gameCenterLeaderboards", False, True)},
)


class GameCenterLeaderboardVersionsV2(SyncResource):
    """`asc.game_center_leaderboard_versions_v2`."""

    def create(
        self,
        /,
        body: GameCenterLeaderboardVersionV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        leaderboard: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardVersionV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/gameCenterLeaderboardVersions`` (gameCenterLeaderboardVersionsV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardversions
        """
        return self._write(
            "game_center_leaderboard_versions.game_center_leaderboard_versions_v2_create_instance",
            locals(),
            _CREATE_BODY,
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardVersionV2Response:
        """One request.

        ``GET /v2/gameCenterLeaderboardVersions/{id}`` (gameCenterLeaderboardVersionsV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardversions-_id_
        """
        return self._call(
            "game_center_leaderboard_versions.game_center_leaderboard_versions_v2_get_instance", locals()
        )

    def list_localizations(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterLeaderboardLocalizationV2]:
        """Every GameCenterLeaderboardLocalizationV2 across pages, with the pagination guards.

        ``GET /v2/gameCenterLeaderboardVersions/{id}/localizations`` (gameCenterLeaderboardVersionsV2_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardversions-_id_-localizations
        """
        return self._paginate(
            "game_center_leaderboard_versions.game_center_leaderboard_versions_v2_localizations_get_to_many_related",
            locals(),
        )

    def list_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardLocalizationsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/gameCenterLeaderboardVersions/{id}/localizations`` (gameCenterLeaderboardVersionsV2_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardversions-_id_-localizations
        """
        return self._call(
            "game_center_leaderboard_versions.game_center_leaderboard_versions_v2_localizations_get_to_many_related",
            locals(),
        )

    def list_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterLeaderboardVersionV2LocalizationsLinkagesResponseDataItem]:
        """Every GameCenterLeaderboardVersionV2LocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/gameCenterLeaderboardVersions/{id}/relationships/localizations`` (gameCenterLeaderboardVersionsV2_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardversions-_id_-relationships-localizations
        """
        return self._paginate(
            "game_center_leaderboard_versions.game_center_leaderboard_versions_v2_localizations_get_to_many_relationship",
            locals(),
        )

    def list_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardVersionV2LocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/gameCenterLeaderboardVersions/{id}/relationships/localizations`` (gameCenterLeaderboardVersionsV2_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardversions-_id_-relationships-localizations
        """
        return self._call(
            "game_center_leaderboard_versions.game_center_leaderboard_versions_v2_localizations_get_to_many_relationship",
            locals(),
        )


class AsyncGameCenterLeaderboardVersionsV2(AsyncResource):
    """`asc.game_center_leaderboard_versions_v2` (async)."""

    async def create(
        self,
        /,
        body: GameCenterLeaderboardVersionV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        leaderboard: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardVersionV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/gameCenterLeaderboardVersions`` (gameCenterLeaderboardVersionsV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardversions
        """
        return await self._write(
            "game_center_leaderboard_versions.game_center_leaderboard_versions_v2_create_instance",
            locals(),
            _CREATE_BODY,
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardVersionV2Response:
        """One request.

        ``GET /v2/gameCenterLeaderboardVersions/{id}`` (gameCenterLeaderboardVersionsV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardversions-_id_
        """
        return await self._call(
            "game_center_leaderboard_versions.game_center_leaderboard_versions_v2_get_instance", locals()
        )

    def list_localizations(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterLeaderboardLocalizationV2]:
        """Every GameCenterLeaderboardLocalizationV2 across pages, with the pagination guards.

        ``GET /v2/gameCenterLeaderboardVersions/{id}/localizations`` (gameCenterLeaderboardVersionsV2_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardversions-_id_-localizations
        """
        return self._paginate(
            "game_center_leaderboard_versions.game_center_leaderboard_versions_v2_localizations_get_to_many_related",
            locals(),
        )

    async def list_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardLocalizationsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/gameCenterLeaderboardVersions/{id}/localizations`` (gameCenterLeaderboardVersionsV2_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardversions-_id_-localizations
        """
        return await self._call(
            "game_center_leaderboard_versions.game_center_leaderboard_versions_v2_localizations_get_to_many_related",
            locals(),
        )

    def list_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterLeaderboardVersionV2LocalizationsLinkagesResponseDataItem]:
        """Every GameCenterLeaderboardVersionV2LocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/gameCenterLeaderboardVersions/{id}/relationships/localizations`` (gameCenterLeaderboardVersionsV2_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardversions-_id_-relationships-localizations
        """
        return self._paginate(
            "game_center_leaderboard_versions.game_center_leaderboard_versions_v2_localizations_get_to_many_relationship",
            locals(),
        )

    async def list_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardVersionV2LocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/gameCenterLeaderboardVersions/{id}/relationships/localizations`` (gameCenterLeaderboardVersionsV2_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardversions-_id_-relationships-localizations
        """
        return await self._call(
            "game_center_leaderboard_versions.game_center_leaderboard_versions_v2_localizations_get_to_many_relationship",
            locals(),
        )
