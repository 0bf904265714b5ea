"""`asc.subscription_app_store_review_screenshots`: the operations on subscription_app_store_review_screenshots (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.subscription_app_store_review_screenshot_create_request import (
        SubscriptionAppStoreReviewScreenshotCreateRequest,
    )
    from ..models.subscription_app_store_review_screenshot_response import (
        SubscriptionAppStoreReviewScreenshotResponse,
    )
    from ..models.subscription_app_store_review_screenshot_update_request import (
        SubscriptionAppStoreReviewScreenshotUpdateRequest,
    )

__all__ = ["AsyncSubscriptionAppStoreReviewScreenshots", "SubscriptionAppStoreReviewScreenshots"]

_CREATE_BODY = Body(
    "subscriptionAppStoreReviewScreenshots",
    {"file_size": ("fileSize", "integer", True), "file_name": ("fileName", "string", True)},
    {"subscription": ("subscription", "subscriptions", False, True)},
)
_UPDATE_BODY = Body(
    "subscriptionAppStoreReviewScreenshots",
    {
        "source_file_checksum": ("sourceFileChecksum", "string", False),
        "uploaded": ("uploaded", "boolean", False),
    },
    {},
)


class SubscriptionAppStoreReviewScreenshots(SyncResource):
    """`asc.subscription_app_store_review_screenshots`."""

    def create(
        self,
        /,
        body: SubscriptionAppStoreReviewScreenshotCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        subscription: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionAppStoreReviewScreenshotResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionAppStoreReviewScreenshots`` (subscriptionAppStoreReviewScreenshots_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionappstorereviewscreenshots
        """
        return self._write(
            "subscription_app_store_review_screenshots.subscription_app_store_review_screenshots_create_instance",
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

        ``DELETE /v1/subscriptionAppStoreReviewScreenshots/{id}`` (subscriptionAppStoreReviewScreenshots_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptionappstorereviewscreenshots-_id_
        """
        return self._call(
            "subscription_app_store_review_screenshots.subscription_app_store_review_screenshots_delete_instance",
            locals(),
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_app_store_review_screenshots: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionAppStoreReviewScreenshotResponse:
        """One request.

        ``GET /v1/subscriptionAppStoreReviewScreenshots/{id}`` (subscriptionAppStoreReviewScreenshots_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionappstorereviewscreenshots-_id_
        """
        return self._call(
            "subscription_app_store_review_screenshots.subscription_app_store_review_screenshots_get_instance",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: SubscriptionAppStoreReviewScreenshotUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksum: str | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionAppStoreReviewScreenshotResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/subscriptionAppStoreReviewScreenshots/{id}`` (subscriptionAppStoreReviewScreenshots_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionappstorereviewscreenshots-_id_
        """
        return self._write(
            "subscription_app_store_review_screenshots.subscription_app_store_review_screenshots_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncSubscriptionAppStoreReviewScreenshots(AsyncResource):
    """`asc.subscription_app_store_review_screenshots` (async)."""

    async def create(
        self,
        /,
        body: SubscriptionAppStoreReviewScreenshotCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        subscription: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionAppStoreReviewScreenshotResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionAppStoreReviewScreenshots`` (subscriptionAppStoreReviewScreenshots_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionappstorereviewscreenshots
        """
        return await self._write(
            "subscription_app_store_review_screenshots.subscription_app_store_review_screenshots_create_instance",
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

        ``DELETE /v1/subscriptionAppStoreReviewScreenshots/{id}`` (subscriptionAppStoreReviewScreenshots_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptionappstorereviewscreenshots-_id_
        """
        return await self._call(
            "subscription_app_store_review_screenshots.subscription_app_store_review_screenshots_delete_instance",
            locals(),
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_app_store_review_screenshots: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionAppStoreReviewScreenshotResponse:
        """One request.

        ``GET /v1/subscriptionAppStoreReviewScreenshots/{id}`` (subscriptionAppStoreReviewScreenshots_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionappstorereviewscreenshots-_id_
        """
        return await self._call(
            "subscription_app_store_review_screenshots.subscription_app_store_review_screenshots_get_instance",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: SubscriptionAppStoreReviewScreenshotUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksum: str | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionAppStoreReviewScreenshotResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/subscriptionAppStoreReviewScreenshots/{id}`` (subscriptionAppStoreReviewScreenshots_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionappstorereviewscreenshots-_id_
        """
        return await self._write(
            "subscription_app_store_review_screenshots.subscription_app_store_review_screenshots_update_instance",
            locals(),
            _UPDATE_BODY,
        )
