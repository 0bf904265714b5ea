"""`asc.in_app_purchase_localizations`: the operations on in_app_purchase_localizations (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.in_app_purchase_localization_create_request import InAppPurchaseLocalizationCreateRequest
    from ..models.in_app_purchase_localization_response import InAppPurchaseLocalizationResponse
    from ..models.in_app_purchase_localization_update_request import InAppPurchaseLocalizationUpdateRequest

__all__ = ["AsyncInAppPurchaseLocalizations", "InAppPurchaseLocalizations"]

_CREATE_BODY = Body(
    "inAppPurchaseLocalizations",
    {
        "name": ("name", "string", True),
        "locale": ("locale", "string", True),
        "description": ("description", "string", False),
    },
    {"in_app_purchase_v2": ("inAppPurchaseV2", "inAppPurchases", False, True)},
)
_UPDATE_BODY = Body(
    "inAppPurchaseLocalizations",
    {"name": ("name", "string", False), "description": ("description", "string", False)},
    {},
)


class InAppPurchaseLocalizations(SyncResource):
    """`asc.in_app_purchase_localizations`."""

    def create(
        self,
        /,
        body: InAppPurchaseLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        in_app_purchase_v2: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/inAppPurchaseLocalizations`` (inAppPurchaseLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaselocalizations
        """
        return self._write(
            "in_app_purchase_localizations.in_app_purchase_localizations_create_instance",
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

        ``DELETE /v1/inAppPurchaseLocalizations/{id}`` (inAppPurchaseLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-inapppurchaselocalizations-_id_
        """
        return self._call(
            "in_app_purchase_localizations.in_app_purchase_localizations_delete_instance", locals()
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_localizations: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseLocalizationResponse:
        """One request.

        ``GET /v1/inAppPurchaseLocalizations/{id}`` (inAppPurchaseLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaselocalizations-_id_
        """
        return self._call(
            "in_app_purchase_localizations.in_app_purchase_localizations_get_instance", locals()
        )

    def update(
        self,
        id: str,
        /,
        body: InAppPurchaseLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/inAppPurchaseLocalizations/{id}`` (inAppPurchaseLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-inapppurchaselocalizations-_id_
        """
        return self._write(
            "in_app_purchase_localizations.in_app_purchase_localizations_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncInAppPurchaseLocalizations(AsyncResource):
    """`asc.in_app_purchase_localizations` (async)."""

    async def create(
        self,
        /,
        body: InAppPurchaseLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        in_app_purchase_v2: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/inAppPurchaseLocalizations`` (inAppPurchaseLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaselocalizations
        """
        return await self._write(
            "in_app_purchase_localizations.in_app_purchase_localizations_create_instance",
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

        ``DELETE /v1/inAppPurchaseLocalizations/{id}`` (inAppPurchaseLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-inapppurchaselocalizations-_id_
        """
        return await self._call(
            "in_app_purchase_localizations.in_app_purchase_localizations_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_localizations: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseLocalizationResponse:
        """One request.

        ``GET /v1/inAppPurchaseLocalizations/{id}`` (inAppPurchaseLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaselocalizations-_id_
        """
        return await self._call(
            "in_app_purchase_localizations.in_app_purchase_localizations_get_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: InAppPurchaseLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/inAppPurchaseLocalizations/{id}`` (inAppPurchaseLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-inapppurchaselocalizations-_id_
        """
        return await self._write(
            "in_app_purchase_localizations.in_app_purchase_localizations_update_instance",
            locals(),
            _UPDATE_BODY,
        )
