"""`asc.customer_review_responses`: the operations on customer_review_responses (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.customer_review_response_v1_create_request import CustomerReviewResponseV1CreateRequest
    from ..models.customer_review_response_v1_response import CustomerReviewResponseV1Response

__all__ = ["AsyncCustomerReviewResponses", "CustomerReviewResponses"]

_CREATE_BODY = Body(
    "customerReviewResponses",
    {"response_body": ("responseBody", "string", True)},
    {"review": ("review", "customerReviews", False, True)},
)


class CustomerReviewResponses(SyncResource):
    """`asc.customer_review_responses`."""

    def create(
        self,
        /,
        body: CustomerReviewResponseV1CreateRequest | Mapping[str, Any] | None = None,
        *,
        response_body: str | Unset = UNSET,
        review: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> CustomerReviewResponseV1Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/customerReviewResponses`` (customerReviewResponses_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-customerreviewresponses
        """
        return self._write(
            "customer_review_responses.customer_review_responses_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/customerReviewResponses/{id}`` (customerReviewResponses_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-customerreviewresponses-_id_
        """
        return self._call("customer_review_responses.customer_review_responses_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_customer_review_responses: str | Sequence[str] | None = None,
        fields_customer_reviews: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CustomerReviewResponseV1Response:
        """One request.

        ``GET /v1/customerReviewResponses/{id}`` (customerReviewResponses_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-customerreviewresponses-_id_
        """
        return self._call("customer_review_responses.customer_review_responses_get_instance", locals())


class AsyncCustomerReviewResponses(AsyncResource):
    """`asc.customer_review_responses` (async)."""

    async def create(
        self,
        /,
        body: CustomerReviewResponseV1CreateRequest | Mapping[str, Any] | None = None,
        *,
        response_body: str | Unset = UNSET,
        review: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> CustomerReviewResponseV1Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/customerReviewResponses`` (customerReviewResponses_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-customerreviewresponses
        """
        return await self._write(
            "customer_review_responses.customer_review_responses_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/customerReviewResponses/{id}`` (customerReviewResponses_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-customerreviewresponses-_id_
        """
        return await self._call(
            "customer_review_responses.customer_review_responses_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_customer_review_responses: str | Sequence[str] | None = None,
        fields_customer_reviews: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CustomerReviewResponseV1Response:
        """One request.

        ``GET /v1/customerReviewResponses/{id}`` (customerReviewResponses_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-customerreviewresponses-_id_
        """
        return await self._call("customer_review_responses.customer_review_responses_get_instance", locals())
