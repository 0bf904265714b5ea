"""`asc.app_previews`: the operations on app_previews (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.app_preview_create_request import AppPreviewCreateRequest
    from ..models.app_preview_response import AppPreviewResponse
    from ..models.app_preview_update_request import AppPreviewUpdateRequest

__all__ = ["AppPreviews", "AsyncAppPreviews"]

_CREATE_BODY = Body(
    "appPreviews",
    {
        "file_size": ("fileSize", "integer", True),
        "file_name": ("fileName", "string", True),
        "preview_frame_time_code": ("previewFrameTimeCode", "string", False),
        "mime_type": ("mimeType", "string", False),
    },
    {"app_preview_set": ("appPreviewSet", "appPreviewSets", False, True)},
)
_UPDATE_BODY = Body(
    "appPreviews",
    {
        "source_file_checksum": ("sourceFileChecksum", "string", False),
        "preview_frame_time_code": ("previewFrameTimeCode", "string", False),
        "uploaded": ("uploaded", "boolean", False),
    },
    {},
)


class AppPreviews(SyncResource):
    """`asc.app_previews`."""

    def create(
        self,
        /,
        body: AppPreviewCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        preview_frame_time_code: str | None | Unset = UNSET,
        mime_type: str | None | Unset = UNSET,
        app_preview_set: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppPreviewResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appPreviews`` (appPreviews_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-apppreviews
        """
        return self._write("app_previews.app_previews_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appPreviews/{id}`` (appPreviews_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-apppreviews-_id_
        """
        return self._call("app_previews.app_previews_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_previews: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppPreviewResponse:
        """One request.

        ``GET /v1/appPreviews/{id}`` (appPreviews_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviews-_id_
        """
        return self._call("app_previews.app_previews_get_instance", locals())

    def update(
        self,
        id: str,
        /,
        body: AppPreviewUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksum: str | None | Unset = UNSET,
        preview_frame_time_code: str | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppPreviewResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appPreviews/{id}`` (appPreviews_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-apppreviews-_id_
        """
        return self._write("app_previews.app_previews_update_instance", locals(), _UPDATE_BODY)


class AsyncAppPreviews(AsyncResource):
    """`asc.app_previews` (async)."""

    async def create(
        self,
        /,
        body: AppPreviewCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        preview_frame_time_code: str | None | Unset = UNSET,
        mime_type: str | None | Unset = UNSET,
        app_preview_set: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppPreviewResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appPreviews`` (appPreviews_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-apppreviews
        """
        return await self._write("app_previews.app_previews_create_instance", locals(), _CREATE_BODY)

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appPreviews/{id}`` (appPreviews_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-apppreviews-_id_
        """
        return await self._call("app_previews.app_previews_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_previews: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppPreviewResponse:
        """One request.

        ``GET /v1/appPreviews/{id}`` (appPreviews_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviews-_id_
        """
        return await self._call("app_previews.app_previews_get_instance", locals())

    async def update(
        self,
        id: str,
        /,
        body: AppPreviewUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksum: str | None | Unset = UNSET,
        preview_frame_time_code: str | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppPreviewResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appPreviews/{id}`` (appPreviews_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-apppreviews-_id_
        """
        return await self._write("app_previews.app_previews_update_instance", locals(), _UPDATE_BODY)
