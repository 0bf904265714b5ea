"""`asc.subscription_offer_code_custom_codes`: the operations on subscription_offer_code_custom_codes (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import date

    from app_store_connect._resources import Timeout

    from ..models.subscription_offer_code_custom_code_create_request import (
        SubscriptionOfferCodeCustomCodeCreateRequest,
    )
    from ..models.subscription_offer_code_custom_code_response import SubscriptionOfferCodeCustomCodeResponse
    from ..models.subscription_offer_code_custom_code_update_request import (
        SubscriptionOfferCodeCustomCodeUpdateRequest,
    )

__all__ = ["AsyncSubscriptionOfferCodeCustomCodes", "SubscriptionOfferCodeCustomCodes"]

_CREATE_BODY = Body(
    "subscriptionOfferCodeCustomCodes",
    {
        "custom_code": ("customCode", "string", True),
        "number_of_codes": ("numberOfCodes", "integer", True),
        "expiration_date": ("expirationDate", "string", False),
    },
    {"offer_code": ("offerCode", "subscriptionOfferCodes", False, True)},
)
_UPDATE_BODY = Body("subscriptionOfferCodeCustomCodes", {"active": ("active", "boolean", False)}, {})


class SubscriptionOfferCodeCustomCodes(SyncResource):
    """`asc.subscription_offer_code_custom_codes`."""

    def create(
        self,
        /,
        body: SubscriptionOfferCodeCustomCodeCreateRequest | Mapping[str, Any] | None = None,
        *,
        custom_code: str | Unset = UNSET,
        number_of_codes: int | Unset = UNSET,
        expiration_date: str | date | None | Unset = UNSET,
        offer_code: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodeCustomCodeResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionOfferCodeCustomCodes`` (subscriptionOfferCodeCustomCodes_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionoffercodecustomcodes
        """
        return self._write(
            "subscription_offer_code_custom_codes.subscription_offer_code_custom_codes_create_instance",
            locals(),
            _CREATE_BODY,
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_offer_code_custom_codes: str | Sequence[str] | None = None,
        fields_subscription_offer_codes: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodeCustomCodeResponse:
        """One request.

        ``GET /v1/subscriptionOfferCodeCustomCodes/{id}`` (subscriptionOfferCodeCustomCodes_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodecustomcodes-_id_
        """
        return self._call(
            "subscription_offer_code_custom_codes.subscription_offer_code_custom_codes_get_instance", locals()
        )

    def update(
        self,
        id: str,
        /,
        body: SubscriptionOfferCodeCustomCodeUpdateRequest | Mapping[str, Any] | None = None,
        *,
        active: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodeCustomCodeResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/subscriptionOfferCodeCustomCodes/{id}`` (subscriptionOfferCodeCustomCodes_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionoffercodecustomcodes-_id_
        """
        return self._write(
            "subscription_offer_code_custom_codes.subscription_offer_code_custom_codes_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncSubscriptionOfferCodeCustomCodes(AsyncResource):
    """`asc.subscription_offer_code_custom_codes` (async)."""

    async def create(
        self,
        /,
        body: SubscriptionOfferCodeCustomCodeCreateRequest | Mapping[str, Any] | None = None,
        *,
        custom_code: str | Unset = UNSET,
        number_of_codes: int | Unset = UNSET,
        expiration_date: str | date | None | Unset = UNSET,
        offer_code: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodeCustomCodeResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionOfferCodeCustomCodes`` (subscriptionOfferCodeCustomCodes_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionoffercodecustomcodes
        """
        return await self._write(
            "subscription_offer_code_custom_codes.subscription_offer_code_custom_codes_create_instance",
            locals(),
            _CREATE_BODY,
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_offer_code_custom_codes: str | Sequence[str] | None = None,
        fields_subscription_offer_codes: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodeCustomCodeResponse:
        """One request.

        ``GET /v1/subscriptionOfferCodeCustomCodes/{id}`` (subscriptionOfferCodeCustomCodes_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodecustomcodes-_id_
        """
        return await self._call(
            "subscription_offer_code_custom_codes.subscription_offer_code_custom_codes_get_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: SubscriptionOfferCodeCustomCodeUpdateRequest | Mapping[str, Any] | None = None,
        *,
        active: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodeCustomCodeResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/subscriptionOfferCodeCustomCodes/{id}`` (subscriptionOfferCodeCustomCodes_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionoffercodecustomcodes-_id_
        """
        return await self._write(
            "subscription_offer_code_custom_codes.subscription_offer_code_custom_codes_update_instance",
            locals(),
            _UPDATE_BODY,
        )
