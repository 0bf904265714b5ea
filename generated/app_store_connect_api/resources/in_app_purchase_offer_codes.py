"""`asc.in_app_purchase_offer_codes`: the operations on in_app_purchase_offer_codes (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.in_app_purchase_offer_code_create_request import InAppPurchaseOfferCodeCreateRequest
    from ..models.in_app_purchase_offer_code_custom_code import InAppPurchaseOfferCodeCustomCode
    from ..models.in_app_purchase_offer_code_custom_codes_linkages_response import (
        InAppPurchaseOfferCodeCustomCodesLinkagesResponse,
    )
    from ..models.in_app_purchase_offer_code_custom_codes_linkages_response_data_item import (
        InAppPurchaseOfferCodeCustomCodesLinkagesResponseDataItem,
    )
    from ..models.in_app_purchase_offer_code_custom_codes_response import (
        InAppPurchaseOfferCodeCustomCodesResponse,
    )
    from ..models.in_app_purchase_offer_code_one_time_use_code import InAppPurchaseOfferCodeOneTimeUseCode
    from ..models.in_app_purchase_offer_code_one_time_use_codes_linkages_response import (
        InAppPurchaseOfferCodeOneTimeUseCodesLinkagesResponse,
    )
    from ..models.in_app_purchase_offer_code_one_time_use_codes_linkages_response_data_item import (
        InAppPurchaseOfferCodeOneTimeUseCodesLinkagesResponseDataItem,
    )
    from ..models.in_app_purchase_offer_code_one_time_use_codes_response import (
        InAppPurchaseOfferCodeOneTimeUseCodesResponse,
    )
    from ..models.in_app_purchase_offer_code_prices_linkages_response import (
        InAppPurchaseOfferCodePricesLinkagesResponse,
    )
    from ..models.in_app_purchase_offer_code_prices_linkages_response_data_item import (
        InAppPurchaseOfferCodePricesLinkagesResponseDataItem,
    )
    from ..models.in_app_purchase_offer_code_response import InAppPurchaseOfferCodeResponse
    from ..models.in_app_purchase_offer_code_update_request import InAppPurchaseOfferCodeUpdateRequest
    from ..models.in_app_purchase_offer_price import InAppPurchaseOfferPrice
    from ..models.in_app_purchase_offer_prices_response import InAppPurchaseOfferPricesResponse

__all__ = ["AsyncInAppPurchaseOfferCodes", "InAppPurchaseOfferCodes"]

_CREATE_BODY = Body(
    "inAppPurchaseOfferCodes",
    {"name": ("name", "string", True), "customer_eligibilities": ("customerEligibilities", "array", True)},
    {
        "in_app_purchase": ("inAppPurchase", "inAppPurchases", False, True),
        "prices": ("prices", "inAppPurchaseOfferPrices", True, True),
    },
)
_UPDATE_BODY = Body("inAppPurchaseOfferCodes", {"active": ("active", "boolean", False)}, {})


class InAppPurchaseOfferCodes(SyncResource):
    """`asc.in_app_purchase_offer_codes`."""

    def create(
        self,
        /,
        body: InAppPurchaseOfferCodeCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        customer_eligibilities: Sequence[Any] | Unset = UNSET,
        in_app_purchase: str | Unset = UNSET,
        prices: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/inAppPurchaseOfferCodes`` (inAppPurchaseOfferCodes_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseoffercodes
        """
        return self._write(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_create_instance", locals(), _CREATE_BODY
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_offer_codes: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_code_one_time_use_codes: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_code_custom_codes: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_prices: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_custom_codes: int | None = None,
        limit_one_time_use_codes: int | None = None,
        limit_prices: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeResponse:
        """One request.

        ``GET /v1/inAppPurchaseOfferCodes/{id}`` (inAppPurchaseOfferCodes_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_
        """
        return self._call("in_app_purchase_offer_codes.in_app_purchase_offer_codes_get_instance", locals())

    def list_custom_codes(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_offer_code_custom_codes: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[InAppPurchaseOfferCodeCustomCode]:
        """Every InAppPurchaseOfferCodeCustomCode across pages, with the pagination guards.

        ``GET /v1/inAppPurchaseOfferCodes/{id}/customCodes`` (inAppPurchaseOfferCodes_customCodes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-customcodes
        """
        return self._paginate(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_custom_codes_get_to_many_related",
            locals(),
        )

    def list_custom_codes_page(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_offer_code_custom_codes: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeCustomCodesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchaseOfferCodes/{id}/customCodes`` (inAppPurchaseOfferCodes_customCodes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-customcodes
        """
        return self._call(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_custom_codes_get_to_many_related",
            locals(),
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
    ) -> Paginator[InAppPurchaseOfferCodeCustomCodesLinkagesResponseDataItem]:
        """Every InAppPurchaseOfferCodeCustomCodesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/inAppPurchaseOfferCodes/{id}/relationships/customCodes`` (inAppPurchaseOfferCodes_customCodes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-relationships-customcodes
        """
        return self._paginate(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_custom_codes_get_to_many_relationship",
            locals(),
        )

    def list_custom_codes_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeCustomCodesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchaseOfferCodes/{id}/relationships/customCodes`` (inAppPurchaseOfferCodes_customCodes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-relationships-customcodes
        """
        return self._call(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_custom_codes_get_to_many_relationship",
            locals(),
        )

    def list_one_time_use_codes(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_offer_code_one_time_use_codes: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[InAppPurchaseOfferCodeOneTimeUseCode]:
        """Every InAppPurchaseOfferCodeOneTimeUseCode across pages, with the pagination guards.

        ``GET /v1/inAppPurchaseOfferCodes/{id}/oneTimeUseCodes`` (inAppPurchaseOfferCodes_oneTimeUseCodes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-onetimeusecodes
        """
        return self._paginate(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_one_time_use_codes_get_to_many_related",
            locals(),
        )

    def list_one_time_use_codes_page(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_offer_code_one_time_use_codes: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeOneTimeUseCodesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchaseOfferCodes/{id}/oneTimeUseCodes`` (inAppPurchaseOfferCodes_oneTimeUseCodes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-onetimeusecodes
        """
        return self._call(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_one_time_use_codes_get_to_many_related",
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
    ) -> Paginator[InAppPurchaseOfferCodeOneTimeUseCodesLinkagesResponseDataItem]:
        """Every InAppPurchaseOfferCodeOneTimeUseCodesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/inAppPurchaseOfferCodes/{id}/relationships/oneTimeUseCodes`` (inAppPurchaseOfferCodes_oneTimeUseCodes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-relationships-onetimeusecodes
        """
        return self._paginate(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_one_time_use_codes_get_to_many_relationship",
            locals(),
        )

    def list_one_time_use_codes_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeOneTimeUseCodesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchaseOfferCodes/{id}/relationships/oneTimeUseCodes`` (inAppPurchaseOfferCodes_oneTimeUseCodes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-relationships-onetimeusecodes
        """
        return self._call(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_one_time_use_codes_get_to_many_relationship",
            locals(),
        )

    def list_prices(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_prices: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_points: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[InAppPurchaseOfferPrice]:
        """Every InAppPurchaseOfferPrice across pages, with the pagination guards.

        ``GET /v1/inAppPurchaseOfferCodes/{id}/prices`` (inAppPurchaseOfferCodes_prices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-prices
        """
        return self._paginate(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_prices_get_to_many_related", locals()
        )

    def list_prices_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_prices: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_points: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferPricesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchaseOfferCodes/{id}/prices`` (inAppPurchaseOfferCodes_prices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-prices
        """
        return self._call(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_prices_get_to_many_related", locals()
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
    ) -> Paginator[InAppPurchaseOfferCodePricesLinkagesResponseDataItem]:
        """Every InAppPurchaseOfferCodePricesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/inAppPurchaseOfferCodes/{id}/relationships/prices`` (inAppPurchaseOfferCodes_prices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-relationships-prices
        """
        return self._paginate(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_prices_get_to_many_relationship",
            locals(),
        )

    def list_prices_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodePricesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchaseOfferCodes/{id}/relationships/prices`` (inAppPurchaseOfferCodes_prices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-relationships-prices
        """
        return self._call(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_prices_get_to_many_relationship",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: InAppPurchaseOfferCodeUpdateRequest | Mapping[str, Any] | None = None,
        *,
        active: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/inAppPurchaseOfferCodes/{id}`` (inAppPurchaseOfferCodes_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-inapppurchaseoffercodes-_id_
        """
        return self._write(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_update_instance", locals(), _UPDATE_BODY
        )


class AsyncInAppPurchaseOfferCodes(AsyncResource):
    """`asc.in_app_purchase_offer_codes` (async)."""

    async def create(
        self,
        /,
        body: InAppPurchaseOfferCodeCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        customer_eligibilities: Sequence[Any] | Unset = UNSET,
        in_app_purchase: str | Unset = UNSET,
        prices: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/inAppPurchaseOfferCodes`` (inAppPurchaseOfferCodes_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseoffercodes
        """
        return await self._write(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_create_instance", locals(), _CREATE_BODY
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_offer_codes: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_code_one_time_use_codes: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_code_custom_codes: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_prices: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_custom_codes: int | None = None,
        limit_one_time_use_codes: int | None = None,
        limit_prices: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeResponse:
        """One request.

        ``GET /v1/inAppPurchaseOfferCodes/{id}`` (inAppPurchaseOfferCodes_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_
        """
        return await self._call(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_get_instance", locals()
        )

    def list_custom_codes(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_offer_code_custom_codes: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[InAppPurchaseOfferCodeCustomCode]:
        """Every InAppPurchaseOfferCodeCustomCode across pages, with the pagination guards.

        ``GET /v1/inAppPurchaseOfferCodes/{id}/customCodes`` (inAppPurchaseOfferCodes_customCodes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-customcodes
        """
        return self._paginate(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_custom_codes_get_to_many_related",
            locals(),
        )

    async def list_custom_codes_page(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_offer_code_custom_codes: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeCustomCodesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchaseOfferCodes/{id}/customCodes`` (inAppPurchaseOfferCodes_customCodes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-customcodes
        """
        return await self._call(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_custom_codes_get_to_many_related",
            locals(),
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
    ) -> AsyncPaginator[InAppPurchaseOfferCodeCustomCodesLinkagesResponseDataItem]:
        """Every InAppPurchaseOfferCodeCustomCodesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/inAppPurchaseOfferCodes/{id}/relationships/customCodes`` (inAppPurchaseOfferCodes_customCodes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-relationships-customcodes
        """
        return self._paginate(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_custom_codes_get_to_many_relationship",
            locals(),
        )

    async def list_custom_codes_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeCustomCodesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchaseOfferCodes/{id}/relationships/customCodes`` (inAppPurchaseOfferCodes_customCodes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-relationships-customcodes
        """
        return await self._call(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_custom_codes_get_to_many_relationship",
            locals(),
        )

    def list_one_time_use_codes(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_offer_code_one_time_use_codes: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[InAppPurchaseOfferCodeOneTimeUseCode]:
        """Every InAppPurchaseOfferCodeOneTimeUseCode across pages, with the pagination guards.

        ``GET /v1/inAppPurchaseOfferCodes/{id}/oneTimeUseCodes`` (inAppPurchaseOfferCodes_oneTimeUseCodes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-onetimeusecodes
        """
        return self._paginate(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_one_time_use_codes_get_to_many_related",
            locals(),
        )

    async def list_one_time_use_codes_page(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_offer_code_one_time_use_codes: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeOneTimeUseCodesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchaseOfferCodes/{id}/oneTimeUseCodes`` (inAppPurchaseOfferCodes_oneTimeUseCodes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-onetimeusecodes
        """
        return await self._call(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_one_time_use_codes_get_to_many_related",
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
    ) -> AsyncPaginator[InAppPurchaseOfferCodeOneTimeUseCodesLinkagesResponseDataItem]:
        """Every InAppPurchaseOfferCodeOneTimeUseCodesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/inAppPurchaseOfferCodes/{id}/relationships/oneTimeUseCodes`` (inAppPurchaseOfferCodes_oneTimeUseCodes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-relationships-onetimeusecodes
        """
        return self._paginate(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_one_time_use_codes_get_to_many_relationship",
            locals(),
        )

    async def list_one_time_use_codes_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeOneTimeUseCodesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchaseOfferCodes/{id}/relationships/oneTimeUseCodes`` (inAppPurchaseOfferCodes_oneTimeUseCodes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-relationships-onetimeusecodes
        """
        return await self._call(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_one_time_use_codes_get_to_many_relationship",
            locals(),
        )

    def list_prices(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_prices: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_points: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[InAppPurchaseOfferPrice]:
        """Every InAppPurchaseOfferPrice across pages, with the pagination guards.

        ``GET /v1/inAppPurchaseOfferCodes/{id}/prices`` (inAppPurchaseOfferCodes_prices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-prices
        """
        return self._paginate(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_prices_get_to_many_related", locals()
        )

    async def list_prices_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_prices: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_points: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferPricesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchaseOfferCodes/{id}/prices`` (inAppPurchaseOfferCodes_prices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-prices
        """
        return await self._call(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_prices_get_to_many_related", locals()
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
    ) -> AsyncPaginator[InAppPurchaseOfferCodePricesLinkagesResponseDataItem]:
        """Every InAppPurchaseOfferCodePricesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/inAppPurchaseOfferCodes/{id}/relationships/prices`` (inAppPurchaseOfferCodes_prices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-relationships-prices
        """
        return self._paginate(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_prices_get_to_many_relationship",
            locals(),
        )

    async def list_prices_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodePricesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchaseOfferCodes/{id}/relationships/prices`` (inAppPurchaseOfferCodes_prices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-relationships-prices
        """
        return await self._call(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_prices_get_to_many_relationship",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: InAppPurchaseOfferCodeUpdateRequest | Mapping[str, Any] | None = None,
        *,
        active: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/inAppPurchaseOfferCodes/{id}`` (inAppPurchaseOfferCodes_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-inapppurchaseoffercodes-_id_
        """
        return await self._write(
            "in_app_purchase_offer_codes.in_app_purchase_offer_codes_update_instance", locals(), _UPDATE_BODY
        )
