"""`asc.in_app_purchase_images_v2`: the operations on in_app_purchase_images_v2 (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.in_app_purchase_image_v2_create_request import InAppPurchaseImageV2CreateRequest
    from ..models.in_app_purchase_image_v2_response import InAppPurchaseImageV2Response
    from ..models.in_app_purchase_image_v2_update_request import InAppPurchaseImageV2UpdateRequest

__all__ = ["AsyncInAppPurchaseImagesV2", "InAppPurchaseImagesV2"]

_CREATE_BODY = Body(
    "inAppPurchaseImages",
    {"file_size": ("fileSize", "integer", True), "file_name": ("fileName", "string", True)},
    {"version": ("version", "inAppPurchaseVersions", False, True)},
)
_UPDATE_BODY = Body("inAppPurchaseImages", {"uploaded": ("uploaded", "boolean", False)}, {})


class InAppPurchaseImagesV2(SyncResource):
    """`asc.in_app_purchase_images_v2`."""

    def create(
        self,
        /,
        body: InAppPurchaseImageV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseImageV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/inAppPurchaseImages`` (inAppPurchaseImagesV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-inapppurchaseimages
        """
        return self._write(
            "in_app_purchase_images.in_app_purchase_images_v2_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v2/inAppPurchaseImages/{id}`` (inAppPurchaseImagesV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-inapppurchaseimages-_id_
        """
        return self._call("in_app_purchase_images.in_app_purchase_images_v2_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseImageV2Response:
        """One request.

        ``GET /v2/inAppPurchaseImages/{id}`` (inAppPurchaseImagesV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchaseimages-_id_
        """
        return self._call("in_app_purchase_images.in_app_purchase_images_v2_get_instance", locals())

    def update(
        self,
        id: str,
        /,
        body: InAppPurchaseImageV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseImageV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/inAppPurchaseImages/{id}`` (inAppPurchaseImagesV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-inapppurchaseimages-_id_
        """
        return self._write(
            "in_app_purchase_images.in_app_purchase_images_v2_update_instance", locals(), _UPDATE_BODY
        )


class AsyncInAppPurchaseImagesV2(AsyncResource):
    """`asc.in_app_purchase_images_v2` (async)."""

    async def create(
        self,
        /,
        body: InAppPurchaseImageV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        file_size: int | Unset = UNSET,
        file_name: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseImageV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/inAppPurchaseImages`` (inAppPurchaseImagesV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-inapppurchaseimages
        """
        return await self._write(
            "in_app_purchase_images.in_app_purchase_images_v2_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v2/inAppPurchaseImages/{id}`` (inAppPurchaseImagesV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-inapppurchaseimages-_id_
        """
        return await self._call("in_app_purchase_images.in_app_purchase_images_v2_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseImageV2Response:
        """One request.

        ``GET /v2/inAppPurchaseImages/{id}`` (inAppPurchaseImagesV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchaseimages-_id_
        """
        return await self._call("in_app_purchase_images.in_app_purchase_images_v2_get_instance", locals())

    async def update(
        self,
        id: str,
        /,
        body: InAppPurchaseImageV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        uploaded: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseImageV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/inAppPurchaseImages/{id}`` (inAppPurchaseImagesV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-inapppurchaseimages-_id_
        """
        return await self._write(
            "in_app_purchase_images.in_app_purchase_images_v2_update_instance", locals(), _UPDATE_BODY
        )
