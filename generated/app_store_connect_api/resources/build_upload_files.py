"""`asc.build_upload_files`: the operations on build_upload_files (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.build_upload_file_create_request import BuildUploadFileCreateRequest
    from ..models.build_upload_file_response import BuildUploadFileResponse
    from ..models.build_upload_file_update_request import BuildUploadFileUpdateRequest

__all__ = ["AsyncBuildUploadFiles", "BuildUploadFiles"]

_CREATE_BODY = Body(
    "buildUploadFiles",
    {
        "asset_type": ("assetType", "string", True),
        "file_name": ("fileName", "string", True),
        "file_size": ("fileSize", "integer", True),
        "uti": ("uti", "string", True),
    },
    {"build_upload": ("buildUpload", "buildUploads", False, True)},
)
_UPDATE_BODY = Body(
    "buildUploadFiles",
    {
        "source_file_checksums": ("sourceFileChecksums", "object", False),
        "uploaded": ("uploaded", "boolean", False),
    },
    {},
)


class BuildUploadFiles(SyncResource):
    """`asc.build_upload_files`."""

    def create(
        self,
        /,
        body: BuildUploadFileCreateRequest | Mapping[str, Any] | None = None,
        *,
        asset_type: str | Unset = UNSET,
        file_name: str | Unset = UNSET,
        file_size: int | Unset = UNSET,
        uti: str | Unset = UNSET,
        build_upload: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BuildUploadFileResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/buildUploadFiles`` (buildUploadFiles_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-builduploadfiles
        """
        return self._write("build_upload_files.build_upload_files_create_instance", locals(), _CREATE_BODY)

    def get(
        self,
        id: str,
        /,
        *,
        fields_build_upload_files: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BuildUploadFileResponse:
        """One request.

        ``GET /v1/buildUploadFiles/{id}`` (buildUploadFiles_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builduploadfiles-_id_
        """
        return self._call("build_upload_files.build_upload_files_get_instance", locals())

    def update(
        self,
        id: str,
        /,
        body: BuildUploadFileUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksums: Mapping[str, Any] | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BuildUploadFileResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/buildUploadFiles/{id}`` (buildUploadFiles_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-builduploadfiles-_id_
        """
        return self._write("build_upload_files.build_upload_files_update_instance", locals(), _UPDATE_BODY)


class AsyncBuildUploadFiles(AsyncResource):
    """`asc.build_upload_files` (async)."""

    async def create(
        self,
        /,
        body: BuildUploadFileCreateRequest | Mapping[str, Any] | None = None,
        *,
        asset_type: str | Unset = UNSET,
        file_name: str | Unset = UNSET,
        file_size: int | Unset = UNSET,
        uti: str | Unset = UNSET,
        build_upload: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BuildUploadFileResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/buildUploadFiles`` (buildUploadFiles_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-builduploadfiles
        """
        return await self._write(
            "build_upload_files.build_upload_files_create_instance", locals(), _CREATE_BODY
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_build_upload_files: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BuildUploadFileResponse:
        """One request.

        ``GET /v1/buildUploadFiles/{id}`` (buildUploadFiles_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builduploadfiles-_id_
        """
        return await self._call("build_upload_files.build_upload_files_get_instance", locals())

    async def update(
        self,
        id: str,
        /,
        body: BuildUploadFileUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksums: Mapping[str, Any] | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BuildUploadFileResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/buildUploadFiles/{id}`` (buildUploadFiles_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-builduploadfiles-_id_
        """
        return await self._write(
            "build_upload_files.build_upload_files_update_instance", locals(), _UPDATE_BODY
        )
