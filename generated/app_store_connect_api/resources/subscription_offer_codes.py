"""`asc.subscription_offer_codes`: the operations on subscription_offer_codes (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.subscription_offer_code_create_request import SubscriptionOfferCodeCreateRequest
    from ..models.subscription_offer_code_custom_code import SubscriptionOfferCodeCustomCode
    from ..models.subscription_offer_code_custom_codes_linkages_response import (
        SubscriptionOfferCodeCustomCodesLinkagesResponse,
    )
    from ..models.subscription_offer_code_custom_codes_linkages_response_data_item import (
        SubscriptionOfferCodeCustomCodesLinkagesResponseDataItem,
    )
    from ..models.subscription_offer_code_custom_codes_response import (
        SubscriptionOfferCodeCustomCodesResponse,
    )
    from ..models.subscription_offer_code_one_time_use_code import SubscriptionOfferCodeOneTimeUseCode
    from ..models.subscription_offer_code_one_time_use_codes_linkages_response import (
        SubscriptionOfferCodeOneTimeUseCodesLinkagesResponse,
    )
    from ..models.subscription_offer_code_one_time_use_codes_linkages_response_data_item import (
        SubscriptionOfferCodeOneTimeUseCodesLinkagesResponseDataItem,
    )
    from ..models.subscription_offer_code_one_time_use_codes_response import (
        SubscriptionOfferCodeOneTimeUseCodesResponse,
    )
    from ..models.subscription_offer_code_price import SubscriptionOfferCodePrice
    from ..models.subscription_offer_code_prices_linkages_response import (
        SubscriptionOfferCodePricesLinkagesResponse,
    )
    from ..models.subscription_offer_code_prices_linkages_response_data_item import (
        SubscriptionOfferCodePricesLinkagesResponseDataItem,
    )
    from ..models.subscription_offer_code_prices_response import SubscriptionOfferCodePricesResponse
    from ..models.subscription_offer_code_response import SubscriptionOfferCodeResponse
    from ..models.subscription_offer_code_update_request import SubscriptionOfferCodeUpdateRequest

__all__ = ["AsyncSubscriptionOfferCodes", "SubscriptionOfferCodes"]

_CREATE_BODY = Body(
    "subscriptionOfferCodes",
    {
        "name": ("name", "string", True),
        "customer_eligibilities": ("customerEligibilities", "array", True),
        "offer_eligibility": ("offerEligibility", "string", True),
        "duration": ("duration", "string", True),
        "offer_mode": ("offerMode", "string", True),
        "number_of_periods": ("numberOfPeriods", "integer", True),
        "auto_renew_enabled": ("autoRenewEnabled", "boolean", False),
        "target_subscription_plan_type": ("targetSubscriptionPlanType", "string", False),
    },
    {
        "subscription": ("subscription", "subscriptions", False, True),
        "prices": ("prices", "subscriptionOfferCodePrices", True, True),
    },
)
_UPDATE_BODY = Body("subscriptionOfferCodes", {"active": ("active", "boolean", False)}, {})


class SubscriptionOfferCodes(SyncResource):
    """`asc.subscription_offer_codes`."""

    def create(
        self,
        /,
        body: SubscriptionOfferCodeCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        customer_eligibilities: Sequence[Any] | Unset = UNSET,
        offer_eligibility: str | Unset = UNSET,
        duration: str | Unset = UNSET,
        offer_mode: str | Unset = UNSET,
        number_of_periods: int | Unset = UNSET,
        auto_renew_enabled: bool | None | Unset = UNSET,
        target_subscription_plan_type: str | None | Unset = UNSET,
        subscription: str | Unset = UNSET,
        prices: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodeResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionOfferCodes`` (subscriptionOfferCodes_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionoffercodes
        """
        return self._write(
            "subscription_offer_codes.subscription_offer_codes_create_instance", locals(), _CREATE_BODY
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_offer_codes: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_offer_code_one_time_use_codes: str | Sequence[str] | None = None,
        fields_subscription_offer_code_custom_codes: str | Sequence[str] | None = None,
        fields_subscription_offer_code_prices: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_custom_codes: int | None = None,
        limit_one_time_use_codes: int | None = None,
        limit_prices: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodeResponse:
        """One request.

        ``GET /v1/subscriptionOfferCodes/{id}`` (subscriptionOfferCodes_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_
        """
        return self._call("subscription_offer_codes.subscription_offer_codes_get_instance", locals())

    def list_custom_codes(
        self,
        id: str,
        /,
        *,
        fields_subscription_offer_code_custom_codes: str | Sequence[str] | None = None,
        fields_subscription_offer_codes: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionOfferCodeCustomCode]:
        """Every SubscriptionOfferCodeCustomCode across pages, with the pagination guards.

        ``GET /v1/subscriptionOfferCodes/{id}/customCodes`` (subscriptionOfferCodes_customCodes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-customcodes
        """
        return self._paginate(
            "subscription_offer_codes.subscription_offer_codes_custom_codes_get_to_many_related", locals()
        )

    def list_custom_codes_page(
        self,
        id: str,
        /,
        *,
        fields_subscription_offer_code_custom_codes: str | Sequence[str] | None = None,
        fields_subscription_offer_codes: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodeCustomCodesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionOfferCodes/{id}/customCodes`` (subscriptionOfferCodes_customCodes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-customcodes
        """
        return self._call(
            "subscription_offer_codes.subscription_offer_codes_custom_codes_get_to_many_related", locals()
        )

    def list_custom_codes_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionOfferCodeCustomCodesLinkagesResponseDataItem]:
        """Every SubscriptionOfferCodeCustomCodesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionOfferCodes/{id}/relationships/customCodes`` (subscriptionOfferCodes_customCodes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-relationships-customcodes
        """
        return self._paginate(
            "subscription_offer_codes.subscription_offer_codes_custom_codes_get_to_many_relationship",
            locals(),
        )

    def list_custom_codes_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodeCustomCodesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionOfferCodes/{id}/relationships/customCodes`` (subscriptionOfferCodes_customCodes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-relationships-customcodes
        """
        return self._call(
            "subscription_offer_codes.subscription_offer_codes_custom_codes_get_to_many_relationship",
            locals(),
        )

    def list_one_time_use_codes(
        self,
        id: str,
        /,
        *,
        fields_subscription_offer_code_one_time_use_codes: str | Sequence[str] | None = None,
        fields_subscription_offer_codes: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionOfferCodeOneTimeUseCode]:
        """Every SubscriptionOfferCodeOneTimeUseCode across pages, with the pagination guards.

        ``GET /v1/subscriptionOfferCodes/{id}/oneTimeUseCodes`` (subscriptionOfferCodes_oneTimeUseCodes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-onetimeusecodes
        """
        return self._paginate(
            "subscription_offer_codes.subscription_offer_codes_one_time_use_codes_get_to_many_related",
            locals(),
        )

    def list_one_time_use_codes_page(
        self,
        id: str,
        /,
        *,
        fields_subscription_offer_code_one_time_use_codes: str | Sequence[str] | None = None,
        fields_subscription_offer_codes: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodeOneTimeUseCodesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionOfferCodes/{id}/oneTimeUseCodes`` (subscriptionOfferCodes_oneTimeUseCodes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-onetimeusecodes
        """
        return self._call(
            "subscription_offer_codes.subscription_offer_codes_one_time_use_codes_get_to_many_related",
            locals(),
        )

    def list_one_time_use_codes_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionOfferCodeOneTimeUseCodesLinkagesResponseDataItem]:
        """Every SubscriptionOfferCodeOneTimeUseCodesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionOfferCodes/{id}/relationships/oneTimeUseCodes`` (subscriptionOfferCodes_oneTimeUseCodes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-relationships-onetimeusecodes
        """
        return self._paginate(
            "subscription_offer_codes.subscription_offer_codes_one_time_use_codes_get_to_many_relationship",
            locals(),
        )

    def list_one_time_use_codes_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodeOneTimeUseCodesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionOfferCodes/{id}/relationships/oneTimeUseCodes`` (subscriptionOfferCodes_oneTimeUseCodes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-relationships-onetimeusecodes
        """
        return self._call(
            "subscription_offer_codes.subscription_offer_codes_one_time_use_codes_get_to_many_relationship",
            locals(),
        )

    def list_prices(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_subscription_offer_code_prices: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionOfferCodePrice]:
        """Every SubscriptionOfferCodePrice across pages, with the pagination guards.

        ``GET /v1/subscriptionOfferCodes/{id}/prices`` (subscriptionOfferCodes_prices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-prices
        """
        return self._paginate(
            "subscription_offer_codes.subscription_offer_codes_prices_get_to_many_related", locals()
        )

    def list_prices_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_subscription_offer_code_prices: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodePricesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionOfferCodes/{id}/prices`` (subscriptionOfferCodes_prices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-prices
        """
        return self._call(
            "subscription_offer_codes.subscription_offer_codes_prices_get_to_many_related", locals()
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
    ) -> Paginator[SubscriptionOfferCodePricesLinkagesResponseDataItem]:
        """Every SubscriptionOfferCodePricesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionOfferCodes/{id}/relationships/prices`` (subscriptionOfferCodes_prices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-relationships-prices
        """
        return self._paginate(
            "subscription_offer_codes.subscription_offer_codes_prices_get_to_many_relationship", locals()
        )

    def list_prices_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodePricesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionOfferCodes/{id}/relationships/prices`` (subscriptionOfferCodes_prices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-relationships-prices
        """
        return self._call(
            "subscription_offer_codes.subscription_offer_codes_prices_get_to_many_relationship", locals()
        )

    def update(
        self,
        id: str,
        /,
        body: SubscriptionOfferCodeUpdateRequest | Mapping[str, Any] | None = None,
        *,
        active: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodeResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/subscriptionOfferCodes/{id}`` (subscriptionOfferCodes_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionoffercodes-_id_
        """
        return self._write(
            "subscription_offer_codes.subscription_offer_codes_update_instance", locals(), _UPDATE_BODY
        )


class AsyncSubscriptionOfferCodes(AsyncResource):
    """`asc.subscription_offer_codes` (async)."""

    async def create(
        self,
        /,
        body: SubscriptionOfferCodeCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        customer_eligibilities: Sequence[Any] | Unset = UNSET,
        offer_eligibility: str | Unset = UNSET,
        duration: str | Unset = UNSET,
        offer_mode: str | Unset = UNSET,
        number_of_periods: int | Unset = UNSET,
        auto_renew_enabled: bool | None | Unset = UNSET,
        target_subscription_plan_type: str | None | Unset = UNSET,
        subscription: str | Unset = UNSET,
        prices: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodeResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionOfferCodes`` (subscriptionOfferCodes_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionoffercodes
        """
        return await self._write(
            "subscription_offer_codes.subscription_offer_codes_create_instance", locals(), _CREATE_BODY
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_offer_codes: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_offer_code_one_time_use_codes: str | Sequence[str] | None = None,
        fields_subscription_offer_code_custom_codes: str | Sequence[str] | None = None,
        fields_subscription_offer_code_prices: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_custom_codes: int | None = None,
        limit_one_time_use_codes: int | None = None,
        limit_prices: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodeResponse:
        """One request.

        ``GET /v1/subscriptionOfferCodes/{id}`` (subscriptionOfferCodes_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_
        """
        return await self._call("subscription_offer_codes.subscription_offer_codes_get_instance", locals())

    def list_custom_codes(
        self,
        id: str,
        /,
        *,
        fields_subscription_offer_code_custom_codes: str | Sequence[str] | None = None,
        fields_subscription_offer_codes: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionOfferCodeCustomCode]:
        """Every SubscriptionOfferCodeCustomCode across pages, with the pagination guards.

        ``GET /v1/subscriptionOfferCodes/{id}/customCodes`` (subscriptionOfferCodes_customCodes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-customcodes
        """
        return self._paginate(
            "subscription_offer_codes.subscription_offer_codes_custom_codes_get_to_many_related", locals()
        )

    async def list_custom_codes_page(
        self,
        id: str,
        /,
        *,
        fields_subscription_offer_code_custom_codes: str | Sequence[str] | None = None,
        fields_subscription_offer_codes: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodeCustomCodesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionOfferCodes/{id}/customCodes`` (subscriptionOfferCodes_customCodes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-customcodes
        """
        return await self._call(
            "subscription_offer_codes.subscription_offer_codes_custom_codes_get_to_many_related", locals()
        )

    def list_custom_codes_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionOfferCodeCustomCodesLinkagesResponseDataItem]:
        """Every SubscriptionOfferCodeCustomCodesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionOfferCodes/{id}/relationships/customCodes`` (subscriptionOfferCodes_customCodes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-relationships-customcodes
        """
        return self._paginate(
            "subscription_offer_codes.subscription_offer_codes_custom_codes_get_to_many_relationship",
            locals(),
        )

    async def list_custom_codes_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodeCustomCodesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionOfferCodes/{id}/relationships/customCodes`` (subscriptionOfferCodes_customCodes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-relationships-customcodes
        """
        return await self._call(
            "subscription_offer_codes.subscription_offer_codes_custom_codes_get_to_many_relationship",
            locals(),
        )

    def list_one_time_use_codes(
        self,
        id: str,
        /,
        *,
        fields_subscription_offer_code_one_time_use_codes: str | Sequence[str] | None = None,
        fields_subscription_offer_codes: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionOfferCodeOneTimeUseCode]:
        """Every SubscriptionOfferCodeOneTimeUseCode across pages, with the pagination guards.

        ``GET /v1/subscriptionOfferCodes/{id}/oneTimeUseCodes`` (subscriptionOfferCodes_oneTimeUseCodes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-onetimeusecodes
        """
        return self._paginate(
            "subscription_offer_codes.subscription_offer_codes_one_time_use_codes_get_to_many_related",
            locals(),
        )

    async def list_one_time_use_codes_page(
        self,
        id: str,
        /,
        *,
        fields_subscription_offer_code_one_time_use_codes: str | Sequence[str] | None = None,
        fields_subscription_offer_codes: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodeOneTimeUseCodesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionOfferCodes/{id}/oneTimeUseCodes`` (subscriptionOfferCodes_oneTimeUseCodes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-onetimeusecodes
        """
        return await self._call(
            "subscription_offer_codes.subscription_offer_codes_one_time_use_codes_get_to_many_related",
            locals(),
        )

    def list_one_time_use_codes_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionOfferCodeOneTimeUseCodesLinkagesResponseDataItem]:
        """Every SubscriptionOfferCodeOneTimeUseCodesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionOfferCodes/{id}/relationships/oneTimeUseCodes`` (subscriptionOfferCodes_oneTimeUseCodes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-relationships-onetimeusecodes
        """
        return self._paginate(
            "subscription_offer_codes.subscription_offer_codes_one_time_use_codes_get_to_many_relationship",
            locals(),
        )

    async def list_one_time_use_codes_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodeOneTimeUseCodesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionOfferCodes/{id}/relationships/oneTimeUseCodes`` (subscriptionOfferCodes_oneTimeUseCodes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-relationships-onetimeusecodes
        """
        return await self._call(
            "subscription_offer_codes.subscription_offer_codes_one_time_use_codes_get_to_many_relationship",
            locals(),
        )

    def list_prices(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_subscription_offer_code_prices: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionOfferCodePrice]:
        """Every SubscriptionOfferCodePrice across pages, with the pagination guards.

        ``GET /v1/subscriptionOfferCodes/{id}/prices`` (subscriptionOfferCodes_prices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-prices
        """
        return self._paginate(
            "subscription_offer_codes.subscription_offer_codes_prices_get_to_many_related", locals()
        )

    async def list_prices_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_subscription_offer_code_prices: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodePricesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionOfferCodes/{id}/prices`` (subscriptionOfferCodes_prices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-prices
        """
        return await self._call(
            "subscription_offer_codes.subscription_offer_codes_prices_get_to_many_related", locals()
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
    ) -> AsyncPaginator[SubscriptionOfferCodePricesLinkagesResponseDataItem]:
        """Every SubscriptionOfferCodePricesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionOfferCodes/{id}/relationships/prices`` (subscriptionOfferCodes_prices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-relationships-prices
        """
        return self._paginate(
            "subscription_offer_codes.subscription_offer_codes_prices_get_to_many_relationship", locals()
        )

    async def list_prices_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodePricesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionOfferCodes/{id}/relationships/prices`` (subscriptionOfferCodes_prices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_-relationships-prices
        """
        return await self._call(
            "subscription_offer_codes.subscription_offer_codes_prices_get_to_many_relationship", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: SubscriptionOfferCodeUpdateRequest | Mapping[str, Any] | None = None,
        *,
        active: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodeResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/subscriptionOfferCodes/{id}`` (subscriptionOfferCodes_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionoffercodes-_id_
        """
        return await self._write(
            "subscription_offer_codes.subscription_offer_codes_update_instance", locals(), _UPDATE_BODY
        )
