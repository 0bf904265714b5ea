"""`asc.app_event_screenshots`: the operations on app_event_screenshots (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.app_event_screenshot_create_request import AppEventScreenshotCreateRequest
    from ..models.app_event_screenshot_response import AppEventScreenshotResponse
    from ..models.app_event_screenshot_update_request import AppEventScreenshotUpdateRequest

__all__ = ["AppEventScreenshots", "AsyncAppEventScreenshots"]

_CREATE_BODY = Body(
    "appEventScreenshots",
    {
        "file_size": ("fileSize", "integer", True),
        "file_name": ("fileName", "string", True),
        "app_event_asset_type": ("appEventAssetType", "string", True),
    },
    {"app_event_localization": ("appEventLocalization", "appEventLocalizations", False, True)},
)
_UPDATE_BODY = Body("appEventScreenshots", {"uploaded": ("uploaded", "boolean", False)}, {})


class AppEventScreenshots(SyncResource):
    """`asc.app_event_screenshots`."""

    def create(
        self,
        /,
        body: AppEventScreenshotCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        app_event_asset_type: str | Unset = UNSET,
        app_event_localization: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppEventScreenshotResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appEventScreenshots`` (appEventScreenshots_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appeventscreenshots
        """
        return self._write(
            "app_event_screenshots.app_event_screenshots_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appEventScreenshots/{id}`` (appEventScreenshots_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appeventscreenshots-_id_
        """
        return self._call("app_event_screenshots.app_event_screenshots_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_event_screenshots: str | Sequence[str] | None = None,
        fields_app_event_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppEventScreenshotResponse:
        """One request.

        ``GET /v1/appEventScreenshots/{id}`` (appEventScreenshots_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventscreenshots-_id_
        """
        return self._call("app_event_screenshots.app_event_screenshots_get_instance", locals())

    def update(
        self,
        id: str,
        /,
        body: AppEventScreenshotUpdateRequest | Mapping[str, Any] | None = None,
        *,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppEventScreenshotResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appEventScreenshots/{id}`` (appEventScreenshots_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appeventscreenshots-_id_
        """
        return self._write(
            "app_event_screenshots.app_event_screenshots_update_instance", locals(), _UPDATE_BODY
        )


class AsyncAppEventScreenshots(AsyncResource):
    """`asc.app_event_screenshots` (async)."""

    async def create(
        self,
        /,
        body: AppEventScreenshotCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        app_event_asset_type: str | Unset = UNSET,
        app_event_localization: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppEventScreenshotResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appEventScreenshots`` (appEventScreenshots_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appeventscreenshots
        """
        return await self._write(
            "app_event_screenshots.app_event_screenshots_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appEventScreenshots/{id}`` (appEventScreenshots_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appeventscreenshots-_id_
        """
        return await self._call("app_event_screenshots.app_event_screenshots_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_event_screenshots: str | Sequence[str] | None = None,
        fields_app_event_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppEventScreenshotResponse:
        """One request.

        ``GET /v1/appEventScreenshots/{id}`` (appEventScreenshots_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventscreenshots-_id_
        """
        return await self._call("app_event_screenshots.app_event_screenshots_get_instance", locals())

    async def update(
        self,
        id: str,
        /,
        body: AppEventScreenshotUpdateRequest | Mapping[str, Any] | None = None,
        *,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppEventScreenshotResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appEventScreenshots/{id}`` (appEventScreenshots_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appeventscreenshots-_id_
        """
        return await self._write(
            "app_event_screenshots.app_event_screenshots_update_instance", locals(), _UPDATE_BODY
        )
