"""`asc.customer_reviews`: the operations on customer_reviews (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._resources import Timeout

    from ..models.customer_review_response import CustomerReviewResponse
    from ..models.customer_review_response_linkage_response import CustomerReviewResponseLinkageResponse
    from ..models.customer_review_response_v1_response import CustomerReviewResponseV1Response

__all__ = ["AsyncCustomerReviews", "CustomerReviews"]


class CustomerReviews(SyncResource):
    """`asc.customer_reviews`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_customer_reviews: str | Sequence[str] | None = None,
        fields_customer_review_responses: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CustomerReviewResponse:
        """One request.

        ``GET /v1/customerReviews/{id}`` (customerReviews_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-customerreviews-_id_
        """
        return self._call("customer_reviews.customer_reviews_get_instance", locals())

    def get_response(
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

        ``GET /v1/customerReviews/{id}/response`` (customerReviews_response_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-customerreviews-_id_-response
        """
        return self._call("customer_reviews.customer_reviews_response_get_to_one_related", locals())

    def get_response_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> CustomerReviewResponseLinkageResponse:
        """One request.

        ``GET /v1/customerReviews/{id}/relationships/response`` (customerReviews_response_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-customerreviews-_id_-relationships-response
        """
        return self._call("customer_reviews.customer_reviews_response_get_to_one_relationship", locals())


class AsyncCustomerReviews(AsyncResource):
    """`asc.customer_reviews` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_customer_reviews: str | Sequence[str] | None = None,
        fields_customer_review_responses: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CustomerReviewResponse:
        """One request.

        ``GET /v1/customerReviews/{id}`` (customerReviews_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-customerreviews-_id_
        """
        return await self._call("customer_reviews.customer_reviews_get_instance", locals())

    async def get_response(
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

        ``GET /v1/customerReviews/{id}/response`` (customerReviews_response_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-customerreviews-_id_-response
        """
        return await self._call("customer_reviews.customer_reviews_response_get_to_one_related", locals())

    async def get_response_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> CustomerReviewResponseLinkageResponse:
        """One request.

        ``GET /v1/customerReviews/{id}/relationships/response`` (customerReviews_response_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-customerreviews-_id_-relationships-response
        """
        return await self._call(
            "customer_reviews.customer_reviews_response_get_to_one_relationship", locals()
        )
