"""`asc.app_store_review_details`: the operations on app_store_review_details (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_store_review_attachment import AppStoreReviewAttachment
    from ..models.app_store_review_attachments_response import AppStoreReviewAttachmentsResponse
    from ..models.app_store_review_detail_app_store_review_attachments_linkages_response import (
        AppStoreReviewDetailAppStoreReviewAttachmentsLinkagesResponse,
    )
    from ..models.app_store_review_detail_app_store_review_attachments_linkages_response_data_item import (
        AppStoreReviewDetailAppStoreReviewAttachmentsLinkagesResponseDataItem,
    )
    from ..models.app_store_review_detail_create_request import AppStoreReviewDetailCreateRequest
    from ..models.app_store_review_detail_response import AppStoreReviewDetailResponse
    from ..models.app_store_review_detail_update_request import AppStoreReviewDetailUpdateRequest

__all__ = ["AppStoreReviewDetails", "AsyncAppStoreReviewDetails"]

_CREATE_BODY = Body(
    "appStoreReviewDetails",
    {
        "contact_first_name": ("contactFirstName", "string", False),
        "contact_last_name": ("contactLastName", "string", False),
        "contact_phone": ("contactPhone", "string", False),
        "contact_email": ("contactEmail", "string", False),
        "demo_account_name": ("demoAccountName", "string", False),
        "demo_account_password": ("demoAccountPassword", "string", False),
        "demo_account_required": ("demoAccountRequired", "boolean", False),
        "notes": ("notes", "string", False),
    },
    {"app_store_version": ("appStoreVersion", "appStoreVersions", False, True)},
)
_UPDATE_BODY = Body(
    "appStoreReviewDetails",
    {
        "contact_first_name": ("contactFirstName", "string", False),
        "contact_last_name": ("contactLastName", "string", False),
        "contact_phone": ("contactPhone", "string", False),
        "contact_email": ("contactEmail", "string", False),
        "demo_account_name": ("demoAccountName", "string", False),
        "demo_account_password": ("demoAccountPassword", "string", False),
        "demo_account_required": ("demoAccountRequired", "boolean", False),
        "notes": ("notes", "string", False),
    },
    {},
)


class AppStoreReviewDetails(SyncResource):
    """`asc.app_store_review_details`."""

    def create(
        self,
        /,
        body: AppStoreReviewDetailCreateRequest | Mapping[str, Any] | None = None,
        *,
        contact_first_name: str | None | Unset = UNSET,
        contact_last_name: str | None | Unset = UNSET,
        contact_phone: str | None | Unset = UNSET,
        contact_email: str | None | Unset = UNSET,
        demo_account_name: str | None | Unset = UNSET,
        demo_account_password: str | None | Unset = UNSET,
        demo_account_required: bool | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        app_store_version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreReviewDetailResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appStoreReviewDetails`` (appStoreReviewDetails_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstorereviewdetails
        """
        return self._write(
            "app_store_review_details.app_store_review_details_create_instance", locals(), _CREATE_BODY
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_store_review_details: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_store_review_attachments: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_review_attachments: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreReviewDetailResponse:
        """One request.

        ``GET /v1/appStoreReviewDetails/{id}`` (appStoreReviewDetails_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstorereviewdetails-_id_
        """
        return self._call("app_store_review_details.app_store_review_details_get_instance", locals())

    def list_app_store_review_attachments(
        self,
        id: str,
        /,
        *,
        fields_app_store_review_attachments: str | Sequence[str] | None = None,
        fields_app_store_review_details: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppStoreReviewAttachment]:
        """Every AppStoreReviewAttachment across pages, with the pagination guards.

        ``GET /v1/appStoreReviewDetails/{id}/appStoreReviewAttachments`` (appStoreReviewDetails_appStoreReviewAttachments_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstorereviewdetails-_id_-appstorereviewattachments
        """
        return self._paginate(
            "app_store_review_details.app_store_review_details_app_store_review_attachments_get_to_many_related",
            locals(),
        )

    def list_app_store_review_attachments_page(
        self,
        id: str,
        /,
        *,
        fields_app_store_review_attachments: str | Sequence[str] | None = None,
        fields_app_store_review_details: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppStoreReviewAttachmentsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreReviewDetails/{id}/appStoreReviewAttachments`` (appStoreReviewDetails_appStoreReviewAttachments_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstorereviewdetails-_id_-appstorereviewattachments
        """
        return self._call(
            "app_store_review_details.app_store_review_details_app_store_review_attachments_get_to_many_related",
            locals(),
        )

    def list_app_store_review_attachments_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppStoreReviewDetailAppStoreReviewAttachmentsLinkagesResponseDataItem]:
        """Every AppStoreReviewDetailAppStoreReviewAttachmentsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appStoreReviewDetails/{id}/relationships/appStoreReviewAttachments`` (appStoreReviewDetails_appStoreReviewAttachments_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstorereviewdetails-_id_-relationships-appstorereviewattachments
        """
        return self._paginate(
            "app_store_review_details.app_store_review_details_app_store_review_attachments_get_to_many_relationship",
            locals(),
        )

    def list_app_store_review_attachments_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreReviewDetailAppStoreReviewAttachmentsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreReviewDetails/{id}/relationships/appStoreReviewAttachments`` (appStoreReviewDetails_appStoreReviewAttachments_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstorereviewdetails-_id_-relationships-appstorereviewattachments
        """
        return self._call(
            "app_store_review_details.app_store_review_details_app_store_review_attachments_get_to_many_relationship",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: AppStoreReviewDetailUpdateRequest | Mapping[str, Any] | None = None,
        *,
        contact_first_name: str | None | Unset = UNSET,
        contact_last_name: str | None | Unset = UNSET,
        contact_phone: str | None | Unset = UNSET,
        contact_email: str | None | Unset = UNSET,
        demo_account_name: str | None | Unset = UNSET,
        demo_account_password: str | None | Unset = UNSET,
        demo_account_required: bool | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreReviewDetailResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appStoreReviewDetails/{id}`` (appStoreReviewDetails_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstorereviewdetails-_id_
        """
        return self._write(
            "app_store_review_details.app_store_review_details_update_instance", locals(), _UPDATE_BODY
        )


class AsyncAppStoreReviewDetails(AsyncResource):
    """`asc.app_store_review_details` (async)."""

    async def create(
        self,
        /,
        body: AppStoreReviewDetailCreateRequest | Mapping[str, Any] | None = None,
        *,
        contact_first_name: str | None | Unset = UNSET,
        contact_last_name: str | None | Unset = UNSET,
        contact_phone: str | None | Unset = UNSET,
        contact_email: str | None | Unset = UNSET,
        demo_account_name: str | None | Unset = UNSET,
        demo_account_password: str | None | Unset = UNSET,
        demo_account_required: bool | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        app_store_version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreReviewDetailResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appStoreReviewDetails`` (appStoreReviewDetails_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstorereviewdetails
        """
        return await self._write(
            "app_store_review_details.app_store_review_details_create_instance", locals(), _CREATE_BODY
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_store_review_details: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_store_review_attachments: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_review_attachments: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreReviewDetailResponse:
        """One request.

        ``GET /v1/appStoreReviewDetails/{id}`` (appStoreReviewDetails_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstorereviewdetails-_id_
        """
        return await self._call("app_store_review_details.app_store_review_details_get_instance", locals())

    def list_app_store_review_attachments(
        self,
        id: str,
        /,
        *,
        fields_app_store_review_attachments: str | Sequence[str] | None = None,
        fields_app_store_review_details: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppStoreReviewAttachment]:
        """Every AppStoreReviewAttachment across pages, with the pagination guards.

        ``GET /v1/appStoreReviewDetails/{id}/appStoreReviewAttachments`` (appStoreReviewDetails_appStoreReviewAttachments_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstorereviewdetails-_id_-appstorereviewattachments
        """
        return self._paginate(
            "app_store_review_details.app_store_review_details_app_store_review_attachments_get_to_many_related",
            locals(),
        )

    async def list_app_store_review_attachments_page(
        self,
        id: str,
        /,
        *,
        fields_app_store_review_attachments: str | Sequence[str] | None = None,
        fields_app_store_review_details: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppStoreReviewAttachmentsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreReviewDetails/{id}/appStoreReviewAttachments`` (appStoreReviewDetails_appStoreReviewAttachments_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstorereviewdetails-_id_-appstorereviewattachments
        """
        return await self._call(
            "app_store_review_details.app_store_review_details_app_store_review_attachments_get_to_many_related",
            locals(),
        )

    def list_app_store_review_attachments_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppStoreReviewDetailAppStoreReviewAttachmentsLinkagesResponseDataItem]:
        """Every AppStoreReviewDetailAppStoreReviewAttachmentsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appStoreReviewDetails/{id}/relationships/appStoreReviewAttachments`` (appStoreReviewDetails_appStoreReviewAttachments_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstorereviewdetails-_id_-relationships-appstorereviewattachments
        """
        return self._paginate(
            "app_store_review_details.app_store_review_details_app_store_review_attachments_get_to_many_relationship",
            locals(),
        )

    async def list_app_store_review_attachments_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreReviewDetailAppStoreReviewAttachmentsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreReviewDetails/{id}/relationships/appStoreReviewAttachments`` (appStoreReviewDetails_appStoreReviewAttachments_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstorereviewdetails-_id_-relationships-appstorereviewattachments
        """
        return await self._call(
            "app_store_review_details.app_store_review_details_app_store_review_attachments_get_to_many_relationship",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: AppStoreReviewDetailUpdateRequest | Mapping[str, Any] | None = None,
        *,
        contact_first_name: str | None | Unset = UNSET,
        contact_last_name: str | None | Unset = UNSET,
        contact_phone: str | None | Unset = UNSET,
        contact_email: str | None | Unset = UNSET,
        demo_account_name: str | None | Unset = UNSET,
        demo_account_password: str | None | Unset = UNSET,
        demo_account_required: bool | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreReviewDetailResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appStoreReviewDetails/{id}`` (appStoreReviewDetails_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstorereviewdetails-_id_
        """
        return await self._write(
            "app_store_review_details.app_store_review_details_update_instance", locals(), _UPDATE_BODY
        )
