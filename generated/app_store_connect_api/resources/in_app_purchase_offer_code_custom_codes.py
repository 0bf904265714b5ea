"""`asc.in_app_purchase_offer_code_custom_codes`: the operations on in_app_purchase_offer_code_custom_codes (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import date

    from app_store_connect._resources import Timeout

    from ..models.in_app_purchase_offer_code_custom_code_create_request import (
        InAppPurchaseOfferCodeCustomCodeCreateRequest,
    )
    from ..models.in_app_purchase_offer_code_custom_code_response import (
        InAppPurchaseOfferCodeCustomCodeResponse,
    )
    from ..models.in_app_purchase_offer_code_custom_code_update_request import (
        InAppPurchaseOfferCodeCustomCodeUpdateRequest,
    )

__all__ = ["AsyncInAppPurchaseOfferCodeCustomCodes", "InAppPurchaseOfferCodeCustomCodes"]

_CREATE_BODY = Body(
    "inAppPurchaseOfferCodeCustomCodes",
    {
        "custom_code": ("customCode", "string", True),
        "number_of_codes": ("numberOfCodes", "integer", True),
        "expiration_date": ("expirationDate", "string", False),
    },
    {"offer_code": ("offerCode", "inAppPurchaseOfferCodes", False, True)},
)
_UPDATE_BODY = Body("inAppPurchaseOfferCodeCustomCodes", {"active": ("active", "boolean", False)}, {})


class InAppPurchaseOfferCodeCustomCodes(SyncResource):
    """`asc.in_app_purchase_offer_code_custom_codes`."""

    def create(
        self,
        /,
        body: InAppPurchaseOfferCodeCustomCodeCreateRequest | Mapping[str, Any] | None = None,
        *,
        custom_code: str | Unset = UNSET,
        number_of_codes: int | Unset = UNSET,
        expiration_date: str | date | None | Unset = UNSET,
        offer_code: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeCustomCodeResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/inAppPurchaseOfferCodeCustomCodes`` (inAppPurchaseOfferCodeCustomCodes_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseoffercodecustomcodes
        """
        return self._write(
            "in_app_purchase_offer_code_custom_codes.in_app_purchase_offer_code_custom_codes_create_instance",
            locals(),
            _CREATE_BODY,
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_offer_code_custom_codes: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeCustomCodeResponse:
        """One request.

        ``GET /v1/inAppPurchaseOfferCodeCustomCodes/{id}`` (inAppPurchaseOfferCodeCustomCodes_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodecustomcodes-_id_
        """
        return self._call(
            "in_app_purchase_offer_code_custom_codes.in_app_purchase_offer_code_custom_codes_get_instance",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: InAppPurchaseOfferCodeCustomCodeUpdateRequest | Mapping[str, Any] | None = None,
        *,
        active: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeCustomCodeResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/inAppPurchaseOfferCodeCustomCodes/{id}`` (inAppPurchaseOfferCodeCustomCodes_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-inapppurchaseoffercodecustomcodes-_id_
        """
        return self._write(
            "in_app_purchase_offer_code_custom_codes.in_app_purchase_offer_code_custom_codes_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncInAppPurchaseOfferCodeCustomCodes(AsyncResource):
    """`asc.in_app_purchase_offer_code_custom_codes` (async)."""

    async def create(
        self,
        /,
        body: InAppPurchaseOfferCodeCustomCodeCreateRequest | Mapping[str, Any] | None = None,
        *,
        custom_code: str | Unset = UNSET,
        number_of_codes: int | Unset = UNSET,
        expiration_date: str | date | None | Unset = UNSET,
        offer_code: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeCustomCodeResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/inAppPurchaseOfferCodeCustomCodes`` (inAppPurchaseOfferCodeCustomCodes_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseoffercodecustomcodes
        """
        return await self._write(
            "in_app_purchase_offer_code_custom_codes.in_app_purchase_offer_code_custom_codes_create_instance",
            locals(),
            _CREATE_BODY,
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_offer_code_custom_codes: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeCustomCodeResponse:
        """One request.

        ``GET /v1/inAppPurchaseOfferCodeCustomCodes/{id}`` (inAppPurchaseOfferCodeCustomCodes_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodecustomcodes-_id_
        """
        return await self._call(
            "in_app_purchase_offer_code_custom_codes.in_app_purchase_offer_code_custom_codes_get_instance",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: InAppPurchaseOfferCodeCustomCodeUpdateRequest | Mapping[str, Any] | None = None,
        *,
        active: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeCustomCodeResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/inAppPurchaseOfferCodeCustomCodes/{id}`` (inAppPurchaseOfferCodeCustomCodes_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-inapppurchaseoffercodecustomcodes-_id_
        """
        return await self._write(
            "in_app_purchase_offer_code_custom_codes.in_app_purchase_offer_code_custom_codes_update_instance",
            locals(),
            _UPDATE_BODY,
        )
