"""`asc.win_back_offers`: the operations on win_back_offers (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import date

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.win_back_offer_create_request import WinBackOfferCreateRequest
    from ..models.win_back_offer_price import WinBackOfferPrice
    from ..models.win_back_offer_prices_linkages_response import WinBackOfferPricesLinkagesResponse
    from ..models.win_back_offer_prices_linkages_response_data_item import (
        WinBackOfferPricesLinkagesResponseDataItem,
    )
    from ..models.win_back_offer_prices_response import WinBackOfferPricesResponse
    from ..models.win_back_offer_response import WinBackOfferResponse
    from ..models.win_back_offer_update_request import WinBackOfferUpdateRequest

__all__ = ["AsyncWinBackOffers", "WinBackOffers"]

_CREATE_BODY = Body(
    "winBackOffers",
    {
        "reference_name": ("referenceName", "string", True),
        "offer_id": ("offerId", "string", True),
        "duration": ("duration", "string", True),
        "offer_mode": ("offerMode", "string", True),
        "period_count": ("periodCount", "integer", True),
        "customer_eligibility_paid_subscription_duration_in_months": (
            "customerEligibilityPaidSubscriptionDurationInMonths",
            "integer",
            True,
        ),
        "customer_eligibility_time_since_last_subscribed_in_months": (
            "customerEligibilityTimeSinceLastSubscribedInMonths",
            "object",
            True,
        ),
        "customer_eligibility_wait_between_offers_in_months": (
            "customerEligibilityWaitBetweenOffersInMonths",
            "integer",
            False,
        ),
        "start_date": ("startDate", "string", True),
        "end_date": ("endDate", "string", False),
        "priority": ("priority", "string", True),
        "promotion_intent": ("promotionIntent", "string", False),
        "target_subscription_plan_type": ("targetSubscriptionPlanType", "string", False),
    },
    {
        "subscription": ("subscription", "subscriptions", False, True),
        "prices": ("prices", "winBackOfferPrices", True, True),
    },
)
_UPDATE_BODY = Body(
    "winBackOffers",
    {
        "customer_eligibility_paid_subscription_duration_in_months": (
            "customerEligibilityPaidSubscriptionDurationInMonths",
            "integer",
            False,
        ),
        "customer_eligibility_time_since_last_subscribed_in_months": (
            "customerEligibilityTimeSinceLastSubscribedInMonths",
            "object",
            False,
        ),
        "customer_eligibility_wait_between_offers_in_months": (
            "customerEligibilityWaitBetweenOffersInMonths",
            "integer",
            False,
        ),
        "start_date": ("startDate", "string", False),
        "end_date": ("endDate", "string", False),
        "priority": ("priority", "string", False),
        "promotion_intent": ("promotionIntent", "string", False),
    },
    {},
)


class WinBackOffers(SyncResource):
    """`asc.win_back_offers`."""

    def create(
        self,
        /,
        body: WinBackOfferCreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        offer_id: str | Unset = UNSET,
        duration: str | Unset = UNSET,
        offer_mode: str | Unset = UNSET,
        period_count: int | Unset = UNSET,
        customer_eligibility_paid_subscription_duration_in_months: int | Unset = UNSET,
        customer_eligibility_time_since_last_subscribed_in_months: Mapping[str, Any] | Unset = UNSET,
        customer_eligibility_wait_between_offers_in_months: int | None | Unset = UNSET,
        start_date: str | date | Unset = UNSET,
        end_date: str | date | None | Unset = UNSET,
        priority: str | Unset = UNSET,
        promotion_intent: str | None | Unset = UNSET,
        target_subscription_plan_type: str | None | Unset = UNSET,
        subscription: str | Unset = UNSET,
        prices: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> WinBackOfferResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/winBackOffers`` (winBackOffers_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-winbackoffers
        """
        return self._write("win_back_offers.win_back_offers_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/winBackOffers/{id}`` (winBackOffers_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-winbackoffers-_id_
        """
        return self._call("win_back_offers.win_back_offers_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_win_back_offers: str | Sequence[str] | None = None,
        fields_win_back_offer_prices: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_prices: int | None = None,
        timeout: Timeout = None,
    ) -> WinBackOfferResponse:
        """One request.

        ``GET /v1/winBackOffers/{id}`` (winBackOffers_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-winbackoffers-_id_
        """
        return self._call("win_back_offers.win_back_offers_get_instance", locals())

    def list_prices(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_win_back_offer_prices: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[WinBackOfferPrice]:
        """Every WinBackOfferPrice across pages, with the pagination guards.

        ``GET /v1/winBackOffers/{id}/prices`` (winBackOffers_prices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-winbackoffers-_id_-prices
        """
        return self._paginate("win_back_offers.win_back_offers_prices_get_to_many_related", locals())

    def list_prices_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_win_back_offer_prices: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> WinBackOfferPricesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/winBackOffers/{id}/prices`` (winBackOffers_prices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-winbackoffers-_id_-prices
        """
        return self._call("win_back_offers.win_back_offers_prices_get_to_many_related", locals())

    def list_prices_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[WinBackOfferPricesLinkagesResponseDataItem]:
        """Every WinBackOfferPricesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/winBackOffers/{id}/relationships/prices`` (winBackOffers_prices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-winbackoffers-_id_-relationships-prices
        """
        return self._paginate("win_back_offers.win_back_offers_prices_get_to_many_relationship", locals())

    def list_prices_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> WinBackOfferPricesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/winBackOffers/{id}/relationships/prices`` (winBackOffers_prices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-winbackoffers-_id_-relationships-prices
        """
        return self._call("win_back_offers.win_back_offers_prices_get_to_many_relationship", locals())

    def update(
        self,
        id: str,
        /,
        body: WinBackOfferUpdateRequest | Mapping[str, Any] | None = None,
        *,
        customer_eligibility_paid_subscription_duration_in_months: int | None | Unset = UNSET,
        customer_eligibility_time_since_last_subscribed_in_months: Mapping[str, Any] | None | Unset = UNSET,
        customer_eligibility_wait_between_offers_in_months: int | None | Unset = UNSET,
        start_date: str | date | None | Unset = UNSET,
        end_date: str | date | None | Unset = UNSET,
        priority: str | None | Unset = UNSET,
        promotion_intent: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> WinBackOfferResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/winBackOffers/{id}`` (winBackOffers_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-winbackoffers-_id_
        """
        return self._write("win_back_offers.win_back_offers_update_instance", locals(), _UPDATE_BODY)


class AsyncWinBackOffers(AsyncResource):
    """`asc.win_back_offers` (async)."""

    async def create(
        self,
        /,
        body: WinBackOfferCreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        offer_id: str | Unset = UNSET,
        duration: str | Unset = UNSET,
        offer_mode: str | Unset = UNSET,
        period_count: int | Unset = UNSET,
        customer_eligibility_paid_subscription_duration_in_months: int | Unset = UNSET,
        customer_eligibility_time_since_last_subscribed_in_months: Mapping[str, Any] | Unset = UNSET,
        customer_eligibility_wait_between_offers_in_months: int | None | Unset = UNSET,
        start_date: str | date | Unset = UNSET,
        end_date: str | date | None | Unset = UNSET,
        priority: str | Unset = UNSET,
        promotion_intent: str | None | Unset = UNSET,
        target_subscription_plan_type: str | None | Unset = UNSET,
        subscription: str | Unset = UNSET,
        prices: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> WinBackOfferResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/winBackOffers`` (winBackOffers_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-winbackoffers
        """
        return await self._write("win_back_offers.win_back_offers_create_instance", locals(), _CREATE_BODY)

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/winBackOffers/{id}`` (winBackOffers_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-winbackoffers-_id_
        """
        return await self._call("win_back_offers.win_back_offers_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_win_back_offers: str | Sequence[str] | None = None,
        fields_win_back_offer_prices: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_prices: int | None = None,
        timeout: Timeout = None,
    ) -> WinBackOfferResponse:
        """One request.

        ``GET /v1/winBackOffers/{id}`` (winBackOffers_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-winbackoffers-_id_
        """
        return await self._call("win_back_offers.win_back_offers_get_instance", locals())

    def list_prices(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_win_back_offer_prices: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[WinBackOfferPrice]:
        """Every WinBackOfferPrice across pages, with the pagination guards.

        ``GET /v1/winBackOffers/{id}/prices`` (winBackOffers_prices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-winbackoffers-_id_-prices
        """
        return self._paginate("win_back_offers.win_back_offers_prices_get_to_many_related", locals())

    async def list_prices_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_win_back_offer_prices: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> WinBackOfferPricesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/winBackOffers/{id}/prices`` (winBackOffers_prices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-winbackoffers-_id_-prices
        """
        return await self._call("win_back_offers.win_back_offers_prices_get_to_many_related", locals())

    def list_prices_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[WinBackOfferPricesLinkagesResponseDataItem]:
        """Every WinBackOfferPricesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/winBackOffers/{id}/relationships/prices`` (winBackOffers_prices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-winbackoffers-_id_-relationships-prices
        """
        return self._paginate("win_back_offers.win_back_offers_prices_get_to_many_relationship", locals())

    async def list_prices_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> WinBackOfferPricesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/winBackOffers/{id}/relationships/prices`` (winBackOffers_prices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-winbackoffers-_id_-relationships-prices
        """
        return await self._call("win_back_offers.win_back_offers_prices_get_to_many_relationship", locals())

    async def update(
        self,
        id: str,
        /,
        body: WinBackOfferUpdateRequest | Mapping[str, Any] | None = None,
        *,
        customer_eligibility_paid_subscription_duration_in_months: int | None | Unset = UNSET,
        customer_eligibility_time_since_last_subscribed_in_months: Mapping[str, Any] | None | Unset = UNSET,
        customer_eligibility_wait_between_offers_in_months: int | None | Unset = UNSET,
        start_date: str | date | None | Unset = UNSET,
        end_date: str | date | None | Unset = UNSET,
        priority: str | None | Unset = UNSET,
        promotion_intent: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> WinBackOfferResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/winBackOffers/{id}`` (winBackOffers_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-winbackoffers-_id_
        """
        return await self._write("win_back_offers.win_back_offers_update_instance", locals(), _UPDATE_BODY)
