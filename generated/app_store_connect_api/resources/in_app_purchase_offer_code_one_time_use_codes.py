"""`asc.in_app_purchase_offer_code_one_time_use_codes`: the operations on in_app_purchase_offer_code_one_time_use_codes (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import date

    from app_store_connect._resources import Timeout

    from ..models.in_app_purchase_offer_code_one_time_use_code_create_request import (
        InAppPurchaseOfferCodeOneTimeUseCodeCreateRequest,
    )
    from ..models.in_app_purchase_offer_code_one_time_use_code_response import (
        InAppPurchaseOfferCodeOneTimeUseCodeResponse,
    )
    from ..models.in_app_purchase_offer_code_one_time_use_code_update_request import (
        InAppPurchaseOfferCodeOneTimeUseCodeUpdateRequest,
    )

__all__ = ["AsyncInAppPurchaseOfferCodeOneTimeUseCodes", "InAppPurchaseOfferCodeOneTimeUseCodes"]

_CREATE_BODY = Body(
    "inAppPurchaseOfferCodeOneTimeUseCodes",
    {
        "number_of_codes": ("numberOfCodes", "integer", True),
        "expiration_date": ("expirationDate", "string", True),
        "environment": ("environment", "string", False),
    },
    {"offer_code": ("offerCode", "inAppPurchaseOfferCodes", False, True)},
)
_UPDATE_BODY = Body("inAppPurchaseOfferCodeOneTimeUseCodes", {"active": ("active", "boolean", False)}, {})


class InAppPurchaseOfferCodeOneTimeUseCodes(SyncResource):
    """`asc.in_app_purchase_offer_code_one_time_use_codes`."""

    def create(
        self,
        /,
        body: InAppPurchaseOfferCodeOneTimeUseCodeCreateRequest | Mapping[str, Any] | None = None,
        *,
        number_of_codes: int | Unset = UNSET,
        expiration_date: str | date | Unset = UNSET,
        environment: str | None | Unset = UNSET,
        offer_code: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeOneTimeUseCodeResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/inAppPurchaseOfferCodeOneTimeUseCodes`` (inAppPurchaseOfferCodeOneTimeUseCodes_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseoffercodeonetimeusecodes
        """
        return self._write(
            "in_app_purchase_offer_code_one_time_use_codes.in_app_purchase_offer_code_one_time_use_codes_create_instance",
            locals(),
            _CREATE_BODY,
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_offer_code_one_time_use_codes: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeOneTimeUseCodeResponse:
        """One request.

        ``GET /v1/inAppPurchaseOfferCodeOneTimeUseCodes/{id}`` (inAppPurchaseOfferCodeOneTimeUseCodes_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodeonetimeusecodes-_id_
        """
        return self._call(
            "in_app_purchase_offer_code_one_time_use_codes.in_app_purchase_offer_code_one_time_use_codes_get_instance",
            locals(),
        )

    def get_values(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> str:
        """One request.

        ``GET /v1/inAppPurchaseOfferCodeOneTimeUseCodes/{id}/values`` (inAppPurchaseOfferCodeOneTimeUseCodes_values_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodeonetimeusecodes-_id_-values
        """
        return self._call(
            "in_app_purchase_offer_code_one_time_use_codes.in_app_purchase_offer_code_one_time_use_codes_values_get_to_one_related",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: InAppPurchaseOfferCodeOneTimeUseCodeUpdateRequest | Mapping[str, Any] | None = None,
        *,
        active: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeOneTimeUseCodeResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/inAppPurchaseOfferCodeOneTimeUseCodes/{id}`` (inAppPurchaseOfferCodeOneTimeUseCodes_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-inapppurchaseoffercodeonetimeusecodes-_id_
        """
        return self._write(
            "in_app_purchase_offer_code_one_time_use_codes.in_app_purchase_offer_code_one_time_use_codes_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncInAppPurchaseOfferCodeOneTimeUseCodes(AsyncResource):
    """`asc.in_app_purchase_offer_code_one_time_use_codes` (async)."""

    async def create(
        self,
        /,
        body: InAppPurchaseOfferCodeOneTimeUseCodeCreateRequest | Mapping[str, Any] | None = None,
        *,
        number_of_codes: int | Unset = UNSET,
        expiration_date: str | date | Unset = UNSET,
        environment: str | None | Unset = UNSET,
        offer_code: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeOneTimeUseCodeResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/inAppPurchaseOfferCodeOneTimeUseCodes`` (inAppPurchaseOfferCodeOneTimeUseCodes_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseoffercodeonetimeusecodes
        """
        return await self._write(
            "in_app_purchase_offer_code_one_time_use_codes.in_app_purchase_offer_code_one_time_use_codes_create_instance",
            locals(),
            _CREATE_BODY,
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_offer_code_one_time_use_codes: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeOneTimeUseCodeResponse:
        """One request.

        ``GET /v1/inAppPurchaseOfferCodeOneTimeUseCodes/{id}`` (inAppPurchaseOfferCodeOneTimeUseCodes_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodeonetimeusecodes-_id_
        """
        return await self._call(
            "in_app_purchase_offer_code_one_time_use_codes.in_app_purchase_offer_code_one_time_use_codes_get_instance",
            locals(),
        )

    async def get_values(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> str:
        """One request.

        ``GET /v1/inAppPurchaseOfferCodeOneTimeUseCodes/{id}/values`` (inAppPurchaseOfferCodeOneTimeUseCodes_values_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodeonetimeusecodes-_id_-values
        """
        return await self._call(
            "in_app_purchase_offer_code_one_time_use_codes.in_app_purchase_offer_code_one_time_use_codes_values_get_to_one_related",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: InAppPurchaseOfferCodeOneTimeUseCodeUpdateRequest | Mapping[str, Any] | None = None,
        *,
        active: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodeOneTimeUseCodeResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/inAppPurchaseOfferCodeOneTimeUseCodes/{id}`` (inAppPurchaseOfferCodeOneTimeUseCodes_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-inapppurchaseoffercodeonetimeusecodes-_id_
        """
        return await self._write(
            "in_app_purchase_offer_code_one_time_use_codes.in_app_purchase_offer_code_one_time_use_codes_update_instance",
            locals(),
            _UPDATE_BODY,
        )
