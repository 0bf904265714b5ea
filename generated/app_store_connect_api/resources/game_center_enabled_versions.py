"""`asc.game_center_enabled_versions`: the operations on game_center_enabled_versions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.game_center_enabled_version import GameCenterEnabledVersion
    from ..models.game_center_enabled_version_compatible_versions_linkages_response import (
        GameCenterEnabledVersionCompatibleVersionsLinkagesResponse,
    )
    from ..models.game_center_enabled_version_compatible_versions_linkages_response_data_item import (
        GameCenterEnabledVersionCompatibleVersionsLinkagesResponseDataItem,
    )
    from ..models.game_center_enabled_versions_response import GameCenterEnabledVersionsResponse

__all__ = ["AsyncGameCenterEnabledVersions", "GameCenterEnabledVersions"]


class GameCenterEnabledVersions(SyncResource):
    """`asc.game_center_enabled_versions`."""

    def add_compatible_versions(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions`` (gameCenterEnabledVersions_compatibleVersions_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterenabledversions-_id_-relationships-compatibleversions
        """
        return self._link_many(
            "game_center_enabled_versions.game_center_enabled_versions_compatible_versions_create_to_many_relationship",
            locals(),
            "gameCenterEnabledVersions",
        )

    def list_compatible_versions(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_version_string: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_game_center_enabled_versions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_compatible_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterEnabledVersion]:
        """Every GameCenterEnabledVersion across pages, with the pagination guards.

        ``GET /v1/gameCenterEnabledVersions/{id}/compatibleVersions`` (gameCenterEnabledVersions_compatibleVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterenabledversions-_id_-compatibleversions
        """
        return self._paginate(
            "game_center_enabled_versions.game_center_enabled_versions_compatible_versions_get_to_many_related",
            locals(),
        )

    def list_compatible_versions_page(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_version_string: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_game_center_enabled_versions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_compatible_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterEnabledVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterEnabledVersions/{id}/compatibleVersions`` (gameCenterEnabledVersions_compatibleVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterenabledversions-_id_-compatibleversions
        """
        return self._call(
            "game_center_enabled_versions.game_center_enabled_versions_compatible_versions_get_to_many_related",
            locals(),
        )

    def list_compatible_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterEnabledVersionCompatibleVersionsLinkagesResponseDataItem]:
        """Every GameCenterEnabledVersionCompatibleVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions`` (gameCenterEnabledVersions_compatibleVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterenabledversions-_id_-relationships-compatibleversions
        """
        return self._paginate(
            "game_center_enabled_versions.game_center_enabled_versions_compatible_versions_get_to_many_relationship",
            locals(),
        )

    def list_compatible_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterEnabledVersionCompatibleVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions`` (gameCenterEnabledVersions_compatibleVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterenabledversions-_id_-relationships-compatibleversions
        """
        return self._call(
            "game_center_enabled_versions.game_center_enabled_versions_compatible_versions_get_to_many_relationship",
            locals(),
        )

    def remove_compatible_versions(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions`` (gameCenterEnabledVersions_compatibleVersions_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterenabledversions-_id_-relationships-compatibleversions
        """
        return self._link_many(
            "game_center_enabled_versions.game_center_enabled_versions_compatible_versions_delete_to_many_relationship",
            locals(),
            "gameCenterEnabledVersions",
        )

    def replace_compatible_versions(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions`` (gameCenterEnabledVersions_compatibleVersions_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterenabledversions-_id_-relationships-compatibleversions
        """
        return self._link_many(
            "game_center_enabled_versions.game_center_enabled_versions_compatible_versions_replace_to_many_relationship",
            locals(),
            "gameCenterEnabledVersions",
        )


class AsyncGameCenterEnabledVersions(AsyncResource):
    """`asc.game_center_enabled_versions` (async)."""

    async def add_compatible_versions(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions`` (gameCenterEnabledVersions_compatibleVersions_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterenabledversions-_id_-relationships-compatibleversions
        """
        return await self._link_many(
            "game_center_enabled_versions.game_center_enabled_versions_compatible_versions_create_to_many_relationship",
            locals(),
            "gameCenterEnabledVersions",
        )

    def list_compatible_versions(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_version_string: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_game_center_enabled_versions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_compatible_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterEnabledVersion]:
        """Every GameCenterEnabledVersion across pages, with the pagination guards.

        ``GET /v1/gameCenterEnabledVersions/{id}/compatibleVersions`` (gameCenterEnabledVersions_compatibleVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterenabledversions-_id_-compatibleversions
        """
        return self._paginate(
            "game_center_enabled_versions.game_center_enabled_versions_compatible_versions_get_to_many_related",
            locals(),
        )

    async def list_compatible_versions_page(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_version_string: str | Sequence[str] | None = None,
        filter_app: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_game_center_enabled_versions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_compatible_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterEnabledVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterEnabledVersions/{id}/compatibleVersions`` (gameCenterEnabledVersions_compatibleVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterenabledversions-_id_-compatibleversions
        """
        return await self._call(
            "game_center_enabled_versions.game_center_enabled_versions_compatible_versions_get_to_many_related",
            locals(),
        )

    def list_compatible_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterEnabledVersionCompatibleVersionsLinkagesResponseDataItem]:
        """Every GameCenterEnabledVersionCompatibleVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions`` (gameCenterEnabledVersions_compatibleVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterenabledversions-_id_-relationships-compatibleversions
        """
        return self._paginate(
            "game_center_enabled_versions.game_center_enabled_versions_compatible_versions_get_to_many_relationship",
            locals(),
        )

    async def list_compatible_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterEnabledVersionCompatibleVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions`` (gameCenterEnabledVersions_compatibleVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterenabledversions-_id_-relationships-compatibleversions
        """
        return await self._call(
            "game_center_enabled_versions.game_center_enabled_versions_compatible_versions_get_to_many_relationship",
            locals(),
        )

    async def remove_compatible_versions(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions`` (gameCenterEnabledVersions_compatibleVersions_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterenabledversions-_id_-relationships-compatibleversions
        """
        return await self._link_many(
            "game_center_enabled_versions.game_center_enabled_versions_compatible_versions_delete_to_many_relationship",
            locals(),
            "gameCenterEnabledVersions",
        )

    async def replace_compatible_versions(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/gameCenterEnabledVersions/{id}/relationships/compatibleVersions`` (gameCenterEnabledVersions_compatibleVersions_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterenabledversions-_id_-relationships-compatibleversions
        """
        return await self._link_many(
            "game_center_enabled_versions.game_center_enabled_versions_compatible_versions_replace_to_many_relationship",
            locals(),
            "gameCenterEnabledVersions",
        )
