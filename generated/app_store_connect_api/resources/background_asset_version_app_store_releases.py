"""`asc.background_asset_version_app_store_releases`: the operations on background_asset_version_app_store_releases (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._resources import Timeout

    from ..models.background_asset_version_app_store_release_response import (
        BackgroundAssetVersionAppStoreReleaseResponse,
    )

__all__ = ["AsyncBackgroundAssetVersionAppStoreReleases", "BackgroundAssetVersionAppStoreReleases"]


class BackgroundAssetVersionAppStoreReleases(SyncResource):
    """`asc.background_asset_version_app_store_releases`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_background_asset_version_app_store_releases: str | Sequence[str] | None = None,
        fields_background_asset_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BackgroundAssetVersionAppStoreReleaseResponse:
        """One request.

        ``GET /v1/backgroundAssetVersionAppStoreReleases/{id}`` (backgroundAssetVersionAppStoreReleases_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetversionappstorereleases-_id_
        """
        return self._call(
            "background_asset_version_app_store_releases.background_asset_version_app_store_releases_get_instance",
            locals(),
        )


class AsyncBackgroundAssetVersionAppStoreReleases(AsyncResource):
    """`asc.background_asset_version_app_store_releases` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_background_asset_version_app_store_releases: str | Sequence[str] | None = None,
        fields_background_asset_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BackgroundAssetVersionAppStoreReleaseResponse:
        """One request.

        ``GET /v1/backgroundAssetVersionAppStoreReleases/{id}`` (backgroundAssetVersionAppStoreReleases_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetversionappstorereleases-_id_
        """
        return await self._call(
            "background_asset_version_app_store_releases.background_asset_version_app_store_releases_get_instance",
            locals(),
        )
