"""`asc.review_submissions`: the operations on review_submissions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.review_submission import ReviewSubmission
    from ..models.review_submission_create_request import ReviewSubmissionCreateRequest
    from ..models.review_submission_item import ReviewSubmissionItem
    from ..models.review_submission_items_linkages_response import ReviewSubmissionItemsLinkagesResponse
    from ..models.review_submission_items_linkages_response_data_item import (
        ReviewSubmissionItemsLinkagesResponseDataItem,
    )
    from ..models.review_submission_items_response import ReviewSubmissionItemsResponse
    from ..models.review_submission_response import ReviewSubmissionResponse
    from ..models.review_submission_update_request import ReviewSubmissionUpdateRequest
    from ..models.review_submissions_response import ReviewSubmissionsResponse

__all__ = ["AsyncReviewSubmissions", "ReviewSubmissions"]

_CREATE_BODY = Body(
    "reviewSubmissions", {"platform": ("platform", "string", False)}, {"app": ("app", "apps", False, True)}
)
_UPDATE_BODY = Body(
    "reviewSubmissions",
    {
        "platform": ("platform", "string", False),
        "submitted": ("submitted", "boolean", False),
        "canceled": ("canceled", "boolean", False),
    },
    {},
)


class ReviewSubmissions(SyncResource):
    """`asc.review_submissions`."""

    def create(
        self,
        /,
        body: ReviewSubmissionCreateRequest | Mapping[str, Any] | None = None,
        *,
        platform: str | None | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> ReviewSubmissionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/reviewSubmissions`` (reviewSubmissions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-reviewsubmissions
        """
        return self._write("review_submissions.review_submissions_create_instance", locals(), _CREATE_BODY)

    def get(
        self,
        id: str,
        /,
        *,
        fields_review_submissions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_review_submission_items: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_items: int | None = None,
        timeout: Timeout = None,
    ) -> ReviewSubmissionResponse:
        """One request.

        ``GET /v1/reviewSubmissions/{id}`` (reviewSubmissions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions-_id_
        """
        return self._call("review_submissions.review_submissions_get_instance", locals())

    def list(
        self,
        *,
        filter_app: str | Sequence[str],
        filter_platform: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        fields_review_submissions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_review_submission_items: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_items: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[ReviewSubmission]:
        """Every ReviewSubmission across pages, with the pagination guards.

        ``GET /v1/reviewSubmissions`` (reviewSubmissions_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions
        """
        return self._paginate("review_submissions.review_submissions_get_collection", locals())

    def list_page(
        self,
        *,
        filter_app: str | Sequence[str],
        filter_platform: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        fields_review_submissions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_review_submission_items: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_items: int | None = None,
        timeout: Timeout = None,
    ) -> ReviewSubmissionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/reviewSubmissions`` (reviewSubmissions_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions
        """
        return self._call("review_submissions.review_submissions_get_collection", locals())

    def list_items(
        self,
        id: str,
        /,
        *,
        fields_review_submission_items: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_custom_product_page_versions: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_background_asset_versions: str | Sequence[str] | None = None,
        fields_game_center_achievement_versions: str | Sequence[str] | None = None,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        fields_in_app_purchase_versions: str | Sequence[str] | None = None,
        fields_subscription_versions: str | Sequence[str] | None = None,
        fields_subscription_group_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[ReviewSubmissionItem]:
        """Every ReviewSubmissionItem across pages, with the pagination guards.

        ``GET /v1/reviewSubmissions/{id}/items`` (reviewSubmissions_items_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions-_id_-items
        """
        return self._paginate("review_submissions.review_submissions_items_get_to_many_related", locals())

    def list_items_page(
        self,
        id: str,
        /,
        *,
        fields_review_submission_items: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_custom_product_page_versions: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_background_asset_versions: str | Sequence[str] | None = None,
        fields_game_center_achievement_versions: str | Sequence[str] | None = None,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        fields_in_app_purchase_versions: str | Sequence[str] | None = None,
        fields_subscription_versions: str | Sequence[str] | None = None,
        fields_subscription_group_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> ReviewSubmissionItemsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/reviewSubmissions/{id}/items`` (reviewSubmissions_items_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions-_id_-items
        """
        return self._call("review_submissions.review_submissions_items_get_to_many_related", locals())

    def list_items_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[ReviewSubmissionItemsLinkagesResponseDataItem]:
        """Every ReviewSubmissionItemsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/reviewSubmissions/{id}/relationships/items`` (reviewSubmissions_items_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions-_id_-relationships-items
        """
        return self._paginate(
            "review_submissions.review_submissions_items_get_to_many_relationship", locals()
        )

    def list_items_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> ReviewSubmissionItemsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/reviewSubmissions/{id}/relationships/items`` (reviewSubmissions_items_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions-_id_-relationships-items
        """
        return self._call("review_submissions.review_submissions_items_get_to_many_relationship", locals())

    def update(
        self,
        id: str,
        /,
        body: ReviewSubmissionUpdateRequest | Mapping[str, Any] | None = None,
        *,
        platform: str | None | Unset = UNSET,
        submitted: bool | None | Unset = UNSET,
        canceled: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> ReviewSubmissionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/reviewSubmissions/{id}`` (reviewSubmissions_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-reviewsubmissions-_id_
        """
        return self._write("review_submissions.review_submissions_update_instance", locals(), _UPDATE_BODY)


class AsyncReviewSubmissions(AsyncResource):
    """`asc.review_submissions` (async)."""

    async def create(
        self,
        /,
        body: ReviewSubmissionCreateRequest | Mapping[str, Any] | None = None,
        *,
        platform: str | None | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> ReviewSubmissionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/reviewSubmissions`` (reviewSubmissions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-reviewsubmissions
        """
        return await self._write(
            "review_submissions.review_submissions_create_instance", locals(), _CREATE_BODY
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_review_submissions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_review_submission_items: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_items: int | None = None,
        timeout: Timeout = None,
    ) -> ReviewSubmissionResponse:
        """One request.

        ``GET /v1/reviewSubmissions/{id}`` (reviewSubmissions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions-_id_
        """
        return await self._call("review_submissions.review_submissions_get_instance", locals())

    def list(
        self,
        *,
        filter_app: str | Sequence[str],
        filter_platform: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        fields_review_submissions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_review_submission_items: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_items: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[ReviewSubmission]:
        """Every ReviewSubmission across pages, with the pagination guards.

        ``GET /v1/reviewSubmissions`` (reviewSubmissions_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions
        """
        return self._paginate("review_submissions.review_submissions_get_collection", locals())

    async def list_page(
        self,
        *,
        filter_app: str | Sequence[str],
        filter_platform: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        fields_review_submissions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_review_submission_items: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_items: int | None = None,
        timeout: Timeout = None,
    ) -> ReviewSubmissionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/reviewSubmissions`` (reviewSubmissions_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions
        """
        return await self._call("review_submissions.review_submissions_get_collection", locals())

    def list_items(
        self,
        id: str,
        /,
        *,
        fields_review_submission_items: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_custom_product_page_versions: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_background_asset_versions: str | Sequence[str] | None = None,
        fields_game_center_achievement_versions: str | Sequence[str] | None = None,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        fields_in_app_purchase_versions: str | Sequence[str] | None = None,
        fields_subscription_versions: str | Sequence[str] | None = None,
        fields_subscription_group_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[ReviewSubmissionItem]:
        """Every ReviewSubmissionItem across pages, with the pagination guards.

        ``GET /v1/reviewSubmissions/{id}/items`` (reviewSubmissions_items_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions-_id_-items
        """
        return self._paginate("review_submissions.review_submissions_items_get_to_many_related", locals())

    async def list_items_page(
        self,
        id: str,
        /,
        *,
        fields_review_submission_items: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_custom_product_page_versions: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_background_asset_versions: str | Sequence[str] | None = None,
        fields_game_center_achievement_versions: str | Sequence[str] | None = None,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        fields_in_app_purchase_versions: str | Sequence[str] | None = None,
        fields_subscription_versions: str | Sequence[str] | None = None,
        fields_subscription_group_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> ReviewSubmissionItemsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/reviewSubmissions/{id}/items`` (reviewSubmissions_items_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions-_id_-items
        """
        return await self._call("review_submissions.review_submissions_items_get_to_many_related", locals())

    def list_items_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[ReviewSubmissionItemsLinkagesResponseDataItem]:
        """Every ReviewSubmissionItemsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/reviewSubmissions/{id}/relationships/items`` (reviewSubmissions_items_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions-_id_-relationships-items
        """
        return self._paginate(
            "review_submissions.review_submissions_items_get_to_many_relationship", locals()
        )

    async def list_items_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> ReviewSubmissionItemsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/reviewSubmissions/{id}/relationships/items`` (reviewSubmissions_items_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions-_id_-relationships-items
        """
        return await self._call(
            "review_submissions.review_submissions_items_get_to_many_relationship", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: ReviewSubmissionUpdateRequest | Mapping[str, Any] | None = None,
        *,
        platform: str | None | Unset = UNSET,
        submitted: bool | None | Unset = UNSET,
        canceled: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> ReviewSubmissionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/reviewSubmissions/{id}`` (reviewSubmissions_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-reviewsubmissions-_id_
        """
        return await self._write(
            "review_submissions.review_submissions_update_instance", locals(), _UPDATE_BODY
        )
