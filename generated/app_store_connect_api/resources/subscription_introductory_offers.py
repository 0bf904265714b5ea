"""`asc.subscription_introductory_offers`: the operations on subscription_introductory_offers (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping
    from datetime import date

    from app_store_connect._resources import Timeout

    from ..models.subscription_introductory_offer_create_request import (
        SubscriptionIntroductoryOfferCreateRequest,
    )
    from ..models.subscription_introductory_offer_response import SubscriptionIntroductoryOfferResponse
    from ..models.subscription_introductory_offer_update_request import (
        SubscriptionIntroductoryOfferUpdateRequest,
    )

__all__ = ["AsyncSubscriptionIntroductoryOffers", "SubscriptionIntroductoryOffers"]

_CREATE_BODY = Body(
    "subscriptionIntroductoryOffers",
    {
        "start_date": ("startDate", "string", False),
        "end_date": ("endDate", "string", False),
        "duration": ("duration", "string", True),
        "offer_mode": ("offerMode", "string", True),
        "number_of_periods": ("numberOfPeriods", "integer", True),
        "target_subscription_plan_type": ("targetSubscriptionPlanType", "string", False),
    },
    {
        "subscription": ("subscription", "subscriptions", False, True),
        "territory": ("territory", "territories", False, False),
        "subscription_price_point": ("subscriptionPricePoint", "subscriptionPricePoints", False, False),
    },
)
_UPDATE_BODY = Body("subscriptionIntroductoryOffers", {"end_date": ("endDate", "string", False)}, {})


class SubscriptionIntroductoryOffers(SyncResource):
    """`asc.subscription_introductory_offers`."""

    def create(
        self,
        /,
        body: SubscriptionIntroductoryOfferCreateRequest | Mapping[str, Any] | None = None,
        *,
        start_date: str | date | None | Unset = UNSET,
        end_date: str | date | None | Unset = UNSET,
        duration: str | Unset = UNSET,
        offer_mode: str | Unset = UNSET,
        number_of_periods: int | Unset = UNSET,
        target_subscription_plan_type: str | None | Unset = UNSET,
        subscription: str | Unset = UNSET,
        territory: str | None | Unset = UNSET,
        subscription_price_point: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionIntroductoryOfferResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionIntroductoryOffers`` (subscriptionIntroductoryOffers_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionintroductoryoffers
        """
        return self._write(
            "subscription_introductory_offers.subscription_introductory_offers_create_instance",
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

        ``DELETE /v1/subscriptionIntroductoryOffers/{id}`` (subscriptionIntroductoryOffers_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptionintroductoryoffers-_id_
        """
        return self._call(
            "subscription_introductory_offers.subscription_introductory_offers_delete_instance", locals()
        )

    def update(
        self,
        id: str,
        /,
        body: SubscriptionIntroductoryOfferUpdateRequest | Mapping[str, Any] | None = None,
        *,
        end_date: str | date | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionIntroductoryOfferResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/subscriptionIntroductoryOffers/{id}`` (subscriptionIntroductoryOffers_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionintroductoryoffers-_id_
        """
        return self._write(
            "subscription_introductory_offers.subscription_introductory_offers_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncSubscriptionIntroductoryOffers(AsyncResource):
    """`asc.subscription_introductory_offers` (async)."""

    async def create(
        self,
        /,
        body: SubscriptionIntroductoryOfferCreateRequest | Mapping[str, Any] | None = None,
        *,
        start_date: str | date | None | Unset = UNSET,
        end_date: str | date | None | Unset = UNSET,
        duration: str | Unset = UNSET,
        offer_mode: str | Unset = UNSET,
        number_of_periods: int | Unset = UNSET,
        target_subscription_plan_type: str | None | Unset = UNSET,
        subscription: str | Unset = UNSET,
        territory: str | None | Unset = UNSET,
        subscription_price_point: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionIntroductoryOfferResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionIntroductoryOffers`` (subscriptionIntroductoryOffers_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionintroductoryoffers
        """
        return await self._write(
            "subscription_introductory_offers.subscription_introductory_offers_create_instance",
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

        ``DELETE /v1/subscriptionIntroductoryOffers/{id}`` (subscriptionIntroductoryOffers_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptionintroductoryoffers-_id_
        """
        return await self._call(
            "subscription_introductory_offers.subscription_introductory_offers_delete_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: SubscriptionIntroductoryOfferUpdateRequest | Mapping[str, Any] | None = None,
        *,
        end_date: str | date | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionIntroductoryOfferResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/subscriptionIntroductoryOffers/{id}`` (subscriptionIntroductoryOffers_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionintroductoryoffers-_id_
        """
        return await self._write(
            "subscription_introductory_offers.subscription_introductory_offers_update_instance",
            locals(),
            _UPDATE_BODY,
        )
