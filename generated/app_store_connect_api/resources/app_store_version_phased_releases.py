"""`asc.app_store_version_phased_releases`: the operations on app_store_version_phased_releases (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from app_store_connect._resources import Timeout

    from ..models.app_store_version_phased_release_create_request import (
        AppStoreVersionPhasedReleaseCreateRequest,
    )
    from ..models.app_store_version_phased_release_response import AppStoreVersionPhasedReleaseResponse
    from ..models.app_store_version_phased_release_update_request import (
        AppStoreVersionPhasedReleaseUpdateRequest,
    )

__all__ = ["AppStoreVersionPhasedReleases", "AsyncAppStoreVersionPhasedReleases"]

_CREATE_BODY = Body(
    "appStoreVersionPhasedReleases",
    {"phased_release_state": ("phasedReleaseState", "string", False)},
    {"app_store_version": ("appStoreVersion", "appStoreVersions", False, True)},
)
_UPDATE_BODY = Body(
    "appStoreVersionPhasedReleases", {"phased_release_state": ("phasedReleaseState", "string", False)}, {}
)


class AppStoreVersionPhasedReleases(SyncResource):
    """`asc.app_store_version_phased_releases`."""

    def create(
        self,
        /,
        body: AppStoreVersionPhasedReleaseCreateRequest | Mapping[str, Any] | None = None,
        *,
        phased_release_state: str | None | Unset = UNSET,
        app_store_version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionPhasedReleaseResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appStoreVersionPhasedReleases`` (appStoreVersionPhasedReleases_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionphasedreleases
        """
        return self._write(
            "app_store_version_phased_releases.app_store_version_phased_releases_create_instance",
            locals(),
            _CREATE_BODY,
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appStoreVersionPhasedReleases/{id}`` (appStoreVersionPhasedReleases_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversionphasedreleases-_id_
        """
        return self._call(
            "app_store_version_phased_releases.app_store_version_phased_releases_delete_instance", locals()
        )

    def update(
        self,
        id: str,
        /,
        body: AppStoreVersionPhasedReleaseUpdateRequest | Mapping[str, Any] | None = None,
        *,
        phased_release_state: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionPhasedReleaseResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appStoreVersionPhasedReleases/{id}`` (appStoreVersionPhasedReleases_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversionphasedreleases-_id_
        """
        return self._write(
            "app_store_version_phased_releases.app_store_version_phased_releases_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncAppStoreVersionPhasedReleases(AsyncResource):
    """`asc.app_store_version_phased_releases` (async)."""

    async def create(
        self,
        /,
        body: AppStoreVersionPhasedReleaseCreateRequest | Mapping[str, Any] | None = None,
        *,
        phased_release_state: str | None | Unset = UNSET,
        app_store_version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionPhasedReleaseResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appStoreVersionPhasedReleases`` (appStoreVersionPhasedReleases_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionphasedreleases
        """
        return await self._write(
            "app_store_version_phased_releases.app_store_version_phased_releases_create_instance",
            locals(),
            _CREATE_BODY,
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appStoreVersionPhasedReleases/{id}`` (appStoreVersionPhasedReleases_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversionphasedreleases-_id_
        """
        return await self._call(
            "app_store_version_phased_releases.app_store_version_phased_releases_delete_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: AppStoreVersionPhasedReleaseUpdateRequest | Mapping[str, Any] | None = None,
        *,
        phased_release_state: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionPhasedReleaseResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appStoreVersionPhasedReleases/{id}`` (appStoreVersionPhasedReleases_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversionphasedreleases-_id_
        """
        return await self._write(
            "app_store_version_phased_releases.app_store_version_phased_releases_update_instance",
            locals(),
            _UPDATE_BODY,
        )
