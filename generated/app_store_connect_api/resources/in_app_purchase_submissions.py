"""`asc.in_app_purchase_submissions`: the operations on in_app_purchase_submissions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from app_store_connect._resources import Timeout

    from ..models.in_app_purchase_submission_create_request import InAppPurchaseSubmissionCreateRequest
    from ..models.in_app_purchase_submission_response import InAppPurchaseSubmissionResponse

__all__ = ["AsyncInAppPurchaseSubmissions", "InAppPurchaseSubmissions"]

_CREATE_BODY = Body(
    "inAppPurchaseSubmissions", {}, {"in_app_purchase_v2": ("inAppPurchaseV2", "inAppPurchases", False, True)}
)


class InAppPurchaseSubmissions(SyncResource):
    """`asc.in_app_purchase_submissions`."""

    def create(
        self,
        /,
        body: InAppPurchaseSubmissionCreateRequest | Mapping[str, Any] | None = None,
        *,
        in_app_purchase_v2: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseSubmissionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/inAppPurchaseSubmissions`` (inAppPurchaseSubmissions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchasesubmissions
        """
        return self._write(
            "in_app_purchase_submissions.in_app_purchase_submissions_create_instance", locals(), _CREATE_BODY
        )


class AsyncInAppPurchaseSubmissions(AsyncResource):
    """`asc.in_app_purchase_submissions` (async)."""

    async def create(
        self,
        /,
        body: InAppPurchaseSubmissionCreateRequest | Mapping[str, Any] | None = None,
        *,
        in_app_purchase_v2: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseSubmissionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/inAppPurchaseSubmissions`` (inAppPurchaseSubmissions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchasesubmissions
        """
        return await self._write(
            "in_app_purchase_submissions.in_app_purchase_submissions_create_instance", locals(), _CREATE_BODY
        )
