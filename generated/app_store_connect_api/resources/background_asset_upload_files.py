"""`asc.background_asset_upload_files`: the operations on background_asset_upload_files (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.background_asset_upload_file_create_request import BackgroundAssetUploadFileCreateRequest
    from ..models.background_asset_upload_file_response import BackgroundAssetUploadFileResponse
    from ..models.background_asset_upload_file_update_request import BackgroundAssetUploadFileUpdateRequest

__all__ = ["AsyncBackgroundAssetUploadFiles", "BackgroundAssetUploadFiles"]

_CREATE_BODY = Body(
    "backgroundAssetUploadFiles",
    {
        "asset_type": ("assetType", "string", True),
        "file_name": ("fileName", "string", True),
        "file_size": ("fileSize", "integer", True),
    },
    {"background_asset_version": ("backgroundAssetVersion", "backgroundAssetVersions", False, True)},
)
_UPDATE_BODY = Body(
    "backgroundAssetUploadFiles",
    {
        "source_file_checksum": ("sourceFileChecksum", "string", False),
        "source_file_checksums": ("sourceFileChecksums", "object", False),
        "uploaded": ("uploaded", "boolean", False),
    },
    {},
)


class BackgroundAssetUploadFiles(SyncResource):
    """`asc.background_asset_upload_files`."""

    def create(
        self,
        /,
        body: BackgroundAssetUploadFileCreateRequest | Mapping[str, Any] | None = None,
        *,
        asset_type: str | Unset = UNSET,
        file_name: str | Unset = UNSET,
        file_size: int | Unset = UNSET,
        background_asset_version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BackgroundAssetUploadFileResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/backgroundAssetUploadFiles`` (backgroundAssetUploadFiles_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-backgroundassetuploadfiles
        """
        return self._write(
            "background_asset_upload_files.background_asset_upload_files_create_instance",
            locals(),
            _CREATE_BODY,
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_background_asset_upload_files: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BackgroundAssetUploadFileResponse:
        """One request.

        ``GET /v1/backgroundAssetUploadFiles/{id}`` (backgroundAssetUploadFiles_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetuploadfiles-_id_
        """
        return self._call(
            "background_asset_upload_files.background_asset_upload_files_get_instance", locals()
        )

    def update(
        self,
        id: str,
        /,
        body: BackgroundAssetUploadFileUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksum: str | None | Unset = UNSET,
        source_file_checksums: Mapping[str, Any] | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BackgroundAssetUploadFileResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/backgroundAssetUploadFiles/{id}`` (backgroundAssetUploadFiles_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-backgroundassetuploadfiles-_id_
        """
        return self._write(
            "background_asset_upload_files.background_asset_upload_files_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncBackgroundAssetUploadFiles(AsyncResource):
    """`asc.background_asset_upload_files` (async)."""

    async def create(
        self,
        /,
        body: BackgroundAssetUploadFileCreateRequest | Mapping[str, Any] | None = None,
        *,
        asset_type: str | Unset = UNSET,
        file_name: str | Unset = UNSET,
        file_size: int | Unset = UNSET,
        background_asset_version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BackgroundAssetUploadFileResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/backgroundAssetUploadFiles`` (backgroundAssetUploadFiles_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-backgroundassetuploadfiles
        """
        return await self._write(
            "background_asset_upload_files.background_asset_upload_files_create_instance",
            locals(),
            _CREATE_BODY,
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_background_asset_upload_files: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BackgroundAssetUploadFileResponse:
        """One request.

        ``GET /v1/backgroundAssetUploadFiles/{id}`` (backgroundAssetUploadFiles_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetuploadfiles-_id_
        """
        return await self._call(
            "background_asset_upload_files.background_asset_upload_files_get_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: BackgroundAssetUploadFileUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksum: str | None | Unset = UNSET,
        source_file_checksums: Mapping[str, Any] | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BackgroundAssetUploadFileResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/backgroundAssetUploadFiles/{id}`` (backgroundAssetUploadFiles_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-backgroundassetuploadfiles-_id_
        """
        return await self._write(
            "background_asset_upload_files.background_asset_upload_files_update_instance",
            locals(),
            _UPDATE_BODY,
        )
