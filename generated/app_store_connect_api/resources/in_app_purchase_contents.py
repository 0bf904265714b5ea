"""`asc.in_app_purchase_contents`: the operations on in_app_purchase_contents (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._resources import Timeout

    from ..models.in_app_purchase_content_response import InAppPurchaseContentResponse

__all__ = ["AsyncInAppPurchaseContents", "InAppPurchaseContents"]


class InAppPurchaseContents(SyncResource):
    """`asc.in_app_purchase_contents`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_contents: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseContentResponse:
        """One request.

        ``GET /v1/inAppPurchaseContents/{id}`` (inAppPurchaseContents_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasecontents-_id_
        """
        return self._call("in_app_purchase_contents.in_app_purchase_contents_get_instance", locals())


class AsyncInAppPurchaseContents(AsyncResource):
    """`asc.in_app_purchase_contents` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_contents: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseContentResponse:
        """One request.

        ``GET /v1/inAppPurchaseContents/{id}`` (inAppPurchaseContents_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasecontents-_id_
        """
        return await self._call("in_app_purchase_contents.in_app_purchase_contents_get_instance", locals())
