"""`asc.subscription_localizations_v2`: the operations on subscription_localizations_v2 (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.subscription_localization_v2_create_request import SubscriptionLocalizationV2CreateRequest
    from ..models.subscription_localization_v2_response import SubscriptionLocalizationV2Response
    from ..models.subscription_localization_v2_update_request import SubscriptionLocalizationV2UpdateRequest

__all__ = ["AsyncSubscriptionLocalizationsV2", "SubscriptionLocalizationsV2"]

_CREATE_BODY = Body(
    "subscriptionLocalizations",
    {
        "name": ("name", "string", True),
        "locale": ("locale", "string", True),
        "description": ("description", "string", False),
    },
    {"version": ("version", "subscriptionVersions", False, True)},
)
_UPDATE_BODY = Body(
    "subscriptionLocalizations",
    {"name": ("name", "string", False), "description": ("description", "string", False)},
    {},
)


class SubscriptionLocalizationsV2(SyncResource):
    """`asc.subscription_localizations_v2`."""

    def create(
        self,
        /,
        body: SubscriptionLocalizationV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionLocalizationV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/subscriptionLocalizations`` (subscriptionLocalizationsV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-subscriptionlocalizations
        """
        return self._write(
            "subscription_localizations.subscription_localizations_v2_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v2/subscriptionLocalizations/{id}`` (subscriptionLocalizationsV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-subscriptionlocalizations-_id_
        """
        return self._call(
            "subscription_localizations.subscription_localizations_v2_delete_instance", locals()
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_localizations: str | Sequence[str] | None = None,
        fields_subscription_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionLocalizationV2Response:
        """One request.

        ``GET /v2/subscriptionLocalizations/{id}`` (subscriptionLocalizationsV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-subscriptionlocalizations-_id_
        """
        return self._call("subscription_localizations.subscription_localizations_v2_get_instance", locals())

    def update(
        self,
        id: str,
        /,
        body: SubscriptionLocalizationV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionLocalizationV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/subscriptionLocalizations/{id}`` (subscriptionLocalizationsV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-subscriptionlocalizations-_id_
        """
        return self._write(
            "subscription_localizations.subscription_localizations_v2_update_instance", locals(), _UPDATE_BODY
        )


class AsyncSubscriptionLocalizationsV2(AsyncResource):
    """`asc.subscription_localizations_v2` (async)."""

    async def create(
        self,
        /,
        body: SubscriptionLocalizationV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionLocalizationV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/subscriptionLocalizations`` (subscriptionLocalizationsV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-subscriptionlocalizations
        """
        return await self._write(
            "subscription_localizations.subscription_localizations_v2_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v2/subscriptionLocalizations/{id}`` (subscriptionLocalizationsV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-subscriptionlocalizations-_id_
        """
        return await self._call(
            "subscription_localizations.subscription_localizations_v2_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_localizations: str | Sequence[str] | None = None,
        fields_subscription_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionLocalizationV2Response:
        """One request.

        ``GET /v2/subscriptionLocalizations/{id}`` (subscriptionLocalizationsV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-subscriptionlocalizations-_id_
        """
        return await self._call(
            "subscription_localizations.subscription_localizations_v2_get_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: SubscriptionLocalizationV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionLocalizationV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/subscriptionLocalizations/{id}`` (subscriptionLocalizationsV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-subscriptionlocalizations-_id_
        """
        return await self._write(
            "subscription_localizations.subscription_localizations_v2_update_instance", locals(), _UPDATE_BODY
        )
