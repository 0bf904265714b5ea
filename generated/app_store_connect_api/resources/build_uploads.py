"""`asc.build_uploads`: the operations on build_uploads (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.build_upload_build_upload_files_linkages_response import (
        BuildUploadBuildUploadFilesLinkagesResponse,
    )
    from ..models.build_upload_build_upload_files_linkages_response_data_item import (
        BuildUploadBuildUploadFilesLinkagesResponseDataItem,
    )
    from ..models.build_upload_create_request import BuildUploadCreateRequest
    from ..models.build_upload_file import BuildUploadFile
    from ..models.build_upload_files_response import BuildUploadFilesResponse
    from ..models.build_upload_response import BuildUploadResponse

__all__ = ["AsyncBuildUploads", "BuildUploads"]

_CREATE_BODY = Body(
    "buildUploads",
    {
        "cf_bundle_short_version_string": ("cfBundleShortVersionString", "string", True),
        "cf_bundle_version": ("cfBundleVersion", "string", True),
        "platform": ("platform", "string", True),
    },
    {"app": ("app", "apps", False, True)},
)


class BuildUploads(SyncResource):
    """`asc.build_uploads`."""

    def create(
        self,
        /,
        body: BuildUploadCreateRequest | Mapping[str, Any] | None = None,
        *,
        cf_bundle_short_version_string: str | Unset = UNSET,
        cf_bundle_version: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BuildUploadResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/buildUploads`` (buildUploads_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-builduploads
        """
        return self._write("build_uploads.build_uploads_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/buildUploads/{id}`` (buildUploads_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-builduploads-_id_
        """
        return self._call("build_uploads.build_uploads_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_build_uploads: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_build_upload_files: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BuildUploadResponse:
        """One request.

        ``GET /v1/buildUploads/{id}`` (buildUploads_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builduploads-_id_
        """
        return self._call("build_uploads.build_uploads_get_instance", locals())

    def list_build_upload_files(
        self,
        id: str,
        /,
        *,
        fields_build_upload_files: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BuildUploadFile]:
        """Every BuildUploadFile across pages, with the pagination guards.

        ``GET /v1/buildUploads/{id}/buildUploadFiles`` (buildUploads_buildUploadFiles_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builduploads-_id_-builduploadfiles
        """
        return self._paginate("build_uploads.build_uploads_build_upload_files_get_to_many_related", locals())

    def list_build_upload_files_page(
        self,
        id: str,
        /,
        *,
        fields_build_upload_files: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildUploadFilesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/buildUploads/{id}/buildUploadFiles`` (buildUploads_buildUploadFiles_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builduploads-_id_-builduploadfiles
        """
        return self._call("build_uploads.build_uploads_build_upload_files_get_to_many_related", locals())

    def list_build_upload_files_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BuildUploadBuildUploadFilesLinkagesResponseDataItem]:
        """Every BuildUploadBuildUploadFilesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/buildUploads/{id}/relationships/buildUploadFiles`` (buildUploads_buildUploadFiles_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builduploads-_id_-relationships-builduploadfiles
        """
        return self._paginate(
            "build_uploads.build_uploads_build_upload_files_get_to_many_relationship", locals()
        )

    def list_build_upload_files_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildUploadBuildUploadFilesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/buildUploads/{id}/relationships/buildUploadFiles`` (buildUploads_buildUploadFiles_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builduploads-_id_-relationships-builduploadfiles
        """
        return self._call("build_uploads.build_uploads_build_upload_files_get_to_many_relationship", locals())


class AsyncBuildUploads(AsyncResource):
    """`asc.build_uploads` (async)."""

    async def create(
        self,
        /,
        body: BuildUploadCreateRequest | Mapping[str, Any] | None = None,
        *,
        cf_bundle_short_version_string: str | Unset = UNSET,
        cf_bundle_version: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BuildUploadResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/buildUploads`` (buildUploads_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-builduploads
        """
        return await self._write("build_uploads.build_uploads_create_instance", locals(), _CREATE_BODY)

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/buildUploads/{id}`` (buildUploads_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-builduploads-_id_
        """
        return await self._call("build_uploads.build_uploads_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_build_uploads: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_build_upload_files: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BuildUploadResponse:
        """One request.

        ``GET /v1/buildUploads/{id}`` (buildUploads_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builduploads-_id_
        """
        return await self._call("build_uploads.build_uploads_get_instance", locals())

    def list_build_upload_files(
        self,
        id: str,
        /,
        *,
        fields_build_upload_files: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BuildUploadFile]:
        """Every BuildUploadFile across pages, with the pagination guards.

        ``GET /v1/buildUploads/{id}/buildUploadFiles`` (buildUploads_buildUploadFiles_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builduploads-_id_-builduploadfiles
        """
        return self._paginate("build_uploads.build_uploads_build_upload_files_get_to_many_related", locals())

    async def list_build_upload_files_page(
        self,
        id: str,
        /,
        *,
        fields_build_upload_files: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildUploadFilesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/buildUploads/{id}/buildUploadFiles`` (buildUploads_buildUploadFiles_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builduploads-_id_-builduploadfiles
        """
        return await self._call(
            "build_uploads.build_uploads_build_upload_files_get_to_many_related", locals()
        )

    def list_build_upload_files_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BuildUploadBuildUploadFilesLinkagesResponseDataItem]:
        """Every BuildUploadBuildUploadFilesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/buildUploads/{id}/relationships/buildUploadFiles`` (buildUploads_buildUploadFiles_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builduploads-_id_-relationships-builduploadfiles
        """
        return self._paginate(
            "build_uploads.build_uploads_build_upload_files_get_to_many_relationship", locals()
        )

    async def list_build_upload_files_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildUploadBuildUploadFilesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/buildUploads/{id}/relationships/buildUploadFiles`` (buildUploads_buildUploadFiles_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builduploads-_id_-relationships-builduploadfiles
        """
        return await self._call(
            "build_uploads.build_uploads_build_upload_files_get_to_many_relationship", locals()
        )
