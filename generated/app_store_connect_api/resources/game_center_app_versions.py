"""`asc.game_center_app_versions`: the operations on game_center_app_versions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_store_version_response import AppStoreVersionResponse
    from ..models.game_center_app_version import GameCenterAppVersion
    from ..models.game_center_app_version_app_store_version_linkage_response import (
        GameCenterAppVersionAppStoreVersionLinkageResponse,
    )
    from ..models.game_center_app_version_compatibility_versions_linkages_response import (
        GameCenterAppVersionCompatibilityVersionsLinkagesResponse,
    )
    from ..models.game_center_app_version_compatibility_versions_linkages_response_data_item import (
        GameCenterAppVersionCompatibilityVersionsLinkagesResponseDataItem,
    )
    from ..models.game_center_app_version_create_request import GameCenterAppVersionCreateRequest
    from ..models.game_center_app_version_response import GameCenterAppVersionResponse
    from ..models.game_center_app_version_update_request import GameCenterAppVersionUpdateRequest
    from ..models.game_center_app_versions_response import GameCenterAppVersionsResponse

__all__ = ["AsyncGameCenterAppVersions", "GameCenterAppVersions"]

_CREATE_BODY = Body(
    "gameCenterAppVersions", {}, {"app_store_version": ("appStoreVersion", "appStoreVersions", False, True)}
)
_UPDATE_BODY = Body("gameCenterAppVersions", {"enabled": ("enabled", "boolean", False)}, {})


class GameCenterAppVersions(SyncResource):
    """`asc.game_center_app_versions`."""

    def add_compatibility_versions(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/gameCenterAppVersions/{id}/relationships/compatibilityVersions`` (gameCenterAppVersions_compatibilityVersions_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterappversions-_id_-relationships-compatibilityversions
        """
        return self._link_many(
            "game_center_app_versions.game_center_app_versions_compatibility_versions_create_to_many_relationship",
            locals(),
            "gameCenterAppVersions",
        )

    def create(
        self,
        /,
        body: GameCenterAppVersionCreateRequest | Mapping[str, Any] | None = None,
        *,
        app_store_version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterAppVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterAppVersions`` (gameCenterAppVersions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterappversions
        """
        return self._write(
            "game_center_app_versions.game_center_app_versions_create_instance", locals(), _CREATE_BODY
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_compatibility_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAppVersionResponse:
        """One request.

        ``GET /v1/gameCenterAppVersions/{id}`` (gameCenterAppVersions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_
        """
        return self._call("game_center_app_versions.game_center_app_versions_get_instance", locals())

    def get_app_store_version(
        self,
        id: str,
        /,
        *,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_app_store_version_phased_releases: str | Sequence[str] | None = None,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_routing_app_coverages: str | Sequence[str] | None = None,
        fields_app_store_review_details: str | Sequence[str] | None = None,
        fields_app_store_version_submissions: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_alternative_distribution_packages: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_version_localizations: int | None = None,
        limit_app_store_version_experiments: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionResponse:
        """One request.

        ``GET /v1/gameCenterAppVersions/{id}/appStoreVersion`` (gameCenterAppVersions_appStoreVersion_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_-appstoreversion
        """
        return self._call(
            "game_center_app_versions.game_center_app_versions_app_store_version_get_to_one_related", locals()
        )

    def get_app_store_version_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterAppVersionAppStoreVersionLinkageResponse:
        """One request.

        ``GET /v1/gameCenterAppVersions/{id}/relationships/appStoreVersion`` (gameCenterAppVersions_appStoreVersion_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_-relationships-appstoreversion
        """
        return self._call(
            "game_center_app_versions.game_center_app_versions_app_store_version_get_to_one_relationship",
            locals(),
        )

    def list_compatibility_versions(
        self,
        id: str,
        /,
        *,
        filter_enabled: str | Sequence[str] | None = None,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_compatibility_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterAppVersion]:
        """Every GameCenterAppVersion across pages, with the pagination guards.

        ``GET /v1/gameCenterAppVersions/{id}/compatibilityVersions`` (gameCenterAppVersions_compatibilityVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_-compatibilityversions
        """
        return self._paginate(
            "game_center_app_versions.game_center_app_versions_compatibility_versions_get_to_many_related",
            locals(),
        )

    def list_compatibility_versions_page(
        self,
        id: str,
        /,
        *,
        filter_enabled: str | Sequence[str] | None = None,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_compatibility_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAppVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterAppVersions/{id}/compatibilityVersions`` (gameCenterAppVersions_compatibilityVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_-compatibilityversions
        """
        return self._call(
            "game_center_app_versions.game_center_app_versions_compatibility_versions_get_to_many_related",
            locals(),
        )

    def list_compatibility_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterAppVersionCompatibilityVersionsLinkagesResponseDataItem]:
        """Every GameCenterAppVersionCompatibilityVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterAppVersions/{id}/relationships/compatibilityVersions`` (gameCenterAppVersions_compatibilityVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_-relationships-compatibilityversions
        """
        return self._paginate(
            "game_center_app_versions.game_center_app_versions_compatibility_versions_get_to_many_relationship",
            locals(),
        )

    def list_compatibility_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAppVersionCompatibilityVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterAppVersions/{id}/relationships/compatibilityVersions`` (gameCenterAppVersions_compatibilityVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_-relationships-compatibilityversions
        """
        return self._call(
            "game_center_app_versions.game_center_app_versions_compatibility_versions_get_to_many_relationship",
            locals(),
        )

    def remove_compatibility_versions(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/gameCenterAppVersions/{id}/relationships/compatibilityVersions`` (gameCenterAppVersions_compatibilityVersions_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterappversions-_id_-relationships-compatibilityversions
        """
        return self._link_many(
            "game_center_app_versions.game_center_app_versions_compatibility_versions_delete_to_many_relationship",
            locals(),
            "gameCenterAppVersions",
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterAppVersionUpdateRequest | Mapping[str, Any] | None = None,
        *,
        enabled: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterAppVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterAppVersions/{id}`` (gameCenterAppVersions_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterappversions-_id_
        """
        return self._write(
            "game_center_app_versions.game_center_app_versions_update_instance", locals(), _UPDATE_BODY
        )


class AsyncGameCenterAppVersions(AsyncResource):
    """`asc.game_center_app_versions` (async)."""

    async def add_compatibility_versions(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/gameCenterAppVersions/{id}/relationships/compatibilityVersions`` (gameCenterAppVersions_compatibilityVersions_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterappversions-_id_-relationships-compatibilityversions
        """
        return await self._link_many(
            "game_center_app_versions.game_center_app_versions_compatibility_versions_create_to_many_relationship",
            locals(),
            "gameCenterAppVersions",
        )

    async def create(
        self,
        /,
        body: GameCenterAppVersionCreateRequest | Mapping[str, Any] | None = None,
        *,
        app_store_version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterAppVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterAppVersions`` (gameCenterAppVersions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterappversions
        """
        return await self._write(
            "game_center_app_versions.game_center_app_versions_create_instance", locals(), _CREATE_BODY
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_compatibility_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAppVersionResponse:
        """One request.

        ``GET /v1/gameCenterAppVersions/{id}`` (gameCenterAppVersions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_
        """
        return await self._call("game_center_app_versions.game_center_app_versions_get_instance", locals())

    async def get_app_store_version(
        self,
        id: str,
        /,
        *,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_app_store_version_phased_releases: str | Sequence[str] | None = None,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_routing_app_coverages: str | Sequence[str] | None = None,
        fields_app_store_review_details: str | Sequence[str] | None = None,
        fields_app_store_version_submissions: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_alternative_distribution_packages: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_version_localizations: int | None = None,
        limit_app_store_version_experiments: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionResponse:
        """One request.

        ``GET /v1/gameCenterAppVersions/{id}/appStoreVersion`` (gameCenterAppVersions_appStoreVersion_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_-appstoreversion
        """
        return await self._call(
            "game_center_app_versions.game_center_app_versions_app_store_version_get_to_one_related", locals()
        )

    async def get_app_store_version_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterAppVersionAppStoreVersionLinkageResponse:
        """One request.

        ``GET /v1/gameCenterAppVersions/{id}/relationships/appStoreVersion`` (gameCenterAppVersions_appStoreVersion_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_-relationships-appstoreversion
        """
        return await self._call(
            "game_center_app_versions.game_center_app_versions_app_store_version_get_to_one_relationship",
            locals(),
        )

    def list_compatibility_versions(
        self,
        id: str,
        /,
        *,
        filter_enabled: str | Sequence[str] | None = None,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_compatibility_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterAppVersion]:
        """Every GameCenterAppVersion across pages, with the pagination guards.

        ``GET /v1/gameCenterAppVersions/{id}/compatibilityVersions`` (gameCenterAppVersions_compatibilityVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_-compatibilityversions
        """
        return self._paginate(
            "game_center_app_versions.game_center_app_versions_compatibility_versions_get_to_many_related",
            locals(),
        )

    async def list_compatibility_versions_page(
        self,
        id: str,
        /,
        *,
        filter_enabled: str | Sequence[str] | None = None,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_compatibility_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAppVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterAppVersions/{id}/compatibilityVersions`` (gameCenterAppVersions_compatibilityVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_-compatibilityversions
        """
        return await self._call(
            "game_center_app_versions.game_center_app_versions_compatibility_versions_get_to_many_related",
            locals(),
        )

    def list_compatibility_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterAppVersionCompatibilityVersionsLinkagesResponseDataItem]:
        """Every GameCenterAppVersionCompatibilityVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterAppVersions/{id}/relationships/compatibilityVersions`` (gameCenterAppVersions_compatibilityVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_-relationships-compatibilityversions
        """
        return self._paginate(
            "game_center_app_versions.game_center_app_versions_compatibility_versions_get_to_many_relationship",
            locals(),
        )

    async def list_compatibility_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterAppVersionCompatibilityVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterAppVersions/{id}/relationships/compatibilityVersions`` (gameCenterAppVersions_compatibilityVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterappversions-_id_-relationships-compatibilityversions
        """
        return await self._call(
            "game_center_app_versions.game_center_app_versions_compatibility_versions_get_to_many_relationship",
            locals(),
        )

    async def remove_compatibility_versions(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/gameCenterAppVersions/{id}/relationships/compatibilityVersions`` (gameCenterAppVersions_compatibilityVersions_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterappversions-_id_-relationships-compatibilityversions
        """
        return await self._link_many(
            "game_center_app_versions.game_center_app_versions_compatibility_versions_delete_to_many_relationship",
            locals(),
            "gameCenterAppVersions",
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterAppVersionUpdateRequest | Mapping[str, Any] | None = None,
        *,
        enabled: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterAppVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterAppVersions/{id}`` (gameCenterAppVersions_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterappversions-_id_
        """
        return await self._write(
            "game_center_app_versions.game_center_app_versions_update_instance", locals(), _UPDATE_BODY
        )
