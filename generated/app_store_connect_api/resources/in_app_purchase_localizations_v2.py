"""`asc.in_app_purchase_localizations_v2`: the operations on in_app_purchase_localizations_v2 (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.in_app_purchase_localization_v2_create_request import (
        InAppPurchaseLocalizationV2CreateRequest,
    )
    from ..models.in_app_purchase_localization_v2_response import InAppPurchaseLocalizationV2Response
    from ..models.in_app_purchase_localization_v2_update_request import (
        InAppPurchaseLocalizationV2UpdateRequest,
    )

__all__ = ["AsyncInAppPurchaseLocalizationsV2", "InAppPurchaseLocalizationsV2"]

_CREATE_BODY = Body(
    "inAppPurchaseLocalizations",
    {
        "name": ("name", "string", True),
        "locale": ("locale", "string", True),
        "description": ("description", "string", False),
    },
    {"version": ("version", "inAppPurchaseVersions", False, True)},
)
_UPDATE_BODY = Body(
    "inAppPurchaseLocalizations",
    {"name": ("name", "string", False), "description": ("description", "string", False)},
    {},
)


class InAppPurchaseLocalizationsV2(SyncResource):
    """`asc.in_app_purchase_localizations_v2`."""

    def create(
        self,
        /,
        body: InAppPurchaseLocalizationV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseLocalizationV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/inAppPurchaseLocalizations`` (inAppPurchaseLocalizationsV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-inapppurchaselocalizations
        """
        return self._write(
            "in_app_purchase_localizations.in_app_purchase_localizations_v2_create_instance",
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

        ``DELETE /v2/inAppPurchaseLocalizations/{id}`` (inAppPurchaseLocalizationsV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-inapppurchaselocalizations-_id_
        """
        return self._call(
            "in_app_purchase_localizations.in_app_purchase_localizations_v2_delete_instance", locals()
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_localizations: str | Sequence[str] | None = None,
        fields_in_app_purchase_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseLocalizationV2Response:
        """One request.

        ``GET /v2/inAppPurchaseLocalizations/{id}`` (inAppPurchaseLocalizationsV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchaselocalizations-_id_
        """
        return self._call(
            "in_app_purchase_localizations.in_app_purchase_localizations_v2_get_instance", locals()
        )

    def update(
        self,
        id: str,
        /,
        body: InAppPurchaseLocalizationV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseLocalizationV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/inAppPurchaseLocalizations/{id}`` (inAppPurchaseLocalizationsV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-inapppurchaselocalizations-_id_
        """
        return self._write(
            "in_app_purchase_localizations.in_app_purchase_localizations_v2_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncInAppPurchaseLocalizationsV2(AsyncResource):
    """`asc.in_app_purchase_localizations_v2` (async)."""

    async def create(
        self,
        /,
        body: InAppPurchaseLocalizationV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseLocalizationV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/inAppPurchaseLocalizations`` (inAppPurchaseLocalizationsV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-inapppurchaselocalizations
        """
        return await self._write(
            "in_app_purchase_localizations.in_app_purchase_localizations_v2_create_instance",
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

        ``DELETE /v2/inAppPurchaseLocalizations/{id}`` (inAppPurchaseLocalizationsV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-inapppurchaselocalizations-_id_
        """
        return await self._call(
            "in_app_purchase_localizations.in_app_purchase_localizations_v2_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_localizations: str | Sequence[str] | None = None,
        fields_in_app_purchase_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseLocalizationV2Response:
        """One request.

        ``GET /v2/inAppPurchaseLocalizations/{id}`` (inAppPurchaseLocalizationsV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchaselocalizations-_id_
        """
        return await self._call(
            "in_app_purchase_localizations.in_app_purchase_localizations_v2_get_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: InAppPurchaseLocalizationV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseLocalizationV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/inAppPurchaseLocalizations/{id}`` (inAppPurchaseLocalizationsV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-inapppurchaselocalizations-_id_
        """
        return await self._write(
            "in_app_purchase_localizations.in_app_purchase_localizations_v2_update_instance",
            locals(),
            _UPDATE_BODY,
        )
