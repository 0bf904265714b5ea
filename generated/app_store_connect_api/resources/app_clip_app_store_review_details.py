"""`asc.app_clip_app_store_review_details`: the operations on app_clip_app_store_review_details (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.app_clip_app_store_review_detail_create_request import (
        AppClipAppStoreReviewDetailCreateRequest,
    )
    from ..models.app_clip_app_store_review_detail_response import AppClipAppStoreReviewDetailResponse
    from ..models.app_clip_app_store_review_detail_update_request import (
        AppClipAppStoreReviewDetailUpdateRequest,
    )

__all__ = ["AppClipAppStoreReviewDetails", "AsyncAppClipAppStoreReviewDetails"]

_CREATE_BODY = Body(
    "appClipAppStoreReviewDetails",
    {"invocation_urls": ("invocationUrls", "array", False)},
    {"app_clip_default_experience": ("appClipDefaultExperience", "appClipDefaultExperiences", False, True)},
)
_UPDATE_BODY = Body(
    "appClipAppStoreReviewDetails", {"invocation_urls": ("invocationUrls", "array", False)}, {}
)


class AppClipAppStoreReviewDetails(SyncResource):
    """`asc.app_clip_app_store_review_details`."""

    def create(
        self,
        /,
        body: AppClipAppStoreReviewDetailCreateRequest | Mapping[str, Any] | None = None,
        *,
        invocation_urls: Sequence[Any] | None | Unset = UNSET,
        app_clip_default_experience: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppClipAppStoreReviewDetailResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appClipAppStoreReviewDetails`` (appClipAppStoreReviewDetails_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appclipappstorereviewdetails
        """
        return self._write(
            "app_clip_app_store_review_details.app_clip_app_store_review_details_create_instance",
            locals(),
            _CREATE_BODY,
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_clip_app_store_review_details: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppClipAppStoreReviewDetailResponse:
        """One request.

        ``GET /v1/appClipAppStoreReviewDetails/{id}`` (appClipAppStoreReviewDetails_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipappstorereviewdetails-_id_
        """
        return self._call(
            "app_clip_app_store_review_details.app_clip_app_store_review_details_get_instance", locals()
        )

    def update(
        self,
        id: str,
        /,
        body: AppClipAppStoreReviewDetailUpdateRequest | Mapping[str, Any] | None = None,
        *,
        invocation_urls: Sequence[Any] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppClipAppStoreReviewDetailResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appClipAppStoreReviewDetails/{id}`` (appClipAppStoreReviewDetails_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipappstorereviewdetails-_id_
        """
        return self._write(
            "app_clip_app_store_review_details.app_clip_app_store_review_details_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncAppClipAppStoreReviewDetails(AsyncResource):
    """`asc.app_clip_app_store_review_details` (async)."""

    async def create(
        self,
        /,
        body: AppClipAppStoreReviewDetailCreateRequest | Mapping[str, Any] | None = None,
        *,
        invocation_urls: Sequence[Any] | None | Unset = UNSET,
        app_clip_default_experience: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppClipAppStoreReviewDetailResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appClipAppStoreReviewDetails`` (appClipAppStoreReviewDetails_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appclipappstorereviewdetails
        """
        return await self._write(
            "app_clip_app_store_review_details.app_clip_app_store_review_details_create_instance",
            locals(),
            _CREATE_BODY,
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_clip_app_store_review_details: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppClipAppStoreReviewDetailResponse:
        """One request.

        ``GET /v1/appClipAppStoreReviewDetails/{id}`` (appClipAppStoreReviewDetails_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipappstorereviewdetails-_id_
        """
        return await self._call(
            "app_clip_app_store_review_details.app_clip_app_store_review_details_get_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: AppClipAppStoreReviewDetailUpdateRequest | Mapping[str, Any] | None = None,
        *,
        invocation_urls: Sequence[Any] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppClipAppStoreReviewDetailResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appClipAppStoreReviewDetails/{id}`` (appClipAppStoreReviewDetails_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipappstorereviewdetails-_id_
        """
        return await self._write(
            "app_clip_app_store_review_details.app_clip_app_store_review_details_update_instance",
            locals(),
            _UPDATE_BODY,
        )
