"""`asc.background_asset_versions`: the operations on background_asset_versions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.background_asset_upload_file import BackgroundAssetUploadFile
    from ..models.background_asset_upload_files_response import BackgroundAssetUploadFilesResponse
    from ..models.background_asset_version_background_asset_upload_files_linkages_response import (
        BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponse,
    )
    from ..models.background_asset_version_background_asset_upload_files_linkages_response_data_item import (
        BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponseDataItem,
    )
    from ..models.background_asset_version_create_request import BackgroundAssetVersionCreateRequest
    from ..models.background_asset_version_response import BackgroundAssetVersionResponse

__all__ = ["AsyncBackgroundAssetVersions", "BackgroundAssetVersions"]

_CREATE_BODY = Body(
    "backgroundAssetVersions", {}, {"background_asset": ("backgroundAsset", "backgroundAssets", False, True)}
)


class BackgroundAssetVersions(SyncResource):
    """`asc.background_asset_versions`."""

    def create(
        self,
        /,
        body: BackgroundAssetVersionCreateRequest | Mapping[str, Any] | None = None,
        *,
        background_asset: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BackgroundAssetVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/backgroundAssetVersions`` (backgroundAssetVersions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-backgroundassetversions
        """
        return self._write(
            "background_asset_versions.background_asset_versions_create_instance", locals(), _CREATE_BODY
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_background_asset_versions: str | Sequence[str] | None = None,
        fields_background_assets: str | Sequence[str] | None = None,
        fields_background_asset_version_internal_beta_releases: str | Sequence[str] | None = None,
        fields_background_asset_version_external_beta_releases: str | Sequence[str] | None = None,
        fields_background_asset_version_app_store_releases: str | Sequence[str] | None = None,
        fields_background_asset_upload_files: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BackgroundAssetVersionResponse:
        """One request.

        ``GET /v1/backgroundAssetVersions/{id}`` (backgroundAssetVersions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetversions-_id_
        """
        return self._call("background_asset_versions.background_asset_versions_get_instance", locals())

    def list_background_asset_upload_files(
        self,
        id: str,
        /,
        *,
        fields_background_asset_upload_files: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BackgroundAssetUploadFile]:
        """Every BackgroundAssetUploadFile across pages, with the pagination guards.

        ``GET /v1/backgroundAssetVersions/{id}/backgroundAssetUploadFiles`` (backgroundAssetVersions_backgroundAssetUploadFiles_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetversions-_id_-backgroundassetuploadfiles
        """
        return self._paginate(
            "background_asset_versions.background_asset_versions_background_asset_upload_files_get_to_many_related",
            locals(),
        )

    def list_background_asset_upload_files_page(
        self,
        id: str,
        /,
        *,
        fields_background_asset_upload_files: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BackgroundAssetUploadFilesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/backgroundAssetVersions/{id}/backgroundAssetUploadFiles`` (backgroundAssetVersions_backgroundAssetUploadFiles_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetversions-_id_-backgroundassetuploadfiles
        """
        return self._call(
            "background_asset_versions.background_asset_versions_background_asset_upload_files_get_to_many_related",
            locals(),
        )

    def list_background_asset_upload_files_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponseDataItem]:
        """Every BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/backgroundAssetVersions/{id}/relationships/backgroundAssetUploadFiles`` (backgroundAssetVersions_backgroundAssetUploadFiles_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetversions-_id_-relationships-backgroundassetuploadfiles
        """
        return self._paginate(
            "background_asset_versions.background_asset_versions_background_asset_upload_files_get_to_many_relationship",
            locals(),
        )

    def list_background_asset_upload_files_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/backgroundAssetVersions/{id}/relationships/backgroundAssetUploadFiles`` (backgroundAssetVersions_backgroundAssetUploadFiles_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetversions-_id_-relationships-backgroundassetuploadfiles
        """
        return self._call(
            "background_asset_versions.background_asset_versions_background_asset_upload_files_get_to_many_relationship",
            locals(),
        )


class AsyncBackgroundAssetVersions(AsyncResource):
    """`asc.background_asset_versions` (async)."""

    async def create(
        self,
        /,
        body: BackgroundAssetVersionCreateRequest | Mapping[str, Any] | None = None,
        *,
        background_asset: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BackgroundAssetVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/backgroundAssetVersions`` (backgroundAssetVersions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-backgroundassetversions
        """
        return await self._write(
            "background_asset_versions.background_asset_versions_create_instance", locals(), _CREATE_BODY
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_background_asset_versions: str | Sequence[str] | None = None,
        fields_background_assets: str | Sequence[str] | None = None,
        fields_background_asset_version_internal_beta_releases: str | Sequence[str] | None = None,
        fields_background_asset_version_external_beta_releases: str | Sequence[str] | None = None,
        fields_background_asset_version_app_store_releases: str | Sequence[str] | None = None,
        fields_background_asset_upload_files: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BackgroundAssetVersionResponse:
        """One request.

        ``GET /v1/backgroundAssetVersions/{id}`` (backgroundAssetVersions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetversions-_id_
        """
        return await self._call("background_asset_versions.background_asset_versions_get_instance", locals())

    def list_background_asset_upload_files(
        self,
        id: str,
        /,
        *,
        fields_background_asset_upload_files: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BackgroundAssetUploadFile]:
        """Every BackgroundAssetUploadFile across pages, with the pagination guards.

        ``GET /v1/backgroundAssetVersions/{id}/backgroundAssetUploadFiles`` (backgroundAssetVersions_backgroundAssetUploadFiles_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetversions-_id_-backgroundassetuploadfiles
        """
        return self._paginate(
            "background_asset_versions.background_asset_versions_background_asset_upload_files_get_to_many_related",
            locals(),
        )

    async def list_background_asset_upload_files_page(
        self,
        id: str,
        /,
        *,
        fields_background_asset_upload_files: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BackgroundAssetUploadFilesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/backgroundAssetVersions/{id}/backgroundAssetUploadFiles`` (backgroundAssetVersions_backgroundAssetUploadFiles_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetversions-_id_-backgroundassetuploadfiles
        """
        return await self._call(
            "background_asset_versions.background_asset_versions_background_asset_upload_files_get_to_many_related",
            locals(),
        )

    def list_background_asset_upload_files_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponseDataItem]:
        """Every BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/backgroundAssetVersions/{id}/relationships/backgroundAssetUploadFiles`` (backgroundAssetVersions_backgroundAssetUploadFiles_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetversions-_id_-relationships-backgroundassetuploadfiles
        """
        return self._paginate(
            "background_asset_versions.background_asset_versions_background_asset_upload_files_get_to_many_relationship",
            locals(),
        )

    async def list_background_asset_upload_files_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/backgroundAssetVersions/{id}/relationships/backgroundAssetUploadFiles`` (backgroundAssetVersions_backgroundAssetUploadFiles_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetversions-_id_-relationships-backgroundassetuploadfiles
        """
        return await self._call(
            "background_asset_versions.background_asset_versions_background_asset_upload_files_get_to_many_relationship",
            locals(),
        )
