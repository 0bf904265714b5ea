from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.review_submissions_items_get_to_many_related_fields_app_custom_product_page_versions_item import (
        ReviewSubmissionsItemsGetToManyRelatedFieldsAppCustomProductPageVersionsItem,
    )
    from ...models.review_submissions_items_get_to_many_related_fields_app_events_item import (
        ReviewSubmissionsItemsGetToManyRelatedFieldsAppEventsItem,
    )
    from ...models.review_submissions_items_get_to_many_related_fields_app_store_version_experiments_item import (
        ReviewSubmissionsItemsGetToManyRelatedFieldsAppStoreVersionExperimentsItem,
    )
    from ...models.review_submissions_items_get_to_many_related_fields_app_store_versions_item import (
        ReviewSubmissionsItemsGetToManyRelatedFieldsAppStoreVersionsItem,
    )
    from ...models.review_submissions_items_get_to_many_related_fields_background_asset_versions_item import (
        ReviewSubmissionsItemsGetToManyRelatedFieldsBackgroundAssetVersionsItem,
    )
    from ...models.review_submissions_items_get_to_many_related_fields_game_center_achievement_versions_item import (
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterAchievementVersionsItem,
    )
    from ...models.review_submissions_items_get_to_many_related_fields_game_center_activity_versions_item import (
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterActivityVersionsItem,
    )
    from ...models.review_submissions_items_get_to_many_related_fields_game_center_challenge_versions_item import (
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterChallengeVersionsItem,
    )
    from ...models.review_submissions_items_get_to_many_related_fields_game_center_leaderboard_set_versions_item import (
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem,
    )
    from ...models.review_submissions_items_get_to_many_related_fields_game_center_leaderboard_versions_item import (
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem,
    )
    from ...models.review_submissions_items_get_to_many_related_fields_in_app_purchase_versions_item import (
        ReviewSubmissionsItemsGetToManyRelatedFieldsInAppPurchaseVersionsItem,
    )
    from ...models.review_submissions_items_get_to_many_related_fields_review_submission_items_item import (
        ReviewSubmissionsItemsGetToManyRelatedFieldsReviewSubmissionItemsItem,
    )
    from ...models.review_submissions_items_get_to_many_related_fields_subscription_group_versions_item import (
        ReviewSubmissionsItemsGetToManyRelatedFieldsSubscriptionGroupVersionsItem,
    )
    from ...models.review_submissions_items_get_to_many_related_fields_subscription_versions_item import (
        ReviewSubmissionsItemsGetToManyRelatedFieldsSubscriptionVersionsItem,
    )
    from ...models.review_submissions_items_get_to_many_related_include_item import (
        ReviewSubmissionsItemsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.review_submission_items_response import ReviewSubmissionItemsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_review_submission_items: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsReviewSubmissionItemsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_events: list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppEventsItem] | Unset = UNSET,
    fields_background_asset_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsBackgroundAssetVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsInAppPurchaseVersionsItem
    ]
    | Unset = UNSET,
    fields_subscription_versions: list[ReviewSubmissionsItemsGetToManyRelatedFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    fields_subscription_group_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsSubscriptionGroupVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[ReviewSubmissionsItemsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[reviewSubmissionItems]",
        "fields_review_submission_items",
        fields_review_submission_items,
        "ReviewSubmissionsItemsGetToManyRelatedFieldsReviewSubmissionItemsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersions]",
        "fields_app_store_versions",
        fields_app_store_versions,
        "ReviewSubmissionsItemsGetToManyRelatedFieldsAppStoreVersionsItem",
    )
    _params.query_list(
        params,
        "fields[appCustomProductPageVersions]",
        "fields_app_custom_product_page_versions",
        fields_app_custom_product_page_versions,
        "ReviewSubmissionsItemsGetToManyRelatedFieldsAppCustomProductPageVersionsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionExperiments]",
        "fields_app_store_version_experiments",
        fields_app_store_version_experiments,
        "ReviewSubmissionsItemsGetToManyRelatedFieldsAppStoreVersionExperimentsItem",
    )
    _params.query_list(
        params,
        "fields[appEvents]",
        "fields_app_events",
        fields_app_events,
        "ReviewSubmissionsItemsGetToManyRelatedFieldsAppEventsItem",
    )
    _params.query_list(
        params,
        "fields[backgroundAssetVersions]",
        "fields_background_asset_versions",
        fields_background_asset_versions,
        "ReviewSubmissionsItemsGetToManyRelatedFieldsBackgroundAssetVersionsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievementVersions]",
        "fields_game_center_achievement_versions",
        fields_game_center_achievement_versions,
        "ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterAchievementVersionsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivityVersions]",
        "fields_game_center_activity_versions",
        fields_game_center_activity_versions,
        "ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterActivityVersionsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallengeVersions]",
        "fields_game_center_challenge_versions",
        fields_game_center_challenge_versions,
        "ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterChallengeVersionsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSetVersions]",
        "fields_game_center_leaderboard_set_versions",
        fields_game_center_leaderboard_set_versions,
        "ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardVersions]",
        "fields_game_center_leaderboard_versions",
        fields_game_center_leaderboard_versions,
        "ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseVersions]",
        "fields_in_app_purchase_versions",
        fields_in_app_purchase_versions,
        "ReviewSubmissionsItemsGetToManyRelatedFieldsInAppPurchaseVersionsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionVersions]",
        "fields_subscription_versions",
        fields_subscription_versions,
        "ReviewSubmissionsItemsGetToManyRelatedFieldsSubscriptionVersionsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionGroupVersions]",
        "fields_subscription_group_versions",
        fields_subscription_group_versions,
        "ReviewSubmissionsItemsGetToManyRelatedFieldsSubscriptionGroupVersionsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "ReviewSubmissionsItemsGetToManyRelatedIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/reviewSubmissions/{id}/items".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ReviewSubmissionItemsResponse | None:
    if response.status_code == 200:
        response_200 = ReviewSubmissionItemsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ReviewSubmissionItemsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_review_submission_items: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsReviewSubmissionItemsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_events: list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppEventsItem] | Unset = UNSET,
    fields_background_asset_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsBackgroundAssetVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsInAppPurchaseVersionsItem
    ]
    | Unset = UNSET,
    fields_subscription_versions: list[ReviewSubmissionsItemsGetToManyRelatedFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    fields_subscription_group_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsSubscriptionGroupVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[ReviewSubmissionsItemsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | ReviewSubmissionItemsResponse]:
    """``GET /v1/reviewSubmissions/{id}/items`` (reviewSubmissions_items_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions-_id_-items


    Args:
        id (str):
        fields_review_submission_items
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsReviewSubmissionItemsItem] | Unset):
        fields_app_store_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppStoreVersionsItem] | Unset):
        fields_app_custom_product_page_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppCustomProductPageVersionsItem] |
            Unset):
        fields_app_store_version_experiments
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppStoreVersionExperimentsItem] |
            Unset):
        fields_app_events (list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppEventsItem] |
            Unset):
        fields_background_asset_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsBackgroundAssetVersionsItem] | Unset):
        fields_game_center_achievement_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterAchievementVersionsItem] |
            Unset):
        fields_game_center_activity_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterActivityVersionsItem] |
            Unset):
        fields_game_center_challenge_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterChallengeVersionsItem] |
            Unset):
        fields_game_center_leaderboard_set_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem] |
            Unset):
        fields_game_center_leaderboard_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem] |
            Unset):
        fields_in_app_purchase_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsInAppPurchaseVersionsItem] | Unset):
        fields_subscription_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsSubscriptionVersionsItem] | Unset):
        fields_subscription_group_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsSubscriptionGroupVersionsItem] | Unset):
        limit (int | Unset):
        include (list[ReviewSubmissionsItemsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReviewSubmissionItemsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_review_submission_items=fields_review_submission_items,
        fields_app_store_versions=fields_app_store_versions,
        fields_app_custom_product_page_versions=fields_app_custom_product_page_versions,
        fields_app_store_version_experiments=fields_app_store_version_experiments,
        fields_app_events=fields_app_events,
        fields_background_asset_versions=fields_background_asset_versions,
        fields_game_center_achievement_versions=fields_game_center_achievement_versions,
        fields_game_center_activity_versions=fields_game_center_activity_versions,
        fields_game_center_challenge_versions=fields_game_center_challenge_versions,
        fields_game_center_leaderboard_set_versions=fields_game_center_leaderboard_set_versions,
        fields_game_center_leaderboard_versions=fields_game_center_leaderboard_versions,
        fields_in_app_purchase_versions=fields_in_app_purchase_versions,
        fields_subscription_versions=fields_subscription_versions,
        fields_subscription_group_versions=fields_subscription_group_versions,
        limit=limit,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_review_submission_items: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsReviewSubmissionItemsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_events: list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppEventsItem] | Unset = UNSET,
    fields_background_asset_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsBackgroundAssetVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsInAppPurchaseVersionsItem
    ]
    | Unset = UNSET,
    fields_subscription_versions: list[ReviewSubmissionsItemsGetToManyRelatedFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    fields_subscription_group_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsSubscriptionGroupVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[ReviewSubmissionsItemsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | ReviewSubmissionItemsResponse | None:
    """``GET /v1/reviewSubmissions/{id}/items`` (reviewSubmissions_items_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions-_id_-items


    Args:
        id (str):
        fields_review_submission_items
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsReviewSubmissionItemsItem] | Unset):
        fields_app_store_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppStoreVersionsItem] | Unset):
        fields_app_custom_product_page_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppCustomProductPageVersionsItem] |
            Unset):
        fields_app_store_version_experiments
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppStoreVersionExperimentsItem] |
            Unset):
        fields_app_events (list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppEventsItem] |
            Unset):
        fields_background_asset_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsBackgroundAssetVersionsItem] | Unset):
        fields_game_center_achievement_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterAchievementVersionsItem] |
            Unset):
        fields_game_center_activity_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterActivityVersionsItem] |
            Unset):
        fields_game_center_challenge_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterChallengeVersionsItem] |
            Unset):
        fields_game_center_leaderboard_set_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem] |
            Unset):
        fields_game_center_leaderboard_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem] |
            Unset):
        fields_in_app_purchase_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsInAppPurchaseVersionsItem] | Unset):
        fields_subscription_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsSubscriptionVersionsItem] | Unset):
        fields_subscription_group_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsSubscriptionGroupVersionsItem] | Unset):
        limit (int | Unset):
        include (list[ReviewSubmissionsItemsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReviewSubmissionItemsResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_review_submission_items=fields_review_submission_items,
        fields_app_store_versions=fields_app_store_versions,
        fields_app_custom_product_page_versions=fields_app_custom_product_page_versions,
        fields_app_store_version_experiments=fields_app_store_version_experiments,
        fields_app_events=fields_app_events,
        fields_background_asset_versions=fields_background_asset_versions,
        fields_game_center_achievement_versions=fields_game_center_achievement_versions,
        fields_game_center_activity_versions=fields_game_center_activity_versions,
        fields_game_center_challenge_versions=fields_game_center_challenge_versions,
        fields_game_center_leaderboard_set_versions=fields_game_center_leaderboard_set_versions,
        fields_game_center_leaderboard_versions=fields_game_center_leaderboard_versions,
        fields_in_app_purchase_versions=fields_in_app_purchase_versions,
        fields_subscription_versions=fields_subscription_versions,
        fields_subscription_group_versions=fields_subscription_group_versions,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_review_submission_items: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsReviewSubmissionItemsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_events: list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppEventsItem] | Unset = UNSET,
    fields_background_asset_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsBackgroundAssetVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsInAppPurchaseVersionsItem
    ]
    | Unset = UNSET,
    fields_subscription_versions: list[ReviewSubmissionsItemsGetToManyRelatedFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    fields_subscription_group_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsSubscriptionGroupVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[ReviewSubmissionsItemsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | ReviewSubmissionItemsResponse]:
    """``GET /v1/reviewSubmissions/{id}/items`` (reviewSubmissions_items_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions-_id_-items


    Args:
        id (str):
        fields_review_submission_items
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsReviewSubmissionItemsItem] | Unset):
        fields_app_store_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppStoreVersionsItem] | Unset):
        fields_app_custom_product_page_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppCustomProductPageVersionsItem] |
            Unset):
        fields_app_store_version_experiments
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppStoreVersionExperimentsItem] |
            Unset):
        fields_app_events (list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppEventsItem] |
            Unset):
        fields_background_asset_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsBackgroundAssetVersionsItem] | Unset):
        fields_game_center_achievement_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterAchievementVersionsItem] |
            Unset):
        fields_game_center_activity_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterActivityVersionsItem] |
            Unset):
        fields_game_center_challenge_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterChallengeVersionsItem] |
            Unset):
        fields_game_center_leaderboard_set_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem] |
            Unset):
        fields_game_center_leaderboard_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem] |
            Unset):
        fields_in_app_purchase_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsInAppPurchaseVersionsItem] | Unset):
        fields_subscription_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsSubscriptionVersionsItem] | Unset):
        fields_subscription_group_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsSubscriptionGroupVersionsItem] | Unset):
        limit (int | Unset):
        include (list[ReviewSubmissionsItemsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReviewSubmissionItemsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_review_submission_items=fields_review_submission_items,
        fields_app_store_versions=fields_app_store_versions,
        fields_app_custom_product_page_versions=fields_app_custom_product_page_versions,
        fields_app_store_version_experiments=fields_app_store_version_experiments,
        fields_app_events=fields_app_events,
        fields_background_asset_versions=fields_background_asset_versions,
        fields_game_center_achievement_versions=fields_game_center_achievement_versions,
        fields_game_center_activity_versions=fields_game_center_activity_versions,
        fields_game_center_challenge_versions=fields_game_center_challenge_versions,
        fields_game_center_leaderboard_set_versions=fields_game_center_leaderboard_set_versions,
        fields_game_center_leaderboard_versions=fields_game_center_leaderboard_versions,
        fields_in_app_purchase_versions=fields_in_app_purchase_versions,
        fields_subscription_versions=fields_subscription_versions,
        fields_subscription_group_versions=fields_subscription_group_versions,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_review_submission_items: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsReviewSubmissionItemsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_events: list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppEventsItem] | Unset = UNSET,
    fields_background_asset_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsBackgroundAssetVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsInAppPurchaseVersionsItem
    ]
    | Unset = UNSET,
    fields_subscription_versions: list[ReviewSubmissionsItemsGetToManyRelatedFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    fields_subscription_group_versions: list[
        ReviewSubmissionsItemsGetToManyRelatedFieldsSubscriptionGroupVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[ReviewSubmissionsItemsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | ReviewSubmissionItemsResponse | None:
    """``GET /v1/reviewSubmissions/{id}/items`` (reviewSubmissions_items_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions-_id_-items


    Args:
        id (str):
        fields_review_submission_items
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsReviewSubmissionItemsItem] | Unset):
        fields_app_store_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppStoreVersionsItem] | Unset):
        fields_app_custom_product_page_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppCustomProductPageVersionsItem] |
            Unset):
        fields_app_store_version_experiments
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppStoreVersionExperimentsItem] |
            Unset):
        fields_app_events (list[ReviewSubmissionsItemsGetToManyRelatedFieldsAppEventsItem] |
            Unset):
        fields_background_asset_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsBackgroundAssetVersionsItem] | Unset):
        fields_game_center_achievement_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterAchievementVersionsItem] |
            Unset):
        fields_game_center_activity_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterActivityVersionsItem] |
            Unset):
        fields_game_center_challenge_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterChallengeVersionsItem] |
            Unset):
        fields_game_center_leaderboard_set_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem] |
            Unset):
        fields_game_center_leaderboard_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem] |
            Unset):
        fields_in_app_purchase_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsInAppPurchaseVersionsItem] | Unset):
        fields_subscription_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsSubscriptionVersionsItem] | Unset):
        fields_subscription_group_versions
            (list[ReviewSubmissionsItemsGetToManyRelatedFieldsSubscriptionGroupVersionsItem] | Unset):
        limit (int | Unset):
        include (list[ReviewSubmissionsItemsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReviewSubmissionItemsResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_review_submission_items=fields_review_submission_items,
            fields_app_store_versions=fields_app_store_versions,
            fields_app_custom_product_page_versions=fields_app_custom_product_page_versions,
            fields_app_store_version_experiments=fields_app_store_version_experiments,
            fields_app_events=fields_app_events,
            fields_background_asset_versions=fields_background_asset_versions,
            fields_game_center_achievement_versions=fields_game_center_achievement_versions,
            fields_game_center_activity_versions=fields_game_center_activity_versions,
            fields_game_center_challenge_versions=fields_game_center_challenge_versions,
            fields_game_center_leaderboard_set_versions=fields_game_center_leaderboard_set_versions,
            fields_game_center_leaderboard_versions=fields_game_center_leaderboard_versions,
            fields_in_app_purchase_versions=fields_in_app_purchase_versions,
            fields_subscription_versions=fields_subscription_versions,
            fields_subscription_group_versions=fields_subscription_group_versions,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[ReviewSubmissionItemsResponse] = ReviewSubmissionItemsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.review_submission_item import ReviewSubmissionItem

ITEM_TYPE: type[ReviewSubmissionItem] = ReviewSubmissionItem
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | ReviewSubmissionItemsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
