"""`asc.subscription_group_localizations`: the operations on subscription_group_localizations (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.subscription_group_localization_create_request import (
        SubscriptionGroupLocalizationCreateRequest,
    )
    from ..models.subscription_group_localization_response import SubscriptionGroupLocalizationResponse
    from ..models.subscription_group_localization_update_request import (
        SubscriptionGroupLocalizationUpdateRequest,
    )

__all__ = ["AsyncSubscriptionGroupLocalizations", "SubscriptionGroupLocalizations"]

_CREATE_BODY = Body(
    "subscriptionGroupLocalizations",
    {
        "name": ("name", "string", True),
        "custom_app_name": ("customAppName", "string", False),
        "locale": ("locale", "string", True),
    },
    {"subscription_group": ("subscriptionGroup", "subscriptionGroups", False, True)},
)
_UPDATE_BODY = Body(
    "subscriptionGroupLocalizations",
    {"name": ("name", "string", False), "custom_app_name": ("customAppName", "string", False)},
    {},
)


class SubscriptionGroupLocalizations(SyncResource):
    """`asc.subscription_group_localizations`."""

    def create(
        self,
        /,
        body: SubscriptionGroupLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        custom_app_name: str | None | Unset = UNSET,
        locale: str | Unset = UNSET,
        subscription_group: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionGroupLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionGroupLocalizations`` (subscriptionGroupLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptiongrouplocalizations
        """
        return self._write(
            "subscription_group_localizations.subscription_group_localizations_create_instance",
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

        ``DELETE /v1/subscriptionGroupLocalizations/{id}`` (subscriptionGroupLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptiongrouplocalizations-_id_
        """
        return self._call(
            "subscription_group_localizations.subscription_group_localizations_delete_instance", locals()
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_group_localizations: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGroupLocalizationResponse:
        """One request.

        ``GET /v1/subscriptionGroupLocalizations/{id}`` (subscriptionGroupLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongrouplocalizations-_id_
        """
        return self._call(
            "subscription_group_localizations.subscription_group_localizations_get_instance", locals()
        )

    def update(
        self,
        id: str,
        /,
        body: SubscriptionGroupLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        custom_app_name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionGroupLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/subscriptionGroupLocalizations/{id}`` (subscriptionGroupLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptiongrouplocalizations-_id_
        """
        return self._write(
            "subscription_group_localizations.subscription_group_localizations_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncSubscriptionGroupLocalizations(AsyncResource):
    """`asc.subscription_group_localizations` (async)."""

    async def create(
        self,
        /,
        body: SubscriptionGroupLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        custom_app_name: str | None | Unset = UNSET,
        locale: str | Unset = UNSET,
        subscription_group: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionGroupLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionGroupLocalizations`` (subscriptionGroupLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptiongrouplocalizations
        """
        return await self._write(
            "subscription_group_localizations.subscription_group_localizations_create_instance",
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

        ``DELETE /v1/subscriptionGroupLocalizations/{id}`` (subscriptionGroupLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptiongrouplocalizations-_id_
        """
        return await self._call(
            "subscription_group_localizations.subscription_group_localizations_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_group_localizations: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGroupLocalizationResponse:
        """One request.

        ``GET /v1/subscriptionGroupLocalizations/{id}`` (subscriptionGroupLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongrouplocalizations-_id_
        """
        return await self._call(
            "subscription_group_localizations.subscription_group_localizations_get_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: SubscriptionGroupLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        custom_app_name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionGroupLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/subscriptionGroupLocalizations/{id}`` (subscriptionGroupLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptiongrouplocalizations-_id_
        """
        return await self._write(
            "subscription_group_localizations.subscription_group_localizations_update_instance",
            locals(),
            _UPDATE_BODY,
        )
