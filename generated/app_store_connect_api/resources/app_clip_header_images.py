"""`asc.app_clip_header_images`: the operations on app_clip_header_images (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.app_clip_header_image_create_request import AppClipHeaderImageCreateRequest
    from ..models.app_clip_header_image_response import AppClipHeaderImageResponse
    from ..models.app_clip_header_image_update_request import AppClipHeaderImageUpdateRequest

__all__ = ["AppClipHeaderImages", "AsyncAppClipHeaderImages"]

_CREATE_BODY = Body(
    "appClipHeaderImages",
    {"file_size": ("fileSize", "integer", True), "file_name": ("fileName", "string", True)},
    {
        "app_clip_default_experience_localization": (
            "appClipDefaultExperienceLocalization",
            "appClipDefaultExperienceLocalizations",
            False,
            True,
        )
    },
)
_UPDATE_BODY = Body(
    "appClipHeaderImages",
    {
        "source_file_checksum": ("sourceFileChecksum", "string", False),
        "uploaded": ("uploaded", "boolean", False),
    },
    {},
)


class AppClipHeaderImages(SyncResource):
    """`asc.app_clip_header_images`."""

    def create(
        self,
        /,
        body: AppClipHeaderImageCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        app_clip_default_experience_localization: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppClipHeaderImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appClipHeaderImages`` (appClipHeaderImages_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appclipheaderimages
        """
        return self._write(
            "app_clip_header_images.app_clip_header_images_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appClipHeaderImages/{id}`` (appClipHeaderImages_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appclipheaderimages-_id_
        """
        return self._call("app_clip_header_images.app_clip_header_images_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_clip_header_images: str | Sequence[str] | None = None,
        fields_app_clip_default_experience_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppClipHeaderImageResponse:
        """One request.

        ``GET /v1/appClipHeaderImages/{id}`` (appClipHeaderImages_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipheaderimages-_id_
        """
        return self._call("app_clip_header_images.app_clip_header_images_get_instance", locals())

    def update(
        self,
        id: str,
        /,
        body: AppClipHeaderImageUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksum: str | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppClipHeaderImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appClipHeaderImages/{id}`` (appClipHeaderImages_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipheaderimages-_id_
        """
        return self._write(
            "app_clip_header_images.app_clip_header_images_update_instance", locals(), _UPDATE_BODY
        )


class AsyncAppClipHeaderImages(AsyncResource):
    """`asc.app_clip_header_images` (async)."""

    async def create(
        self,
        /,
        body: AppClipHeaderImageCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        app_clip_default_experience_localization: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppClipHeaderImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appClipHeaderImages`` (appClipHeaderImages_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appclipheaderimages
        """
        return await self._write(
            "app_clip_header_images.app_clip_header_images_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appClipHeaderImages/{id}`` (appClipHeaderImages_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appclipheaderimages-_id_
        """
        return await self._call("app_clip_header_images.app_clip_header_images_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_clip_header_images: str | Sequence[str] | None = None,
        fields_app_clip_default_experience_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppClipHeaderImageResponse:
        """One request.

        ``GET /v1/appClipHeaderImages/{id}`` (appClipHeaderImages_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipheaderimages-_id_
        """
        return await self._call("app_clip_header_images.app_clip_header_images_get_instance", locals())

    async def update(
        self,
        id: str,
        /,
        body: AppClipHeaderImageUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksum: str | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppClipHeaderImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appClipHeaderImages/{id}`` (appClipHeaderImages_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipheaderimages-_id_
        """
        return await self._write(
            "app_clip_header_images.app_clip_header_images_update_instance", locals(), _UPDATE_BODY
        )
