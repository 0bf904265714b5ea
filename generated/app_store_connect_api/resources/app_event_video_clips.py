"""`asc.app_event_video_clips`: the operations on app_event_video_clips (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.app_event_video_clip_create_request import AppEventVideoClipCreateRequest
    from ..models.app_event_video_clip_response import AppEventVideoClipResponse
    from ..models.app_event_video_clip_update_request import AppEventVideoClipUpdateRequest

__all__ = ["AppEventVideoClips", "AsyncAppEventVideoClips"]

_CREATE_BODY = Body(
    "appEventVideoClips",
    {
        "file_size": ("fileSize", "integer", True),
        "file_name": ("fileName", "string", True),
        "preview_frame_time_code": ("previewFrameTimeCode", "string", False),
        "app_event_asset_type": ("appEventAssetType", "string", True),
    },
    {"app_event_localization": ("appEventLocalization", "appEventLocalizations", False, True)},
)
_UPDATE_BODY = Body(
    "appEventVideoClips",
    {
        "preview_frame_time_code": ("previewFrameTimeCode", "string", False),
        "uploaded": ("uploaded", "boolean", False),
    },
    {},
)


class AppEventVideoClips(SyncResource):
    """`asc.app_event_video_clips`."""

    def create(
        self,
        /,
        body: AppEventVideoClipCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        preview_frame_time_code: str | None | Unset = UNSET,
        app_event_asset_type: str | Unset = UNSET,
        app_event_localization: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppEventVideoClipResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appEventVideoClips`` (appEventVideoClips_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appeventvideoclips
        """
        return self._write(
            "app_event_video_clips.app_event_video_clips_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appEventVideoClips/{id}`` (appEventVideoClips_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appeventvideoclips-_id_
        """
        return self._call("app_event_video_clips.app_event_video_clips_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_event_video_clips: str | Sequence[str] | None = None,
        fields_app_event_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppEventVideoClipResponse:
        """One request.

        ``GET /v1/appEventVideoClips/{id}`` (appEventVideoClips_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventvideoclips-_id_
        """
        return self._call("app_event_video_clips.app_event_video_clips_get_instance", locals())

    def update(
        self,
        id: str,
        /,
        body: AppEventVideoClipUpdateRequest | Mapping[str, Any] | None = None,
        *,
        preview_frame_time_code: str | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppEventVideoClipResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appEventVideoClips/{id}`` (appEventVideoClips_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appeventvideoclips-_id_
        """
        return self._write(
            "app_event_video_clips.app_event_video_clips_update_instance", locals(), _UPDATE_BODY
        )


class AsyncAppEventVideoClips(AsyncResource):
    """`asc.app_event_video_clips` (async)."""

    async def create(
        self,
        /,
        body: AppEventVideoClipCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        preview_frame_time_code: str | None | Unset = UNSET,
        app_event_asset_type: str | Unset = UNSET,
        app_event_localization: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppEventVideoClipResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appEventVideoClips`` (appEventVideoClips_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appeventvideoclips
        """
        return await self._write(
            "app_event_video_clips.app_event_video_clips_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appEventVideoClips/{id}`` (appEventVideoClips_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appeventvideoclips-_id_
        """
        return await self._call("app_event_video_clips.app_event_video_clips_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_event_video_clips: str | Sequence[str] | None = None,
        fields_app_event_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppEventVideoClipResponse:
        """One request.

        ``GET /v1/appEventVideoClips/{id}`` (appEventVideoClips_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventvideoclips-_id_
        """
        return await self._call("app_event_video_clips.app_event_video_clips_get_instance", locals())

    async def update(
        self,
        id: str,
        /,
        body: AppEventVideoClipUpdateRequest | Mapping[str, Any] | None = None,
        *,
        preview_frame_time_code: str | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppEventVideoClipResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appEventVideoClips/{id}`` (appEventVideoClips_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appeventvideoclips-_id_
        """
        return await self._write(
            "app_event_video_clips.app_event_video_clips_update_instance", locals(), _UPDATE_BODY
        )
