"""`asc.subscription_localizations`: the operations on subscription_localizations (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.subscription_localization_create_request import SubscriptionLocalizationCreateRequest
    from ..models.subscription_localization_response import SubscriptionLocalizationResponse
    from ..models.subscription_localization_update_request import SubscriptionLocalizationUpdateRequest

__all__ = ["AsyncSubscriptionLocalizations", "SubscriptionLocalizations"]

_CREATE_BODY = Body(
    "subscriptionLocalizations",
    {
        "name": ("name", "string", True),
        "locale": ("locale", "string", True),
        "description": ("description", "string", False),
    },
    {"subscription": ("subscription", "subscriptions", False, True)},
)
_UPDATE_BODY = Body(
    "subscriptionLocalizations",
    {"name": ("name", "string", False), "description": ("description", "string", False)},
    {},
)


class SubscriptionLocalizations(SyncResource):
    """`asc.subscription_localizations`."""

    def create(
        self,
        /,
        body: SubscriptionLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        subscription: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionLocalizations`` (subscriptionLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionlocalizations
        """
        return self._write(
            "subscription_localizations.subscription_localizations_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/subscriptionLocalizations/{id}`` (subscriptionLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptionlocalizations-_id_
        """
        return self._call("subscription_localizations.subscription_localizations_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_localizations: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionLocalizationResponse:
        """One request.

        ``GET /v1/subscriptionLocalizations/{id}`` (subscriptionLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionlocalizations-_id_
        """
        return self._call("subscription_localizations.subscription_localizations_get_instance", locals())

    def update(
        self,
        id: str,
        /,
        body: SubscriptionLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/subscriptionLocalizations/{id}`` (subscriptionLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionlocalizations-_id_
        """
        return self._write(
            "subscription_localizations.subscription_localizations_update_instance", locals(), _UPDATE_BODY
        )


class AsyncSubscriptionLocalizations(AsyncResource):
    """`asc.subscription_localizations` (async)."""

    async def create(
        self,
        /,
        body: SubscriptionLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        subscription: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionLocalizations`` (subscriptionLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionlocalizations
        """
        return await self._write(
            "subscription_localizations.subscription_localizations_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/subscriptionLocalizations/{id}`` (subscriptionLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptionlocalizations-_id_
        """
        return await self._call(
            "subscription_localizations.subscription_localizations_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_localizations: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionLocalizationResponse:
        """One request.

        ``GET /v1/subscriptionLocalizations/{id}`` (subscriptionLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionlocalizations-_id_
        """
        return await self._call(
            "subscription_localizations.subscription_localizations_get_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: SubscriptionLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/subscriptionLocalizations/{id}`` (subscriptionLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionlocalizations-_id_
        """
        return await self._write(
            "subscription_localizations.subscription_localizations_update_instance", locals(), _UPDATE_BODY
        )
