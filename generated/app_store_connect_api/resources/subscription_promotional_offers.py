"""`asc.subscription_promotional_offers`: the operations on subscription_promotional_offers (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.subscription_promotional_offer_create_request import (
        SubscriptionPromotionalOfferCreateRequest,
    )
    from ..models.subscription_promotional_offer_price import SubscriptionPromotionalOfferPrice
    from ..models.subscription_promotional_offer_prices_linkages_response import (
        SubscriptionPromotionalOfferPricesLinkagesResponse,
    )
    from ..models.subscription_promotional_offer_prices_linkages_response_data_item import (
        SubscriptionPromotionalOfferPricesLinkagesResponseDataItem,
    )
    from ..models.subscription_promotional_offer_prices_response import (
        SubscriptionPromotionalOfferPricesResponse,
    )
    from ..models.subscription_promotional_offer_response import SubscriptionPromotionalOfferResponse
    from ..models.subscription_promotional_offer_update_request import (
        SubscriptionPromotionalOfferUpdateRequest,
    )

__all__ = ["AsyncSubscriptionPromotionalOffers", "SubscriptionPromotionalOffers"]

_CREATE_BODY = Body(
    "subscriptionPromotionalOffers",
    {
        "duration": ("duration", "string", True),
        "name": ("name", "string", True),
        "number_of_periods": ("numberOfPeriods", "integer", True),
        "offer_code": ("offerCode", "string", True),
        "offer_mode": ("offerMode", "string", True),
        "target_subscription_plan_type": ("targetSubscriptionPlanType", "string", False),
    },
    {
        "subscription": ("subscription", "subscriptions", False, True),
        "prices": ("prices", "subscriptionPromotionalOfferPrices", True, True),
    },
)
_UPDATE_BODY = Body(
    "subscriptionPromotionalOffers",
    {},
    {"prices": ("prices", "subscriptionPromotionalOfferPrices", True, False)},
)


class SubscriptionPromotionalOffers(SyncResource):
    """`asc.subscription_promotional_offers`."""

    def create(
        self,
        /,
        body: SubscriptionPromotionalOfferCreateRequest | Mapping[str, Any] | None = None,
        *,
        duration: str | Unset = UNSET,
        name: str | Unset = UNSET,
        number_of_periods: int | Unset = UNSET,
        offer_code: str | Unset = UNSET,
        offer_mode: str | Unset = UNSET,
        target_subscription_plan_type: str | None | Unset = UNSET,
        subscription: str | Unset = UNSET,
        prices: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionPromotionalOfferResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionPromotionalOffers`` (subscriptionPromotionalOffers_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionpromotionaloffers
        """
        return self._write(
            "subscription_promotional_offers.subscription_promotional_offers_create_instance",
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

        ``DELETE /v1/subscriptionPromotionalOffers/{id}`` (subscriptionPromotionalOffers_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptionpromotionaloffers-_id_
        """
        return self._call(
            "subscription_promotional_offers.subscription_promotional_offers_delete_instance", locals()
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_promotional_offers: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_promotional_offer_prices: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_prices: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPromotionalOfferResponse:
        """One request.

        ``GET /v1/subscriptionPromotionalOffers/{id}`` (subscriptionPromotionalOffers_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpromotionaloffers-_id_
        """
        return self._call(
            "subscription_promotional_offers.subscription_promotional_offers_get_instance", locals()
        )

    def list_prices(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_subscription_promotional_offer_prices: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionPromotionalOfferPrice]:
        """Every SubscriptionPromotionalOfferPrice across pages, with the pagination guards.

        ``GET /v1/subscriptionPromotionalOffers/{id}/prices`` (subscriptionPromotionalOffers_prices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpromotionaloffers-_id_-prices
        """
        return self._paginate(
            "subscription_promotional_offers.subscription_promotional_offers_prices_get_to_many_related",
            locals(),
        )

    def list_prices_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_subscription_promotional_offer_prices: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPromotionalOfferPricesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionPromotionalOffers/{id}/prices`` (subscriptionPromotionalOffers_prices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpromotionaloffers-_id_-prices
        """
        return self._call(
            "subscription_promotional_offers.subscription_promotional_offers_prices_get_to_many_related",
            locals(),
        )

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
    ) -> Paginator[SubscriptionPromotionalOfferPricesLinkagesResponseDataItem]:
        """Every SubscriptionPromotionalOfferPricesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionPromotionalOffers/{id}/relationships/prices`` (subscriptionPromotionalOffers_prices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpromotionaloffers-_id_-relationships-prices
        """
        return self._paginate(
            "subscription_promotional_offers.subscription_promotional_offers_prices_get_to_many_relationship",
            locals(),
        )

    def list_prices_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPromotionalOfferPricesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionPromotionalOffers/{id}/relationships/prices`` (subscriptionPromotionalOffers_prices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpromotionaloffers-_id_-relationships-prices
        """
        return self._call(
            "subscription_promotional_offers.subscription_promotional_offers_prices_get_to_many_relationship",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: SubscriptionPromotionalOfferUpdateRequest | Mapping[str, Any] | None = None,
        *,
        prices: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionPromotionalOfferResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/subscriptionPromotionalOffers/{id}`` (subscriptionPromotionalOffers_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionpromotionaloffers-_id_
        """
        return self._write(
            "subscription_promotional_offers.subscription_promotional_offers_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncSubscriptionPromotionalOffers(AsyncResource):
    """`asc.subscription_promotional_offers` (async)."""

    async def create(
        self,
        /,
        body: SubscriptionPromotionalOfferCreateRequest | Mapping[str, Any] | None = None,
        *,
        duration: str | Unset = UNSET,
        name: str | Unset = UNSET,
        number_of_periods: int | Unset = UNSET,
        offer_code: str | Unset = UNSET,
        offer_mode: str | Unset = UNSET,
        target_subscription_plan_type: str | None | Unset = UNSET,
        subscription: str | Unset = UNSET,
        prices: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionPromotionalOfferResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionPromotionalOffers`` (subscriptionPromotionalOffers_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionpromotionaloffers
        """
        return await self._write(
            "subscription_promotional_offers.subscription_promotional_offers_create_instance",
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

        ``DELETE /v1/subscriptionPromotionalOffers/{id}`` (subscriptionPromotionalOffers_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptionpromotionaloffers-_id_
        """
        return await self._call(
            "subscription_promotional_offers.subscription_promotional_offers_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_promotional_offers: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_promotional_offer_prices: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_prices: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPromotionalOfferResponse:
        """One request.

        ``GET /v1/subscriptionPromotionalOffers/{id}`` (subscriptionPromotionalOffers_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpromotionaloffers-_id_
        """
        return await self._call(
            "subscription_promotional_offers.subscription_promotional_offers_get_instance", locals()
        )

    def list_prices(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_subscription_promotional_offer_prices: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionPromotionalOfferPrice]:
        """Every SubscriptionPromotionalOfferPrice across pages, with the pagination guards.

        ``GET /v1/subscriptionPromotionalOffers/{id}/prices`` (subscriptionPromotionalOffers_prices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpromotionaloffers-_id_-prices
        """
        return self._paginate(
            "subscription_promotional_offers.subscription_promotional_offers_prices_get_to_many_related",
            locals(),
        )

    async def list_prices_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_subscription_promotional_offer_prices: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPromotionalOfferPricesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionPromotionalOffers/{id}/prices`` (subscriptionPromotionalOffers_prices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpromotionaloffers-_id_-prices
        """
        return await self._call(
            "subscription_promotional_offers.subscription_promotional_offers_prices_get_to_many_related",
            locals(),
        )

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
    ) -> AsyncPaginator[SubscriptionPromotionalOfferPricesLinkagesResponseDataItem]:
        """Every SubscriptionPromotionalOfferPricesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionPromotionalOffers/{id}/relationships/prices`` (subscriptionPromotionalOffers_prices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpromotionaloffers-_id_-relationships-prices
        """
        return self._paginate(
            "subscription_promotional_offers.subscription_promotional_offers_prices_get_to_many_relationship",
            locals(),
        )

    async def list_prices_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPromotionalOfferPricesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionPromotionalOffers/{id}/relationships/prices`` (subscriptionPromotionalOffers_prices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpromotionaloffers-_id_-relationships-prices
        """
        return await self._call(
            "subscription_promotional_offers.subscription_promotional_offers_prices_get_to_many_relationship",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: SubscriptionPromotionalOfferUpdateRequest | Mapping[str, Any] | None = None,
        *,
        prices: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionPromotionalOfferResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/subscriptionPromotionalOffers/{id}`` (subscriptionPromotionalOffers_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionpromotionaloffers-_id_
        """
        return await self._write(
            "subscription_promotional_offers.subscription_promotional_offers_update_instance",
            locals(),
            _UPDATE_BODY,
        )
