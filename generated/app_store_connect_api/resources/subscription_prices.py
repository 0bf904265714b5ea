"""`asc.subscription_prices`: the operations on subscription_prices (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping
    from datetime import date

    from app_store_connect._resources import Timeout

    from ..models.subscription_price_create_request import SubscriptionPriceCreateRequest
    from ..models.subscription_price_response import SubscriptionPriceResponse

__all__ = ["AsyncSubscriptionPrices", "SubscriptionPrices"]

_CREATE_BODY = Body(
    "subscriptionPrices",
    {
        "start_date": ("startDate", "string", False),
        "preserve_current_price": ("preserveCurrentPrice", "boolean", False),
        "plan_type": ("planType", "string", False),
    },
    {
        "subscription": ("subscription", "subscriptions", False, True),
        "territory": ("territory", "territories", False, False),
        "subscription_price_point": ("subscriptionPricePoint", "subscriptionPricePoints", False, True),
    },
)


class SubscriptionPrices(SyncResource):
    """`asc.subscription_prices`."""

    def create(
        self,
        /,
        body: SubscriptionPriceCreateRequest | Mapping[str, Any] | None = None,
        *,
        start_date: str | date | None | Unset = UNSET,
        preserve_current_price: bool | None | Unset = UNSET,
        plan_type: str | None | Unset = UNSET,
        subscription: str | Unset = UNSET,
        territory: str | None | Unset = UNSET,
        subscription_price_point: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionPriceResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionPrices`` (subscriptionPrices_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionprices
        """
        return self._write("subscription_prices.subscription_prices_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/subscriptionPrices/{id}`` (subscriptionPrices_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptionprices-_id_
        """
        return self._call("subscription_prices.subscription_prices_delete_instance", locals())


class AsyncSubscriptionPrices(AsyncResource):
    """`asc.subscription_prices` (async)."""

    async def create(
        self,
        /,
        body: SubscriptionPriceCreateRequest | Mapping[str, Any] | None = None,
        *,
        start_date: str | date | None | Unset = UNSET,
        preserve_current_price: bool | None | Unset = UNSET,
        plan_type: str | None | Unset = UNSET,
        subscription: str | Unset = UNSET,
        territory: str | None | Unset = UNSET,
        subscription_price_point: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionPriceResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionPrices`` (subscriptionPrices_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionprices
        """
        return await self._write(
            "subscription_prices.subscription_prices_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/subscriptionPrices/{id}`` (subscriptionPrices_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptionprices-_id_
        """
        return await self._call("subscription_prices.subscription_prices_delete_instance", locals())
