"""`asc.in_app_purchase_app_store_review_screenshots`: the operations on in_app_purchase_app_store_review_screenshots (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.in_app_purchase_app_store_review_screenshot_create_request import (
        InAppPurchaseAppStoreReviewScreenshotCreateRequest,
    )
    from ..models.in_app_purchase_app_store_review_screenshot_response import (
        InAppPurchaseAppStoreReviewScreenshotResponse,
    )
    from ..models.in_app_purchase_app_store_review_screenshot_update_request import (
        InAppPurchaseAppStoreReviewScreenshotUpdateRequest,
    )

__all__ = ["AsyncInAppPurchaseAppStoreReviewScreenshots", "InAppPurchaseAppStoreReviewScreenshots"]

_CREATE_BODY = Body(
    "inAppPurchaseAppStoreReviewScreenshots",
    {"file_size": ("fileSize", "integer", True), "file_name": ("fileName", "string", True)},
    {"in_app_purchase_v2": ("inAppPurchaseV2", "inAppPurchases", False, True)},
)
_UPDATE_BODY = Body(
    "inAppPurchaseAppStoreReviewScreenshots",
    {
        "source_file_checksum": ("sourceFileChecksum", "string", False),
        "uploaded": ("uploaded", "boolean", False),
    },
    {},
)


class InAppPurchaseAppStoreReviewScreenshots(SyncResource):
    """`asc.in_app_purchase_app_store_review_screenshots`."""

    def create(
        self,
        /,
        body: InAppPurchaseAppStoreReviewScreenshotCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        in_app_purchase_v2: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseAppStoreReviewScreenshotResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/inAppPurchaseAppStoreReviewScreenshots`` (inAppPurchaseAppStoreReviewScreenshots_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseappstorereviewscreenshots
        """
        return self._write(
            "in_app_purchase_app_store_review_screenshots.in_app_purchase_app_store_review_screenshots_create_instance",
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

        ``DELETE /v1/inAppPurchaseAppStoreReviewScreenshots/{id}`` (inAppPurchaseAppStoreReviewScreenshots_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-inapppurchaseappstorereviewscreenshots-_id_
        """
        return self._call(
            "in_app_purchase_app_store_review_screenshots.in_app_purchase_app_store_review_screenshots_delete_instance",
            locals(),
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_app_store_review_screenshots: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseAppStoreReviewScreenshotResponse:
        """One request.

        ``GET /v1/inAppPurchaseAppStoreReviewScreenshots/{id}`` (inAppPurchaseAppStoreReviewScreenshots_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseappstorereviewscreenshots-_id_
        """
        return self._call(
            "in_app_purchase_app_store_review_screenshots.in_app_purchase_app_store_review_screenshots_get_instance",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: InAppPurchaseAppStoreReviewScreenshotUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksum: str | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseAppStoreReviewScreenshotResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/inAppPurchaseAppStoreReviewScreenshots/{id}`` (inAppPurchaseAppStoreReviewScreenshots_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-inapppurchaseappstorereviewscreenshots-_id_
        """
        return self._write(
            "in_app_purchase_app_store_review_screenshots.in_app_purchase_app_store_review_screenshots_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncInAppPurchaseAppStoreReviewScreenshots(AsyncResource):
    """`asc.in_app_purchase_app_store_review_screenshots` (async)."""

    async def create(
        self,
        /,
        body: InAppPurchaseAppStoreReviewScreenshotCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        in_app_purchase_v2: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseAppStoreReviewScreenshotResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/inAppPurchaseAppStoreReviewScreenshots`` (inAppPurchaseAppStoreReviewScreenshots_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseappstorereviewscreenshots
        """
        return await self._write(
            "in_app_purchase_app_store_review_screenshots.in_app_purchase_app_store_review_screenshots_create_instance",
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

        ``DELETE /v1/inAppPurchaseAppStoreReviewScreenshots/{id}`` (inAppPurchaseAppStoreReviewScreenshots_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-inapppurchaseappstorereviewscreenshots-_id_
        """
        return await self._call(
            "in_app_purchase_app_store_review_screenshots.in_app_purchase_app_store_review_screenshots_delete_instance",
            locals(),
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_app_store_review_screenshots: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseAppStoreReviewScreenshotResponse:
        """One request.

        ``GET /v1/inAppPurchaseAppStoreReviewScreenshots/{id}`` (inAppPurchaseAppStoreReviewScreenshots_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseappstorereviewscreenshots-_id_
        """
        return await self._call(
            "in_app_purchase_app_store_review_screenshots.in_app_purchase_app_store_review_screenshots_get_instance",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: InAppPurchaseAppStoreReviewScreenshotUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksum: str | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseAppStoreReviewScreenshotResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/inAppPurchaseAppStoreReviewScreenshots/{id}`` (inAppPurchaseAppStoreReviewScreenshots_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-inapppurchaseappstorereviewscreenshots-_id_
        """
        return await self._write(
            "in_app_purchase_app_store_review_screenshots.in_app_purchase_app_store_review_screenshots_update_instance",
            locals(),
            _UPDATE_BODY,
        )
