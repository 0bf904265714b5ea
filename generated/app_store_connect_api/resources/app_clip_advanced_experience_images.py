"""`asc.app_clip_advanced_experience_images`: the operations on app_clip_advanced_experience_images (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.app_clip_advanced_experience_image_create_request import (
        AppClipAdvancedExperienceImageCreateRequest,
    )
    from ..models.app_clip_advanced_experience_image_response import AppClipAdvancedExperienceImageResponse
    from ..models.app_clip_advanced_experience_image_update_request import (
        AppClipAdvancedExperienceImageUpdateRequest,
    )

__all__ = ["AppClipAdvancedExperienceImages", "AsyncAppClipAdvancedExperienceImages"]

_CREATE_BODY = Body(
    "appClipAdvancedExperienceImages",
    {"file_size": ("fileSize", "integer", True), "file_name": ("fileName", "string", True)},
    {},
)
_UPDATE_BODY = Body(
    "appClipAdvancedExperienceImages",
    {
        "source_file_checksum": ("sourceFileChecksum", "string", False),
        "uploaded": ("uploaded", "boolean", False),
    },
    {},
)


class AppClipAdvancedExperienceImages(SyncResource):
    """`asc.app_clip_advanced_experience_images`."""

    def create(
        self,
        /,
        body: AppClipAdvancedExperienceImageCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppClipAdvancedExperienceImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appClipAdvancedExperienceImages`` (appClipAdvancedExperienceImages_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appclipadvancedexperienceimages
        """
        return self._write(
            "app_clip_advanced_experience_images.app_clip_advanced_experience_images_create_instance",
            locals(),
            _CREATE_BODY,
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_clip_advanced_experience_images: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppClipAdvancedExperienceImageResponse:
        """One request.

        ``GET /v1/appClipAdvancedExperienceImages/{id}`` (appClipAdvancedExperienceImages_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipadvancedexperienceimages-_id_
        """
        return self._call(
            "app_clip_advanced_experience_images.app_clip_advanced_experience_images_get_instance", locals()
        )

    def update(
        self,
        id: str,
        /,
        body: AppClipAdvancedExperienceImageUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksum: str | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppClipAdvancedExperienceImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appClipAdvancedExperienceImages/{id}`` (appClipAdvancedExperienceImages_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipadvancedexperienceimages-_id_
        """
        return self._write(
            "app_clip_advanced_experience_images.app_clip_advanced_experience_images_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncAppClipAdvancedExperienceImages(AsyncResource):
    """`asc.app_clip_advanced_experience_images` (async)."""

    async def create(
        self,
        /,
        body: AppClipAdvancedExperienceImageCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppClipAdvancedExperienceImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appClipAdvancedExperienceImages`` (appClipAdvancedExperienceImages_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appclipadvancedexperienceimages
        """
        return await self._write(
            "app_clip_advanced_experience_images.app_clip_advanced_experience_images_create_instance",
            locals(),
            _CREATE_BODY,
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_clip_advanced_experience_images: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppClipAdvancedExperienceImageResponse:
        """One request.

        ``GET /v1/appClipAdvancedExperienceImages/{id}`` (appClipAdvancedExperienceImages_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipadvancedexperienceimages-_id_
        """
        return await self._call(
            "app_clip_advanced_experience_images.app_clip_advanced_experience_images_get_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: AppClipAdvancedExperienceImageUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksum: str | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppClipAdvancedExperienceImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appClipAdvancedExperienceImages/{id}`` (appClipAdvancedExperienceImages_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipadvancedexperienceimages-_id_
        """
        return await self._write(
            "app_clip_advanced_experience_images.app_clip_advanced_experience_images_update_instance",
            locals(),
            _UPDATE_BODY,
        )
