"""`asc.beta_app_review_submissions`: the operations on beta_app_review_submissions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.beta_app_review_submission import BetaAppReviewSubmission
    from ..models.beta_app_review_submission_build_linkage_response import (
        BetaAppReviewSubmissionBuildLinkageResponse,
    )
    from ..models.beta_app_review_submission_create_request import BetaAppReviewSubmissionCreateRequest
    from ..models.beta_app_review_submission_response import BetaAppReviewSubmissionResponse
    from ..models.beta_app_review_submissions_response import BetaAppReviewSubmissionsResponse
    from ..models.build_without_includes_response import BuildWithoutIncludesResponse

__all__ = ["AsyncBetaAppReviewSubmissions", "BetaAppReviewSubmissions"]

_CREATE_BODY = Body("betaAppReviewSubmissions", {}, {"build": ("build", "builds", False, True)})


class BetaAppReviewSubmissions(SyncResource):
    """`asc.beta_app_review_submissions`."""

    def create(
        self,
        /,
        body: BetaAppReviewSubmissionCreateRequest | Mapping[str, Any] | None = None,
        *,
        build: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaAppReviewSubmissionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/betaAppReviewSubmissions`` (betaAppReviewSubmissions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betaappreviewsubmissions
        """
        return self._write(
            "beta_app_review_submissions.beta_app_review_submissions_create_instance", locals(), _CREATE_BODY
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_beta_app_review_submissions: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaAppReviewSubmissionResponse:
        """One request.

        ``GET /v1/betaAppReviewSubmissions/{id}`` (betaAppReviewSubmissions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewsubmissions-_id_
        """
        return self._call("beta_app_review_submissions.beta_app_review_submissions_get_instance", locals())

    def get_build(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BuildWithoutIncludesResponse:
        """One request.

        ``GET /v1/betaAppReviewSubmissions/{id}/build`` (betaAppReviewSubmissions_build_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewsubmissions-_id_-build
        """
        return self._call(
            "beta_app_review_submissions.beta_app_review_submissions_build_get_to_one_related", locals()
        )

    def get_build_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BetaAppReviewSubmissionBuildLinkageResponse:
        """One request.

        ``GET /v1/betaAppReviewSubmissions/{id}/relationships/build`` (betaAppReviewSubmissions_build_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewsubmissions-_id_-relationships-build
        """
        return self._call(
            "beta_app_review_submissions.beta_app_review_submissions_build_get_to_one_relationship", locals()
        )

    def list(
        self,
        *,
        filter_build: str | Sequence[str],
        filter_beta_review_state: str | Sequence[str] | None = None,
        fields_beta_app_review_submissions: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BetaAppReviewSubmission]:
        """Every BetaAppReviewSubmission across pages, with the pagination guards.

        ``GET /v1/betaAppReviewSubmissions`` (betaAppReviewSubmissions_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewsubmissions
        """
        return self._paginate(
            "beta_app_review_submissions.beta_app_review_submissions_get_collection", locals()
        )

    def list_page(
        self,
        *,
        filter_build: str | Sequence[str],
        filter_beta_review_state: str | Sequence[str] | None = None,
        fields_beta_app_review_submissions: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaAppReviewSubmissionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaAppReviewSubmissions`` (betaAppReviewSubmissions_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewsubmissions
        """
        return self._call("beta_app_review_submissions.beta_app_review_submissions_get_collection", locals())


class AsyncBetaAppReviewSubmissions(AsyncResource):
    """`asc.beta_app_review_submissions` (async)."""

    async def create(
        self,
        /,
        body: BetaAppReviewSubmissionCreateRequest | Mapping[str, Any] | None = None,
        *,
        build: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> BetaAppReviewSubmissionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/betaAppReviewSubmissions`` (betaAppReviewSubmissions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betaappreviewsubmissions
        """
        return await self._write(
            "beta_app_review_submissions.beta_app_review_submissions_create_instance", locals(), _CREATE_BODY
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_beta_app_review_submissions: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaAppReviewSubmissionResponse:
        """One request.

        ``GET /v1/betaAppReviewSubmissions/{id}`` (betaAppReviewSubmissions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewsubmissions-_id_
        """
        return await self._call(
            "beta_app_review_submissions.beta_app_review_submissions_get_instance", locals()
        )

    async def get_build(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BuildWithoutIncludesResponse:
        """One request.

        ``GET /v1/betaAppReviewSubmissions/{id}/build`` (betaAppReviewSubmissions_build_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewsubmissions-_id_-build
        """
        return await self._call(
            "beta_app_review_submissions.beta_app_review_submissions_build_get_to_one_related", locals()
        )

    async def get_build_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> BetaAppReviewSubmissionBuildLinkageResponse:
        """One request.

        ``GET /v1/betaAppReviewSubmissions/{id}/relationships/build`` (betaAppReviewSubmissions_build_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewsubmissions-_id_-relationships-build
        """
        return await self._call(
            "beta_app_review_submissions.beta_app_review_submissions_build_get_to_one_relationship", locals()
        )

    def list(
        self,
        *,
        filter_build: str | Sequence[str],
        filter_beta_review_state: str | Sequence[str] | None = None,
        fields_beta_app_review_submissions: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BetaAppReviewSubmission]:
        """Every BetaAppReviewSubmission across pages, with the pagination guards.

        ``GET /v1/betaAppReviewSubmissions`` (betaAppReviewSubmissions_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewsubmissions
        """
        return self._paginate(
            "beta_app_review_submissions.beta_app_review_submissions_get_collection", locals()
        )

    async def list_page(
        self,
        *,
        filter_build: str | Sequence[str],
        filter_beta_review_state: str | Sequence[str] | None = None,
        fields_beta_app_review_submissions: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaAppReviewSubmissionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/betaAppReviewSubmissions`` (betaAppReviewSubmissions_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewsubmissions
        """
        return await self._call(
            "beta_app_review_submissions.beta_app_review_submissions_get_collection", locals()
        )
