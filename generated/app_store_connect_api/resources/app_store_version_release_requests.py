"""`asc.app_store_version_release_requests`: the operations on app_store_version_release_requests (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from app_store_connect._resources import Timeout

    from ..models.app_store_version_release_request_create_request import (
        AppStoreVersionReleaseRequestCreateRequest,
    )
    from ..models.app_store_version_release_request_response import AppStoreVersionReleaseRequestResponse

__all__ = ["AppStoreVersionReleaseRequests", "AsyncAppStoreVersionReleaseRequests"]

_CREATE_BODY = Body(
    "appStoreVersionReleaseRequests",
    {},
    {"app_store_version": ("appStoreVersion", "appStoreVersions", False, True)},
)


class AppStoreVersionReleaseRequests(SyncResource):
    """`asc.app_store_version_release_requests`."""

    def create(
        self,
        /,
        body: AppStoreVersionReleaseRequestCreateRequest | Mapping[str, Any] | None = None,
        *,
        app_store_version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionReleaseRequestResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appStoreVersionReleaseRequests`` (appStoreVersionReleaseRequests_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionreleaserequests
        """
        return self._write(
            "app_store_version_release_requests.app_store_version_release_requests_create_instance",
            locals(),
            _CREATE_BODY,
        )


class AsyncAppStoreVersionReleaseRequests(AsyncResource):
    """`asc.app_store_version_release_requests` (async)."""

    async def create(
        self,
        /,
        body: AppStoreVersionReleaseRequestCreateRequest | Mapping[str, Any] | None = None,
        *,
        app_store_version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionReleaseRequestResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appStoreVersionReleaseRequests`` (appStoreVersionReleaseRequests_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionreleaserequests
        """
        return await self._write(
            "app_store_version_release_requests.app_store_version_release_requests_create_instance",
            locals(),
            _CREATE_BODY,
        )
