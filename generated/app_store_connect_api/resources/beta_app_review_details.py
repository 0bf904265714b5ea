"""`asc.beta_app_review_details`: the operations on beta_app_review_details (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_without_includes_response import AppWithoutIncludesResponse
    from ..models.beta_app_review_detail import BetaAppReviewDetail
    from ..models.beta_app_review_detail_app_linkage_response import BetaAppReviewDetailAppLinkageResponse
    from ..models.beta_app_review_detail_response import BetaAppReviewDetailResponse
    from ..models.beta_app_review_detail_update_request import BetaAppReviewDetailUpdateRequest
    from ..models.beta_app_review_details_response import BetaAppReviewDetailsResponse

__all__ = ["AsyncBetaAppReviewDetails", "BetaAppReviewDetails"]

_UPDATE_BODY = Body(
    "betaAppReviewDetails",
    {
        "contact_first_name": ("contactFirstName", "string", False),
        "contact_last_name": ("contactLastName", "string", False),
        "contact_phone": ("contactPhone", "string", False),
        "contact_email": ("contactEmail", "string", False),
        "demo_account_name": ("demoAccountName", "string", False),
        "demo_account_password": ("demoAccountPassword", "string", False),
        "demo_account_required": ("demoAccountRequired", "boolean", False),
        "notes": ("notes", "string", False),
    },
    {},
)


class BetaAppReviewDetails(SyncResource):
    """`asc.beta_app_review_details`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_beta_app_review_details: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaAppReviewDetailResponse:
        """One request.

        ``GET /v1/betaAppReviewDetails/{id}`` (betaAppReviewDetails_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails-_id_
        """
        return self._call("beta_app_review_details.beta_app_review_details_get_instance", locals())

    def get_app(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppWithoutIncludesResponse:
        """One request.

        ``GET /v1/betaAppReviewDetails/{id}/app`` (betaAppReviewDetails_app_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails-_id_-app
        """
        return self._call("beta_app_review_details.beta_app_review_details_app_get_to_one_related", locals())

    def get_app_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BetaAppReviewDetailAppLinkageResponse:
        """One request.

        ``GET /v1/betaAppReviewDetails/{id}/relationships/app`` (betaAppReviewDetails_app_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails-_id_-relationships-app
        """
        return self._call(
            "beta_app_review_details.beta_app_review_details_app_get_to_one_relationship", locals()
        )

    def list(
        self,
        *,
        filter_app: str | Sequence[str],
        fields_beta_app_review_details: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BetaAppReviewDetail]:
        """Every BetaAppReviewDetail across pages, with the pagination guards.

        ``GET /v1/betaAppReviewDetails`` (betaAppReviewDetails_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails
        """
        return self._paginate("beta_app_review_details.beta_app_review_details_get_collection", locals())

    def list_page(
        self,
        *,
        filter_app: str | Sequence[str],
        fields_beta_app_review_details: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaAppReviewDetailsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaAppReviewDetails`` (betaAppReviewDetails_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails
        """
        return self._call("beta_app_review_details.beta_app_review_details_get_collection", locals())

    def update(
        self,
        id: str,
        /,
        body: BetaAppReviewDetailUpdateRequest | Mapping[str, Any] | None = None,
        *,
        contact_first_name: str | None | Unset = UNSET,
        contact_last_name: str | None | Unset = UNSET,
        contact_phone: str | None | Unset = UNSET,
        contact_email: str | None | Unset = UNSET,
        demo_account_name: str | None | Unset = UNSET,
        demo_account_password: str | None | Unset = UNSET,
        demo_account_required: bool | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaAppReviewDetailResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/betaAppReviewDetails/{id}`` (betaAppReviewDetails_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betaappreviewdetails-_id_
        """
        return self._write(
            "beta_app_review_details.beta_app_review_details_update_instance", locals(), _UPDATE_BODY
        )


class AsyncBetaAppReviewDetails(AsyncResource):
    """`asc.beta_app_review_details` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_beta_app_review_details: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaAppReviewDetailResponse:
        """One request.

        ``GET /v1/betaAppReviewDetails/{id}`` (betaAppReviewDetails_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails-_id_
        """
        return await self._call("beta_app_review_details.beta_app_review_details_get_instance", locals())

    async def get_app(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppWithoutIncludesResponse:
        """One request.

        ``GET /v1/betaAppReviewDetails/{id}/app`` (betaAppReviewDetails_app_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails-_id_-app
        """
        return await self._call(
            "beta_app_review_details.beta_app_review_details_app_get_to_one_related", locals()
        )

    async def get_app_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BetaAppReviewDetailAppLinkageResponse:
        """One request.

        ``GET /v1/betaAppReviewDetails/{id}/relationships/app`` (betaAppReviewDetails_app_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails-_id_-relationships-app
        """
        return await self._call(
            "beta_app_review_details.beta_app_review_details_app_get_to_one_relationship", locals()
        )

    def list(
        self,
        *,
        filter_app: str | Sequence[str],
        fields_beta_app_review_details: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BetaAppReviewDetail]:
        """Every BetaAppReviewDetail across pages, with the pagination guards.

        ``GET /v1/betaAppReviewDetails`` (betaAppReviewDetails_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails
        """
        return self._paginate("beta_app_review_details.beta_app_review_details_get_collection", locals())

    async def list_page(
        self,
        *,
        filter_app: str | Sequence[str],
        fields_beta_app_review_details: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaAppReviewDetailsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaAppReviewDetails`` (betaAppReviewDetails_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails
        """
        return await self._call("beta_app_review_details.beta_app_review_details_get_collection", locals())

    async def update(
        self,
        id: str,
        /,
        body: BetaAppReviewDetailUpdateRequest | Mapping[str, Any] | None = None,
        *,
        contact_first_name: str | None | Unset = UNSET,
        contact_last_name: str | None | Unset = UNSET,
        contact_phone: str | None | Unset = UNSET,
        contact_email: str | None | Unset = UNSET,
        demo_account_name: str | None | Unset = UNSET,
        demo_account_password: str | None | Unset = UNSET,
        demo_account_required: bool | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaAppReviewDetailResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/betaAppReviewDetails/{id}`` (betaAppReviewDetails_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betaappreviewdetails-_id_
        """
        return await self._write(
            "beta_app_review_details.beta_app_review_details_update_instance", locals(), _UPDATE_BODY
        )
