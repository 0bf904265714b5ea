"""`asc.app_store_version_submissions`: the operations on app_store_version_submissions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from app_store_connect._resources import Timeout

__all__ = ["AppStoreVersionSubmissions", "AsyncAppStoreVersionSubmissions"]


class AppStoreVersionSubmissions(SyncResource):
    """`asc.app_store_version_submissions`."""

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appStoreVersionSubmissions/{id}`` (appStoreVersionSubmissions_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversionsubmissions-_id_
        """
        return self._call(
            "app_store_version_submissions.app_store_version_submissions_delete_instance", locals()
        )


class AsyncAppStoreVersionSubmissions(AsyncResource):
    """`asc.app_store_version_submissions` (async)."""

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appStoreVersionSubmissions/{id}`` (appStoreVersionSubmissions_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversionsubmissions-_id_
        """
        return await self._call(
            "app_store_version_submissions.app_store_version_submissions_delete_instance", locals()
        )
