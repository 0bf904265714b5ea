"""`asc.background_assets`: the operations on background_assets (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.background_asset_create_request import BackgroundAssetCreateRequest
    from ..models.background_asset_response import BackgroundAssetResponse
    from ..models.background_asset_update_request import BackgroundAssetUpdateRequest
    from ..models.background_asset_version import BackgroundAssetVersion
    from ..models.background_asset_versions_linkages_response import BackgroundAssetVersionsLinkagesResponse
    from ..models.background_asset_versions_linkages_response_data_item import (
        BackgroundAssetVersionsLinkagesResponseDataItem,
    )
    from ..models.background_asset_versions_response import BackgroundAssetVersionsResponse

__all__ = ["AsyncBackgroundAssets", "BackgroundAssets"]

_CREATE_BODY = Body(
    "backgroundAssets",
    {"asset_pack_identifier": ("assetPackIdentifier", "string", True)},
    {"app": ("app", "apps", False, True)},
)
_UPDATE_BODY = Body("backgroundAssets", {"archived": ("archived", "boolean", False)}, {})


class BackgroundAssets(SyncResource):
    """`asc.background_assets`."""

    def create(
        self,
        /,
        body: BackgroundAssetCreateRequest | Mapping[str, Any] | None = None,
        *,
        asset_pack_identifier: str | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BackgroundAssetResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/backgroundAssets`` (backgroundAssets_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-backgroundassets
        """
        return self._write("background_assets.background_assets_create_instance", locals(), _CREATE_BODY)

    def get(
        self,
        id: str,
        /,
        *,
        fields_background_assets: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_background_asset_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BackgroundAssetResponse:
        """One request.

        ``GET /v1/backgroundAssets/{id}`` (backgroundAssets_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassets-_id_
        """
        return self._call("background_assets.background_assets_get_instance", locals())

    def list_versions(
        self,
        id: str,
        /,
        *,
        filter_locale: str | Sequence[str] | None = None,
        filter_platforms: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        filter_version: str | Sequence[str] | None = None,
        filter_internal_beta_release_state: str | Sequence[str] | None = None,
        filter_external_beta_release_state: str | Sequence[str] | None = None,
        filter_app_store_release_state: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_background_asset_versions: str | Sequence[str] | None = None,
        fields_background_assets: str | Sequence[str] | None = None,
        fields_background_asset_version_internal_beta_releases: str | Sequence[str] | None = None,
        fields_background_asset_version_external_beta_releases: str | Sequence[str] | None = None,
        fields_background_asset_version_app_store_releases: str | Sequence[str] | None = None,
        fields_background_asset_upload_files: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BackgroundAssetVersion]:
        """Every BackgroundAssetVersion across pages, with the pagination guards.

        ``GET /v1/backgroundAssets/{id}/versions`` (backgroundAssets_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassets-_id_-versions
        """
        return self._paginate("background_assets.background_assets_versions_get_to_many_related", locals())

    def list_versions_page(
        self,
        id: str,
        /,
        *,
        filter_locale: str | Sequence[str] | None = None,
        filter_platforms: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        filter_version: str | Sequence[str] | None = None,
        filter_internal_beta_release_state: str | Sequence[str] | None = None,
        filter_external_beta_release_state: str | Sequence[str] | None = None,
        filter_app_store_release_state: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_background_asset_versions: str | Sequence[str] | None = None,
        fields_background_assets: str | Sequence[str] | None = None,
        fields_background_asset_version_internal_beta_releases: str | Sequence[str] | None = None,
        fields_background_asset_version_external_beta_releases: str | Sequence[str] | None = None,
        fields_background_asset_version_app_store_releases: str | Sequence[str] | None = None,
        fields_background_asset_upload_files: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BackgroundAssetVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/backgroundAssets/{id}/versions`` (backgroundAssets_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassets-_id_-versions
        """
        return self._call("background_assets.background_assets_versions_get_to_many_related", locals())

    def list_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BackgroundAssetVersionsLinkagesResponseDataItem]:
        """Every BackgroundAssetVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/backgroundAssets/{id}/relationships/versions`` (backgroundAssets_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassets-_id_-relationships-versions
        """
        return self._paginate(
            "background_assets.background_assets_versions_get_to_many_relationship", locals()
        )

    def list_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BackgroundAssetVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/backgroundAssets/{id}/relationships/versions`` (backgroundAssets_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassets-_id_-relationships-versions
        """
        return self._call("background_assets.background_assets_versions_get_to_many_relationship", locals())

    def update(
        self,
        id: str,
        /,
        body: BackgroundAssetUpdateRequest | Mapping[str, Any] | None = None,
        *,
        archived: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BackgroundAssetResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/backgroundAssets/{id}`` (backgroundAssets_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-backgroundassets-_id_
        """
        return self._write("background_assets.background_assets_update_instance", locals(), _UPDATE_BODY)


class AsyncBackgroundAssets(AsyncResource):
    """`asc.background_assets` (async)."""

    async def create(
        self,
        /,
        body: BackgroundAssetCreateRequest | Mapping[str, Any] | None = None,
        *,
        asset_pack_identifier: str | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BackgroundAssetResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/backgroundAssets`` (backgroundAssets_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-backgroundassets
        """
        return await self._write(
            "background_assets.background_assets_create_instance", locals(), _CREATE_BODY
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_background_assets: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_background_asset_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BackgroundAssetResponse:
        """One request.

        ``GET /v1/backgroundAssets/{id}`` (backgroundAssets_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassets-_id_
        """
        return await self._call("background_assets.background_assets_get_instance", locals())

    def list_versions(
        self,
        id: str,
        /,
        *,
        filter_locale: str | Sequence[str] | None = None,
        filter_platforms: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        filter_version: str | Sequence[str] | None = None,
        filter_internal_beta_release_state: str | Sequence[str] | None = None,
        filter_external_beta_release_state: str | Sequence[str] | None = None,
        filter_app_store_release_state: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_background_asset_versions: str | Sequence[str] | None = None,
        fields_background_assets: str | Sequence[str] | None = None,
        fields_background_asset_version_internal_beta_releases: str | Sequence[str] | None = None,
        fields_background_asset_version_external_beta_releases: str | Sequence[str] | None = None,
        fields_background_asset_version_app_store_releases: str | Sequence[str] | None = None,
        fields_background_asset_upload_files: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BackgroundAssetVersion]:
        """Every BackgroundAssetVersion across pages, with the pagination guards.

        ``GET /v1/backgroundAssets/{id}/versions`` (backgroundAssets_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassets-_id_-versions
        """
        return self._paginate("background_assets.background_assets_versions_get_to_many_related", locals())

    async def list_versions_page(
        self,
        id: str,
        /,
        *,
        filter_locale: str | Sequence[str] | None = None,
        filter_platforms: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        filter_version: str | Sequence[str] | None = None,
        filter_internal_beta_release_state: str | Sequence[str] | None = None,
        filter_external_beta_release_state: str | Sequence[str] | None = None,
        filter_app_store_release_state: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_background_asset_versions: str | Sequence[str] | None = None,
        fields_background_assets: str | Sequence[str] | None = None,
        fields_background_asset_version_internal_beta_releases: str | Sequence[str] | None = None,
        fields_background_asset_version_external_beta_releases: str | Sequence[str] | None = None,
        fields_background_asset_version_app_store_releases: str | Sequence[str] | None = None,
        fields_background_asset_upload_files: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BackgroundAssetVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/backgroundAssets/{id}/versions`` (backgroundAssets_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassets-_id_-versions
        """
        return await self._call("background_assets.background_assets_versions_get_to_many_related", locals())

    def list_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BackgroundAssetVersionsLinkagesResponseDataItem]:
        """Every BackgroundAssetVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/backgroundAssets/{id}/relationships/versions`` (backgroundAssets_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassets-_id_-relationships-versions
        """
        return self._paginate(
            "background_assets.background_assets_versions_get_to_many_relationship", locals()
        )

    async def list_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BackgroundAssetVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/backgroundAssets/{id}/relationships/versions`` (backgroundAssets_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassets-_id_-relationships-versions
        """
        return await self._call(
            "background_assets.background_assets_versions_get_to_many_relationship", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: BackgroundAssetUpdateRequest | Mapping[str, Any] | None = None,
        *,
        archived: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BackgroundAssetResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/backgroundAssets/{id}`` (backgroundAssets_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-backgroundassets-_id_
        """
        return await self._write(
            "background_assets.background_assets_update_instance", locals(), _UPDATE_BODY
        )
