"""`asc.subscription_grace_periods`: the operations on subscription_grace_periods (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.subscription_grace_period_response import SubscriptionGracePeriodResponse
    from ..models.subscription_grace_period_update_request import SubscriptionGracePeriodUpdateRequest

__all__ = ["AsyncSubscriptionGracePeriods", "SubscriptionGracePeriods"]

_UPDATE_BODY = Body(
    "subscriptionGracePeriods",
    {
        "opt_in": ("optIn", "boolean", False),
        "sandbox_opt_in": ("sandboxOptIn", "boolean", False),
        "duration": ("duration", "string", False),
        "renewal_type": ("renewalType", "string", False),
    },
    {},
)


class SubscriptionGracePeriods(SyncResource):
    """`asc.subscription_grace_periods`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_grace_periods: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGracePeriodResponse:
        """One request.

        ``GET /v1/subscriptionGracePeriods/{id}`` (subscriptionGracePeriods_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongraceperiods-_id_
        """
        return self._call("subscription_grace_periods.subscription_grace_periods_get_instance", locals())

    def update(
        self,
        id: str,
        /,
        body: SubscriptionGracePeriodUpdateRequest | Mapping[str, Any] | None = None,
        *,
        opt_in: bool | None | Unset = UNSET,
        sandbox_opt_in: bool | None | Unset = UNSET,
        duration: str | None | Unset = UNSET,
        renewal_type: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionGracePeriodResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/subscriptionGracePeriods/{id}`` (subscriptionGracePeriods_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptiongraceperiods-_id_
        """
        return self._write(
            "subscription_grace_periods.subscription_grace_periods_update_instance", locals(), _UPDATE_BODY
        )


class AsyncSubscriptionGracePeriods(AsyncResource):
    """`asc.subscription_grace_periods` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_grace_periods: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGracePeriodResponse:
        """One request.

        ``GET /v1/subscriptionGracePeriods/{id}`` (subscriptionGracePeriods_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongraceperiods-_id_
        """
        return await self._call(
            "subscription_grace_periods.subscription_grace_periods_get_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: SubscriptionGracePeriodUpdateRequest | Mapping[str, Any] | None = None,
        *,
        opt_in: bool | None | Unset = UNSET,
        sandbox_opt_in: bool | None | Unset = UNSET,
        duration: str | None | Unset = UNSET,
        renewal_type: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionGracePeriodResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/subscriptionGracePeriods/{id}`` (subscriptionGracePeriods_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptiongraceperiods-_id_
        """
        return await self._write(
            "subscription_grace_periods.subscription_grace_periods_update_instance", locals(), _UPDATE_BODY
        )
