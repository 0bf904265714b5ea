"""`asc.subscription_images_v2`: the operations on subscription_images_v2 (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.subscription_image_v2_create_request import SubscriptionImageV2CreateRequest
    from ..models.subscription_image_v2_response import SubscriptionImageV2Response
    from ..models.subscription_image_v2_update_request import SubscriptionImageV2UpdateRequest

__all__ = ["AsyncSubscriptionImagesV2", "SubscriptionImagesV2"]

_CREATE_BODY = Body(
    "subscriptionImages",
    {"file_size": ("fileSize", "integer", True), "file_name": ("fileName", "string", True)},
    {"version": ("version", "subscriptionVersions", False, True)},
)
_UPDATE_BODY = Body("subscriptionImages", {"uploaded": ("uploaded", "boolean", False)}, {})


class SubscriptionImagesV2(SyncResource):
    """`asc.subscription_images_v2`."""

    def create(
        self,
        /,
        body: SubscriptionImageV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionImageV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/subscriptionImages`` (subscriptionImagesV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-subscriptionimages
        """
        return self._write(
            "subscription_images.subscription_images_v2_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v2/subscriptionImages/{id}`` (subscriptionImagesV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-subscriptionimages-_id_
        """
        return self._call("subscription_images.subscription_images_v2_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_images: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionImageV2Response:
        """One request.

        ``GET /v2/subscriptionImages/{id}`` (subscriptionImagesV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-subscriptionimages-_id_
        """
        return self._call("subscription_images.subscription_images_v2_get_instance", locals())

    def update(
        self,
        id: str,
        /,
        body: SubscriptionImageV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionImageV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/subscriptionImages/{id}`` (subscriptionImagesV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-subscriptionimages-_id_
        """
        return self._write(
            "subscription_images.subscription_images_v2_update_instance", locals(), _UPDATE_BODY
        )


class AsyncSubscriptionImagesV2(AsyncResource):
    """`asc.subscription_images_v2` (async)."""

    async def create(
        self,
        /,
        body: SubscriptionImageV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionImageV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/subscriptionImages`` (subscriptionImagesV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-subscriptionimages
        """
        return await self._write(
            "subscription_images.subscription_images_v2_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v2/subscriptionImages/{id}`` (subscriptionImagesV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-subscriptionimages-_id_
        """
        return await self._call("subscription_images.subscription_images_v2_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_images: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionImageV2Response:
        """One request.

        ``GET /v2/subscriptionImages/{id}`` (subscriptionImagesV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-subscriptionimages-_id_
        """
        return await self._call("subscription_images.subscription_images_v2_get_instance", locals())

    async def update(
        self,
        id: str,
        /,
        body: SubscriptionImageV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionImageV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/subscriptionImages/{id}`` (subscriptionImagesV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-subscriptionimages-_id_
        """
        return await self._write(
            "subscription_images.subscription_images_v2_update_instance", locals(), _UPDATE_BODY
        )
