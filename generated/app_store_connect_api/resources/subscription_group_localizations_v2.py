"""`asc.subscription_group_localizations_v2`: the operations on subscription_group_localizations_v2 (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.subscription_group_localization_v2_create_request import (
        SubscriptionGroupLocalizationV2CreateRequest,
    )
    from ..models.subscription_group_localization_v2_response import SubscriptionGroupLocalizationV2Response
    from ..models.subscription_group_localization_v2_update_request import (
        SubscriptionGroupLocalizationV2UpdateRequest,
    )

__all__ = ["AsyncSubscriptionGroupLocalizationsV2", "SubscriptionGroupLocalizationsV2"]

_CREATE_BODY = Body(
    "subscriptionGroupLocalizations",
    {
        "name": ("name", "string", True),
        "custom_app_name": ("customAppName", "string", False),
        "locale": ("locale", "string", True),
    },
    {"version": ("version", "subscriptionGroupVersions", False, True)},
)
_UPDATE_BODY = Body(
    "subscriptionGroupLocalizations",
    {"name": ("name", "string", False), "custom_app_name": ("customAppName", "string", False)},
    {},
)


class SubscriptionGroupLocalizationsV2(SyncResource):
    """`asc.subscription_group_localizations_v2`."""

    def create(
        self,
        /,
        body: SubscriptionGroupLocalizationV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        custom_app_name: str | None | Unset = UNSET,
        locale: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionGroupLocalizationV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/subscriptionGroupLocalizations`` (subscriptionGroupLocalizationsV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-subscriptiongrouplocalizations
        """
        return self._write(
            "subscription_group_localizations.subscription_group_localizations_v2_create_instance",
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

        ``DELETE /v2/subscriptionGroupLocalizations/{id}`` (subscriptionGroupLocalizationsV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-subscriptiongrouplocalizations-_id_
        """
        return self._call(
            "subscription_group_localizations.subscription_group_localizations_v2_delete_instance", locals()
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_group_localizations: str | Sequence[str] | None = None,
        fields_subscription_group_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGroupLocalizationV2Response:
        """One request.

        ``GET /v2/subscriptionGroupLocalizations/{id}`` (subscriptionGroupLocalizationsV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-subscriptiongrouplocalizations-_id_
        """
        return self._call(
            "subscription_group_localizations.subscription_group_localizations_v2_get_instance", locals()
        )

    def update(
        self,
        id: str,
        /,
        body: SubscriptionGroupLocalizationV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        custom_app_name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionGroupLocalizationV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/subscriptionGroupLocalizations/{id}`` (subscriptionGroupLocalizationsV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-subscriptiongrouplocalizations-_id_
        """
        return self._write(
            "subscription_group_localizations.subscription_group_localizations_v2_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncSubscriptionGroupLocalizationsV2(AsyncResource):
    """`asc.subscription_group_localizations_v2` (async)."""

    async def create(
        self,
        /,
        body: SubscriptionGroupLocalizationV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        custom_app_name: str | None | Unset = UNSET,
        locale: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionGroupLocalizationV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/subscriptionGroupLocalizations`` (subscriptionGroupLocalizationsV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-subscriptiongrouplocalizations
        """
        return await self._write(
            "subscription_group_localizations.subscription_group_localizations_v2_create_instance",
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

        ``DELETE /v2/subscriptionGroupLocalizations/{id}`` (subscriptionGroupLocalizationsV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-subscriptiongrouplocalizations-_id_
        """
        return await self._call(
            "subscription_group_localizations.subscription_group_localizations_v2_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_group_localizations: str | Sequence[str] | None = None,
        fields_subscription_group_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGroupLocalizationV2Response:
        """One request.

        ``GET /v2/subscriptionGroupLocalizations/{id}`` (subscriptionGroupLocalizationsV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-subscriptiongrouplocalizations-_id_
        """
        return await self._call(
            "subscription_group_localizations.subscription_group_localizations_v2_get_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: SubscriptionGroupLocalizationV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        custom_app_name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionGroupLocalizationV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/subscriptionGroupLocalizations/{id}`` (subscriptionGroupLocalizationsV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-subscriptiongrouplocalizations-_id_
        """
        return await self._write(
            "subscription_group_localizations.subscription_group_localizations_v2_update_instance",
            locals(),
            _UPDATE_BODY,
        )
