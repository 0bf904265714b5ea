from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.review_submission_items_response import ReviewSubmissionItemsResponse
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

    params: dict[str, Any] = {}

    if isinstance(fields_review_submission_items, list):
        params["fields[reviewSubmissionItems]"] = ",".join(
            str(item) for item in fields_review_submission_items
        )

    if isinstance(fields_app_store_versions, list):
        params["fields[appStoreVersions]"] = ",".join(str(item) for item in fields_app_store_versions)

    if isinstance(fields_app_custom_product_page_versions, list):
        params["fields[appCustomProductPageVersions]"] = ",".join(
            str(item) for item in fields_app_custom_product_page_versions
        )

    if isinstance(fields_app_store_version_experiments, list):
        params["fields[appStoreVersionExperiments]"] = ",".join(
            str(item) for item in fields_app_store_version_experiments
        )

    if isinstance(fields_app_events, list):
        params["fields[appEvents]"] = ",".join(str(item) for item in fields_app_events)

    if isinstance(fields_background_asset_versions, list):
        params["fields[backgroundAssetVersions]"] = ",".join(
            str(item) for item in fields_background_asset_versions
        )

    if isinstance(fields_game_center_achievement_versions, list):
        params["fields[gameCenterAchievementVersions]"] = ",".join(
            str(item) for item in fields_game_center_achievement_versions
        )

    if isinstance(fields_game_center_activity_versions, list):
        params["fields[gameCenterActivityVersions]"] = ",".join(
            str(item) for item in fields_game_center_activity_versions
        )

    if isinstance(fields_game_center_challenge_versions, list):
        params["fields[gameCenterChallengeVersions]"] = ",".join(
            str(item) for item in fields_game_center_challenge_versions
        )

    if isinstance(fields_game_center_leaderboard_set_versions, list):
        params["fields[gameCenterLeaderboardSetVersions]"] = ",".join(
            str(item) for item in fields_game_center_leaderboard_set_versions
        )

    if isinstance(fields_game_center_leaderboard_versions, list):
        params["fields[gameCenterLeaderboardVersions]"] = ",".join(
            str(item) for item in fields_game_center_leaderboard_versions
        )

    if isinstance(fields_in_app_purchase_versions, list):
        params["fields[inAppPurchaseVersions]"] = ",".join(
            str(item) for item in fields_in_app_purchase_versions
        )

    if isinstance(fields_subscription_versions, list):
        params["fields[subscriptionVersions]"] = ",".join(str(item) for item in fields_subscription_versions)

    if isinstance(fields_subscription_group_versions, list):
        params["fields[subscriptionGroupVersions]"] = ",".join(
            str(item) for item in fields_subscription_group_versions
        )

    params["limit"] = limit

    if isinstance(include, list):
        params["include"] = ",".join(str(item) for item in include)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

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
    """
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
    """
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
    """
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
    """
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
