"""`asc.promoted_purchases`: the operations on promoted_purchases (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.promoted_purchase_create_request import PromotedPurchaseCreateRequest
    from ..models.promoted_purchase_response import PromotedPurchaseResponse
    from ..models.promoted_purchase_update_request import PromotedPurchaseUpdateRequest

__all__ = ["AsyncPromotedPurchases", "PromotedPurchases"]

_CREATE_BODY = Body(
    "promotedPurchases",
    {
        "visible_for_all_users": ("visibleForAllUsers", "boolean", True),
        "enabled": ("enabled", "boolean", False),
    },
    {
        "app": ("app", "apps", False, True),
        "in_app_purchase_v2": ("inAppPurchaseV2", "inAppPurchases", False, False),
        "subscription": ("subscription", "subscriptions", False, False),
    },
)
_UPDATE_BODY = Body(
    "promotedPurchases",
    {
        "visible_for_all_users": ("visibleForAllUsers", "boolean", False),
        "enabled": ("enabled", "boolean", False),
    },
    {},
)


class PromotedPurchases(SyncResource):
    """`asc.promoted_purchases`."""

    def create(
        self,
        /,
        body: PromotedPurchaseCreateRequest | Mapping[str, Any] | None = None,
        *,
        visible_for_all_users: bool | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        app: str | Unset = UNSET,
        in_app_purchase_v2: str | None | Unset = UNSET,
        subscription: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> PromotedPurchaseResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/promotedPurchases`` (promotedPurchases_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-promotedpurchases
        """
        return self._write("promoted_purchases.promoted_purchases_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/promotedPurchases/{id}`` (promotedPurchases_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-promotedpurchases-_id_
        """
        return self._call("promoted_purchases.promoted_purchases_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> PromotedPurchaseResponse:
        """One request.

        ``GET /v1/promotedPurchases/{id}`` (promotedPurchases_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-promotedpurchases-_id_
        """
        return self._call("promoted_purchases.promoted_purchases_get_instance", locals())

    def update(
        self,
        id: str,
        /,
        body: PromotedPurchaseUpdateRequest | Mapping[str, Any] | None = None,
        *,
        visible_for_all_users: bool | None | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> PromotedPurchaseResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/promotedPurchases/{id}`` (promotedPurchases_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-promotedpurchases-_id_
        """
        return self._write("promoted_purchases.promoted_purchases_update_instance", locals(), _UPDATE_BODY)


class AsyncPromotedPurchases(AsyncResource):
    """`asc.promoted_purchases` (async)."""

    async def create(
        self,
        /,
        body: PromotedPurchaseCreateRequest | Mapping[str, Any] | None = None,
        *,
        visible_for_all_users: bool | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        app: str | Unset = UNSET,
        in_app_purchase_v2: str | None | Unset = UNSET,
        subscription: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> PromotedPurchaseResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/promotedPurchases`` (promotedPurchases_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-promotedpurchases
        """
        return await self._write(
            "promoted_purchases.promoted_purchases_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/promotedPurchases/{id}`` (promotedPurchases_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-promotedpurchases-_id_
        """
        return await self._call("promoted_purchases.promoted_purchases_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> PromotedPurchaseResponse:
        """One request.

        ``GET /v1/promotedPurchases/{id}`` (promotedPurchases_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-promotedpurchases-_id_
        """
        return await self._call("promoted_purchases.promoted_purchases_get_instance", locals())

    async def update(
        self,
        id: str,
        /,
        body: PromotedPurchaseUpdateRequest | Mapping[str, Any] | None = None,
        *,
        visible_for_all_users: bool | None | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> PromotedPurchaseResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/promotedPurchases/{id}`` (promotedPurchases_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-promotedpurchases-_id_
        """
        return await self._write(
            "promoted_purchases.promoted_purchases_update_instance", locals(), _UPDATE_BODY
        )
