"""`asc.app_store_review_attachments`: the operations on app_store_review_attachments (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.app_store_review_attachment_create_request import AppStoreReviewAttachmentCreateRequest
    from ..models.app_store_review_attachment_response import AppStoreReviewAttachmentResponse
    from ..models.app_store_review_attachment_update_request import AppStoreReviewAttachmentUpdateRequest

__all__ = ["AppStoreReviewAttachments", "AsyncAppStoreReviewAttachments"]

_CREATE_BODY = Body(
    "appStoreReviewAttachments",
    {"file_size": ("fileSize", "integer", True), "file_name": ("fileName", "string", True)},
    {"app_store_review_detail": ("appStoreReviewDetail", "appStoreReviewDetails", False, True)},
)
_UPDATE_BODY = Body(
    "appStoreReviewAttachments",
    {
        "source_file_checksum": ("sourceFileChecksum", "string", False),
        "uploaded": ("uploaded", "boolean", False),
    },
    {},
)


class AppStoreReviewAttachments(SyncResource):
    """`asc.app_store_review_attachments`."""

    def create(
        self,
        /,
        body: AppStoreReviewAttachmentCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        app_store_review_detail: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreReviewAttachmentResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appStoreReviewAttachments`` (appStoreReviewAttachments_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstorereviewattachments
        """
        return self._write(
            "app_store_review_attachments.app_store_review_attachments_create_instance",
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

        ``DELETE /v1/appStoreReviewAttachments/{id}`` (appStoreReviewAttachments_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstorereviewattachments-_id_
        """
        return self._call(
            "app_store_review_attachments.app_store_review_attachments_delete_instance", locals()
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_store_review_attachments: str | Sequence[str] | None = None,
        fields_app_store_review_details: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppStoreReviewAttachmentResponse:
        """One request.

        ``GET /v1/appStoreReviewAttachments/{id}`` (appStoreReviewAttachments_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstorereviewattachments-_id_
        """
        return self._call("app_store_review_attachments.app_store_review_attachments_get_instance", locals())

    def update(
        self,
        id: str,
        /,
        body: AppStoreReviewAttachmentUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksum: str | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreReviewAttachmentResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appStoreReviewAttachments/{id}`` (appStoreReviewAttachments_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstorereviewattachments-_id_
        """
        return self._write(
            "app_store_review_attachments.app_store_review_attachments_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncAppStoreReviewAttachments(AsyncResource):
    """`asc.app_store_review_attachments` (async)."""

    async def create(
        self,
        /,
        body: AppStoreReviewAttachmentCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        app_store_review_detail: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreReviewAttachmentResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appStoreReviewAttachments`` (appStoreReviewAttachments_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstorereviewattachments
        """
        return await self._write(
            "app_store_review_attachments.app_store_review_attachments_create_instance",
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

        ``DELETE /v1/appStoreReviewAttachments/{id}`` (appStoreReviewAttachments_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstorereviewattachments-_id_
        """
        return await self._call(
            "app_store_review_attachments.app_store_review_attachments_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_store_review_attachments: str | Sequence[str] | None = None,
        fields_app_store_review_details: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppStoreReviewAttachmentResponse:
        """One request.

        ``GET /v1/appStoreReviewAttachments/{id}`` (appStoreReviewAttachments_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstorereviewattachments-_id_
        """
        return await self._call(
            "app_store_review_attachments.app_store_review_attachments_get_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: AppStoreReviewAttachmentUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksum: str | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreReviewAttachmentResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appStoreReviewAttachments/{id}`` (appStoreReviewAttachments_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstorereviewattachments-_id_
        """
        return await self._write(
            "app_store_review_attachments.app_store_review_attachments_update_instance",
            locals(),
            _UPDATE_BODY,
        )
