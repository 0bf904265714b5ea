"""`asc.subscription_group_submissions`: the operations on subscription_group_submissions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from app_store_connect._resources import Timeout

    from ..models.subscription_group_submission_create_request import SubscriptionGroupSubmissionCreateRequest
    from ..models.subscription_group_submission_response import SubscriptionGroupSubmissionResponse

__all__ = ["AsyncSubscriptionGroupSubmissions", "SubscriptionGroupSubmissions"]

_CREATE_BODY = Body(
    "subscriptionGroupSubmissions",
    {},
    {"subscription_group": ("subscriptionGroup", "subscriptionGroups", False, True)},
)


class SubscriptionGroupSubmissions(SyncResource):
    """`asc.subscription_group_submissions`."""

    def create(
        self,
        /,
        body: SubscriptionGroupSubmissionCreateRequest | Mapping[str, Any] | None = None,
        *,
        subscription_group: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionGroupSubmissionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionGroupSubmissions`` (subscriptionGroupSubmissions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptiongroupsubmissions
        """
        return self._write(
            "subscription_group_submissions.subscription_group_submissions_create_instance",
            locals(),
            _CREATE_BODY,
        )


class AsyncSubscriptionGroupSubmissions(AsyncResource):
    """`asc.subscription_group_submissions` (async)."""

    async def create(
        self,
        /,
        body: SubscriptionGroupSubmissionCreateRequest | Mapping[str, Any] | None = None,
        *,
        subscription_group: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionGroupSubmissionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionGroupSubmissions`` (subscriptionGroupSubmissions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptiongroupsubmissions
        """
        return await self._write(
            "subscription_group_submissions.subscription_group_submissions_create_instance",
            locals(),
            _CREATE_BODY,
        )
