"""`asc.subscription_submissions`: the operations on subscription_submissions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from app_store_connect._resources import Timeout

    from ..models.subscription_submission_create_request import SubscriptionSubmissionCreateRequest
    from ..models.subscription_submission_response import SubscriptionSubmissionResponse

__all__ = ["AsyncSubscriptionSubmissions", "SubscriptionSubmissions"]

_CREATE_BODY = Body(
    "subscriptionSubmissions", {}, {"subscription": ("subscription", "subscriptions", False, True)}
)


class SubscriptionSubmissions(SyncResource):
    """`asc.subscription_submissions`."""

    def create(
        self,
        /,
        body: SubscriptionSubmissionCreateRequest | Mapping[str, Any] | None = None,
        *,
        subscription: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionSubmissionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionSubmissions`` (subscriptionSubmissions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionsubmissions
        """
        return self._write(
            "subscription_submissions.subscription_submissions_create_instance", locals(), _CREATE_BODY
        )


class AsyncSubscriptionSubmissions(AsyncResource):
    """`asc.subscription_submissions` (async)."""

    async def create(
        self,
        /,
        body: SubscriptionSubmissionCreateRequest | Mapping[str, Any] | None = None,
        *,
        subscription: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionSubmissionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionSubmissions`` (subscriptionSubmissions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionsubmissions
        """
        return await self._write(
            "subscription_submissions.subscription_submissions_create_instance", locals(), _CREATE_BODY
        )
