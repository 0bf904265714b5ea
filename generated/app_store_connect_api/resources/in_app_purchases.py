"""`asc.in_app_purchases`: the operations on in_app_purchases (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._resources import Timeout

    from ..models.in_app_purchase_response import InAppPurchaseResponse

__all__ = ["AsyncInAppPurchases", "InAppPurchases"]


class InAppPurchases(SyncResource):
    """`asc.in_app_purchases`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_apps: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseResponse:
        """One request.

        ``GET /v1/inAppPurchases/{id}`` (inAppPurchases_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchases-_id_
        """
        return self._call("in_app_purchases.in_app_purchases_get_instance", locals())


class AsyncInAppPurchases(AsyncResource):
    """`asc.in_app_purchases` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_apps: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseResponse:
        """One request.

        ``GET /v1/inAppPurchases/{id}`` (inAppPurchases_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchases-_id_
        """
        return await self._call("in_app_purchases.in_app_purchases_get_instance", locals())
