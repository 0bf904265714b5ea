"""`asc.in_app_purchase_images`: the operations on in_app_purchase_images (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.in_app_purchase_image_create_request import InAppPurchaseImageCreateRequest
    from ..models.in_app_purchase_image_response import InAppPurchaseImageResponse
    from ..models.in_app_purchase_image_update_request import InAppPurchaseImageUpdateRequest

__all__ = ["AsyncInAppPurchaseImages", "InAppPurchaseImages"]

_CREATE_BODY = Body(
    "inAppPurchaseImages",
    {"file_size": ("fileSize", "integer", True), "file_name": ("fileName", "string", True)},
    {"in_app_purchase": ("inAppPurchase", "inAppPurchases", False, True)},
)
_UPDATE_BODY = Body(
    "inAppPurchaseImages",
    {
        "source_file_checksum": ("sourceFileChecksum", "string", False),
        "uploaded": ("uploaded", "boolean", False),
    },
    {},
)


class InAppPurchaseImages(SyncResource):
    """`asc.in_app_purchase_images`."""

    def create(
        self,
        /,
        body: InAppPurchaseImageCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        in_app_purchase: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/inAppPurchaseImages`` (inAppPurchaseImages_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseimages
        """
        return self._write(
            "in_app_purchase_images.in_app_purchase_images_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/inAppPurchaseImages/{id}`` (inAppPurchaseImages_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-inapppurchaseimages-_id_
        """
        return self._call("in_app_purchase_images.in_app_purchase_images_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseImageResponse:
        """One request.

        ``GET /v1/inAppPurchaseImages/{id}`` (inAppPurchaseImages_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseimages-_id_
        """
        return self._call("in_app_purchase_images.in_app_purchase_images_get_instance", locals())

    def update(
        self,
        id: str,
        /,
        body: InAppPurchaseImageUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksum: str | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/inAppPurchaseImages/{id}`` (inAppPurchaseImages_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-inapppurchaseimages-_id_
        """
        return self._write(
            "in_app_purchase_images.in_app_purchase_images_update_instance", locals(), _UPDATE_BODY
        )


class AsyncInAppPurchaseImages(AsyncResource):
    """`asc.in_app_purchase_images` (async)."""

    async def create(
        self,
        /,
        body: InAppPurchaseImageCreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        in_app_purchase: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/inAppPurchaseImages`` (inAppPurchaseImages_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseimages
        """
        return await self._write(
            "in_app_purchase_images.in_app_purchase_images_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/inAppPurchaseImages/{id}`` (inAppPurchaseImages_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-inapppurchaseimages-_id_
        """
        return await self._call("in_app_purchase_images.in_app_purchase_images_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseImageResponse:
        """One request.

        ``GET /v1/inAppPurchaseImages/{id}`` (inAppPurchaseImages_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseimages-_id_
        """
        return await self._call("in_app_purchase_images.in_app_purchase_images_get_instance", locals())

    async def update(
        self,
        id: str,
        /,
        body: InAppPurchaseImageUpdateRequest | Mapping[str, Any] | None = None,
        *,
        source_file_checksum: str | None | Unset = UNSET,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseImageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/inAppPurchaseImages/{id}`` (inAppPurchaseImages_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-inapppurchaseimages-_id_
        """
        return await self._write(
            "in_app_purchase_images.in_app_purchase_images_update_instance", locals(), _UPDATE_BODY
        )
