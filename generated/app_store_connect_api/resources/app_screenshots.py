"""`asc.app_screenshots`: the operations on app_screenshots (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.app_screenshot_create_request import AppScreenshotCreateRequest
    from ..models.app_screenshot_response import AppScreenshotResponse
    from ..models.app_screenshot_update_request import AppScreenshotUpdateRequest

__all__ = ["AppScreenshots", "AsyncAppScreenshots"]

_CREATE_BODY = Body(
    "appScreenshots",
    {"file_size": ("fileSize", "integer", True), "file_name": ("fileName", "string", True)},
    {"app_screenshot_set": ("appScreenshotSet", "appScreenshotSets", False, True)},
)
_UPDATE_BODY = Body(
    "appScreenshots",
    {
        "source_file_checksum": ("sourceFileChecksum", "string", False),
        "uploaded": ("uploaded", "boolean", False),
    },
    {},
)


class AppScreenshots(SyncResource):
    """`asc.app_screenshots`."""

    def create(
        self,
        /,
        body: AppScreenshotCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        app_screenshot_set: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppScreenshotResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appScreenshots`` (appScreenshots_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appscreenshots
        """
        return self._write("app_screenshots.app_screenshots_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appScreenshots/{id}`` (appScreenshots_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appscreenshots-_id_
        """
        return self._call("app_screenshots.app_screenshots_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_screenshots: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppScreenshotResponse:
        """One request.

        ``GET /v1/appScreenshots/{id}`` (appScreenshots_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appscreenshots-_id_
        """
        return self._call("app_screenshots.app_screenshots_get_instance", locals())

    def update(
        self,
        id: str,
        /,
        body: AppScreenshotUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksum: str | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppScreenshotResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appScreenshots/{id}`` (appScreenshots_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appscreenshots-_id_
        """
        return self._write("app_screenshots.app_screenshots_update_instance", locals(), _UPDATE_BODY)


class AsyncAppScreenshots(AsyncResource):
    """`asc.app_screenshots` (async)."""

    async def create(
        self,
        /,
        body: AppScreenshotCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        app_screenshot_set: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppScreenshotResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appScreenshots`` (appScreenshots_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appscreenshots
        """
        return await self._write("app_screenshots.app_screenshots_create_instance", locals(), _CREATE_BODY)

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appScreenshots/{id}`` (appScreenshots_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appscreenshots-_id_
        """
        return await self._call("app_screenshots.app_screenshots_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_screenshots: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppScreenshotResponse:
        """One request.

        ``GET /v1/appScreenshots/{id}`` (appScreenshots_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appscreenshots-_id_
        """
        return await self._call("app_screenshots.app_screenshots_get_instance", locals())

    async def update(
        self,
        id: str,
        /,
        body: AppScreenshotUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksum: str | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppScreenshotResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appScreenshots/{id}`` (appScreenshots_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appscreenshots-_id_
        """
        return await self._write("app_screenshots.app_screenshots_update_instance", locals(), _UPDATE_BODY)
