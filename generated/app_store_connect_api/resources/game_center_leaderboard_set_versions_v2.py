"""`asc.game_center_leaderboard_set_versions_v2`: the operations on game_center_leaderboard_set_versions_v2 (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.game_center_leaderboard_set_localization_v2 import GameCenterLeaderboardSetLocalizationV2
    from ..models.game_center_leaderboard_set_localizations_v2_response import (
        GameCenterLeaderboardSetLocalizationsV2Response,
    )
    from ..models.game_center_leaderboard_set_version_v2_create_request import (
        GameCenterLeaderboardSetVersionV2CreateRequest,
    )
    from ..models.game_center_leaderboard_set_version_v2_localizations_linkages_response import (
        GameCenterLeaderboardSetVersionV2LocalizationsLinkagesResponse,
    )
    from ..models.game_center_leaderboard_set_version_v2_localizations_linkages_response_data_item import (
        GameCenterLeaderboardSetVersionV2LocalizationsLinkagesResponseDataItem,
    )
    from ..models.game_center_leaderboard_set_version_v2_response import (
        GameCenterLeaderboardSetVersionV2Response,
    )

__all__ = ["AsyncGameCenterLeaderboardSetVersionsV2", "GameCenterLeaderboardSetVersionsV2"]

_CREATE_BODY = Body(
    "gameCenterLeaderboardSetVersions",
    {},
    {"leaderboard_set": ("leaderboardSet", "gameCenterLeaderboardSets", False, True)},
)


class GameCenterLeaderboardSetVersionsV2(SyncResource):
    """`asc.game_center_leaderboard_set_versions_v2`."""

    def create(
        self,
        /,
        body: GameCenterLeaderboardSetVersionV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        leaderboard_set: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetVersionV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/gameCenterLeaderboardSetVersions`` (gameCenterLeaderboardSetVersionsV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardsetversions
        """
        return self._write(
            "game_center_leaderboard_set_versions.game_center_leaderboard_set_versions_v2_create_instance",
            locals(),
            _CREATE_BODY,
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_set_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetVersionV2Response:
        """One request.

        ``GET /v2/gameCenterLeaderboardSetVersions/{id}`` (gameCenterLeaderboardSetVersionsV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetversions-_id_
        """
        return self._call(
            "game_center_leaderboard_set_versions.game_center_leaderboard_set_versions_v2_get_instance",
            locals(),
        )

    def list_localizations(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterLeaderboardSetLocalizationV2]:
        """Every GameCenterLeaderboardSetLocalizationV2 across pages, with the pagination guards.

        ``GET /v2/gameCenterLeaderboardSetVersions/{id}/localizations`` (gameCenterLeaderboardSetVersionsV2_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetversions-_id_-localizations
        """
        return self._paginate(
            "game_center_leaderboard_set_versions.game_center_leaderboard_set_versions_v2_localizations_get_to_many_related",
            locals(),
        )

    def list_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetLocalizationsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/gameCenterLeaderboardSetVersions/{id}/localizations`` (gameCenterLeaderboardSetVersionsV2_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetversions-_id_-localizations
        """
        return self._call(
            "game_center_leaderboard_set_versions.game_center_leaderboard_set_versions_v2_localizations_get_to_many_related",
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
    ) -> Paginator[GameCenterLeaderboardSetVersionV2LocalizationsLinkagesResponseDataItem]:
        """Every GameCenterLeaderboardSetVersionV2LocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/gameCenterLeaderboardSetVersions/{id}/relationships/localizations`` (gameCenterLeaderboardSetVersionsV2_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetversions-_id_-relationships-localizations
        """
        return self._paginate(
            "game_center_leaderboard_set_versions.game_center_leaderboard_set_versions_v2_localizations_get_to_many_relationship",
            locals(),
        )

    def list_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetVersionV2LocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/gameCenterLeaderboardSetVersions/{id}/relationships/localizations`` (gameCenterLeaderboardSetVersionsV2_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetversions-_id_-relationships-localizations
        """
        return self._call(
            "game_center_leaderboard_set_versions.game_center_leaderboard_set_versions_v2_localizations_get_to_many_relationship",
            locals(),
        )


class AsyncGameCenterLeaderboardSetVersionsV2(AsyncResource):
    """`asc.game_center_leaderboard_set_versions_v2` (async)."""

    async def create(
        self,
        /,
        body: GameCenterLeaderboardSetVersionV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        leaderboard_set: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetVersionV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/gameCenterLeaderboardSetVersions`` (gameCenterLeaderboardSetVersionsV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardsetversions
        """
        return await self._write(
            "game_center_leaderboard_set_versions.game_center_leaderboard_set_versions_v2_create_instance",
            locals(),
            _CREATE_BODY,
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_set_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetVersionV2Response:
        """One request.

        ``GET /v2/gameCenterLeaderboardSetVersions/{id}`` (gameCenterLeaderboardSetVersionsV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetversions-_id_
        """
        return await self._call(
            "game_center_leaderboard_set_versions.game_center_leaderboard_set_versions_v2_get_instance",
            locals(),
        )

    def list_localizations(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterLeaderboardSetLocalizationV2]:
        """Every GameCenterLeaderboardSetLocalizationV2 across pages, with the pagination guards.

        ``GET /v2/gameCenterLeaderboardSetVersions/{id}/localizations`` (gameCenterLeaderboardSetVersionsV2_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetversions-_id_-localizations
        """
        return self._paginate(
            "game_center_leaderboard_set_versions.game_center_leaderboard_set_versions_v2_localizations_get_to_many_related",
            locals(),
        )

    async def list_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetLocalizationsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/gameCenterLeaderboardSetVersions/{id}/localizations`` (gameCenterLeaderboardSetVersionsV2_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetversions-_id_-localizations
        """
        return await self._call(
            "game_center_leaderboard_set_versions.game_center_leaderboard_set_versions_v2_localizations_get_to_many_related",
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
    ) -> AsyncPaginator[GameCenterLeaderboardSetVersionV2LocalizationsLinkagesResponseDataItem]:
        """Every GameCenterLeaderboardSetVersionV2LocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/gameCenterLeaderboardSetVersions/{id}/relationships/localizations`` (gameCenterLeaderboardSetVersionsV2_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetversions-_id_-relationships-localizations
        """
        return self._paginate(
            "game_center_leaderboard_set_versions.game_center_leaderboard_set_versions_v2_localizations_get_to_many_relationship",
            locals(),
        )

    async def list_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetVersionV2LocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/gameCenterLeaderboardSetVersions/{id}/relationships/localizations`` (gameCenterLeaderboardSetVersionsV2_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetversions-_id_-relationships-localizations
        """
        return await self._call(
            "game_center_leaderboard_set_versions.game_center_leaderboard_set_versions_v2_localizations_get_to_many_relationship",
            locals(),
        )
