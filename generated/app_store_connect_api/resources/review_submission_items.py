"""`asc.review_submission_items`: the operations on review_submission_items (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from app_store_connect._resources import Timeout

    from ..models.review_submission_item_create_request import ReviewSubmissionItemCreateRequest
    from ..models.review_submission_item_response import ReviewSubmissionItemResponse
    from ..models.review_submission_item_update_request import ReviewSubmissionItemUpdateRequest

__all__ = ["AsyncReviewSubmissionItems", "ReviewSubmissionItems"]

_CREATE_BODY = Body(
    "reviewSubmissionItems",
    {},
    {
        "review_submission": ("reviewSubmission", "reviewSubmissions", False, True),
        "app_store_version": ("appStoreVersion", "appStoreVersions", False, False),
        "app_custom_product_page_version": (
            "appCustomProductPageVersion",
            "appCustomProductPageVersions",
            False,
            False,
        ),
        "app_store_version_experiment": (
            "appStoreVersionExperiment",
            "appStoreVersionExperiments",
            False,
            False,
        ),
        "app_store_version_experiment_v2": (
            "appStoreVersionExperimentV2",
            "appStoreVersionExperiments",
            False,
            False,
        ),
        "app_event": ("appEvent", "appEvents", False, False),
        "background_asset_version": ("backgroundAssetVersion", "backgroundAssetVersions", False, False),
        "game_center_achievement_version": (
            "gameCenterAchievementVersion",
            "gameCenterAchievementVersions",
            False,
            False,
        ),
        "game_center_activity_version": (
            "gameCenterActivityVersion",
            "gameCenterActivityVersions",
            False,
            False,
        ),
        "game_center_challenge_version": (
            "gameCenterChallengeVersion",
            "gameCenterChallengeVersions",
            False,
            False,
        ),
        "game_center_leaderboard_set_version": (
            "gameCenterLeaderboardSetVersion",
            "gameCenterLeaderboardSetVersions",
            False,
            False,
        ),
        "game_center_leaderboard_version": (
            "gameCenterLeaderboardVersion",
            "gameCenterLeaderboardVersions",
            False,
            False,
        ),
        "in_app_purchase_version": ("inAppPurchaseVersion", "inAppPurchaseVersions", False, False),
        "subscription_version": ("subscriptionVersion", "subscriptionVersions", False, False),
        "subscription_group_version": ("subscriptionGroupVersion", "subscriptionGroupVersions", False, False),
    },
)
_UPDATE_BODY = Body(
    "reviewSubmissionItems",
    {"resolved": ("resolved", "boolean", False), "removed": ("removed", "boolean", False)},
    {},
)


class ReviewSubmissionItems(SyncResource):
    """`asc.review_submission_items`."""

    def create(
        self,
        /,
        body: ReviewSubmissionItemCreateRequest | Mapping[str, Any] | None = None,
        *,
        review_submission: str | Unset = UNSET,
        app_store_version: str | None | Unset = UNSET,
        app_custom_product_page_version: str | None | Unset = UNSET,
        app_store_version_experiment: str | None | Unset = UNSET,
        app_store_version_experiment_v2: str | None | Unset = UNSET,
        app_event: str | None | Unset = UNSET,
        background_asset_version: str | None | Unset = UNSET,
        game_center_achievement_version: str | None | Unset = UNSET,
        game_center_activity_version: str | None | Unset = UNSET,
        game_center_challenge_version: str | None | Unset = UNSET,
        game_center_leaderboard_set_version: str | None | Unset = UNSET,
        game_center_leaderboard_version: str | None | Unset = UNSET,
        in_app_purchase_version: str | None | Unset = UNSET,
        subscription_version: str | None | Unset = UNSET,
        subscription_group_version: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> ReviewSubmissionItemResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/reviewSubmissionItems`` (reviewSubmissionItems_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-reviewsubmissionitems
        """
        return self._write(
            "review_submission_items.review_submission_items_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/reviewSubmissionItems/{id}`` (reviewSubmissionItems_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-reviewsubmissionitems-_id_
        """
        return self._call("review_submission_items.review_submission_items_delete_instance", locals())

    def update(
        self,
        id: str,
        /,
        body: ReviewSubmissionItemUpdateRequest | Mapping[str, Any] | None = None,
        *,
        resolved: bool | None | Unset = UNSET,
        removed: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> ReviewSubmissionItemResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/reviewSubmissionItems/{id}`` (reviewSubmissionItems_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-reviewsubmissionitems-_id_
        """
        return self._write(
            "review_submission_items.review_submission_items_update_instance", locals(), _UPDATE_BODY
        )


class AsyncReviewSubmissionItems(AsyncResource):
    """`asc.review_submission_items` (async)."""

    async def create(
        self,
        /,
        body: ReviewSubmissionItemCreateRequest | Mapping[str, Any] | None = None,
        *,
        review_submission: str | Unset = UNSET,
        app_store_version: str | None | Unset = UNSET,
        app_custom_product_page_version: str | None | Unset = UNSET,
        app_store_version_experiment: str | None | Unset = UNSET,
        app_store_version_experiment_v2: str | None | Unset = UNSET,
        app_event: str | None | Unset = UNSET,
        background_asset_version: str | None | Unset = UNSET,
        game_center_achievement_version: str | None | Unset = UNSET,
        game_center_activity_version: str | None | Unset = UNSET,
        game_center_challenge_version: str | None | Unset = UNSET,
        game_center_leaderboard_set_version: str | None | Unset = UNSET,
        game_center_leaderboard_version: str | None | Unset = UNSET,
        in_app_purchase_version: str | None | Unset = UNSET,
        subscription_version: str | None | Unset = UNSET,
        subscription_group_version: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> ReviewSubmissionItemResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/reviewSubmissionItems`` (reviewSubmissionItems_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-reviewsubmissionitems
        """
        return await self._write(
            "review_submission_items.review_submission_items_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/reviewSubmissionItems/{id}`` (reviewSubmissionItems_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-reviewsubmissionitems-_id_
        """
        return await self._call("review_submission_items.review_submission_items_delete_instance", locals())

    async def update(
        self,
        id: str,
        /,
        body: ReviewSubmissionItemUpdateRequest | Mapping[str, Any] | None = None,
        *,
        resolved: bool | None | Unset = UNSET,
        removed: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> ReviewSubmissionItemResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/reviewSubmissionItems/{id}`` (reviewSubmissionItems_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-reviewsubmissionitems-_id_
        """
        return await self._write(
            "review_submission_items.review_submission_items_update_instance", locals(), _UPDATE_BODY
        )
