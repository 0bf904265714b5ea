"""`asc.subscription_images`: the operations on subscription_images (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.subscription_image_create_request import SubscriptionImageCreateRequest
    from ..models.subscription_image_response import SubscriptionImageResponse
    from ..models.subscription_image_update_request import SubscriptionImageUpdateRequest

__all__ = ["AsyncSubscriptionImages", "SubscriptionImages"]

_CREATE_BODY = Body(
    "subscriptionImages",
    {"file_size": ("fileSize", "integer", True), "file_name": ("fileName", "string", True)},
    {"subscription": ("subscription", "subscriptions", False, True)},
)
_UPDATE_BODY = Body(
    "subscriptionImages",
    {
        "source_file_checksum": ("sourceFileChecksum", "string", False),
        "uploaded": ("uploaded", "boolean", False),
    },
    {},
)


class SubscriptionImages(SyncResource):
    """`asc.subscription_images`."""

    def create(
        self,
        /,
        body: SubscriptionImageCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        subscription: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionImages`` (subscriptionImages_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionimages
        """
        return self._write("subscription_images.subscription_images_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/subscriptionImages/{id}`` (subscriptionImages_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptionimages-_id_
        """
        return self._call("subscription_images.subscription_images_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_images: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionImageResponse:
        """One request.

        ``GET /v1/subscriptionImages/{id}`` (subscriptionImages_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionimages-_id_
        """
        return self._call("subscription_images.subscription_images_get_instance", locals())

    def update(
        self,
        id: str,
        /,
        body: SubscriptionImageUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksum: str | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/subscriptionImages/{id}`` (subscriptionImages_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionimages-_id_
        """
        return self._write("subscription_images.subscription_images_update_instance", locals(), _UPDATE_BODY)


class AsyncSubscriptionImages(AsyncResource):
    """`asc.subscription_images` (async)."""

    async def create(
        self,
        /,
        body: SubscriptionImageCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        subscription: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionImages`` (subscriptionImages_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionimages
        """
        return await self._write(
            "subscription_images.subscription_images_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/subscriptionImages/{id}`` (subscriptionImages_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptionimages-_id_
        """
        return await self._call("subscription_images.subscription_images_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_images: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionImageResponse:
        """One request.

        ``GET /v1/subscriptionImages/{id}`` (subscriptionImages_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionimages-_id_
        """
        return await self._call("subscription_images.subscription_images_get_instance", locals())

    async def update(
        self,
        id: str,
        /,
        body: SubscriptionImageUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksum: str | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/subscriptionImages/{id}`` (subscriptionImages_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionimages-_id_
        """
        return await self._write(
            "subscription_images.subscription_images_update_instance", locals(), _UPDATE_BODY
        )
