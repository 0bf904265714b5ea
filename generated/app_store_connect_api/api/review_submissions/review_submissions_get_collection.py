from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.review_submissions_get_collection_fields_actors_item import (
        ReviewSubmissionsGetCollectionFieldsActorsItem,
    )
    from ...models.review_submissions_get_collection_fields_app_store_versions_item import (
        ReviewSubmissionsGetCollectionFieldsAppStoreVersionsItem,
    )
    from ...models.review_submissions_get_collection_fields_apps_item import (
        ReviewSubmissionsGetCollectionFieldsAppsItem,
    )
    from ...models.review_submissions_get_collection_fields_review_submission_items_item import (
        ReviewSubmissionsGetCollectionFieldsReviewSubmissionItemsItem,
    )
    from ...models.review_submissions_get_collection_fields_review_submissions_item import (
        ReviewSubmissionsGetCollectionFieldsReviewSubmissionsItem,
    )
    from ...models.review_submissions_get_collection_filter_platform_item import (
        ReviewSubmissionsGetCollectionFilterPlatformItem,
    )
    from ...models.review_submissions_get_collection_filter_state_item import (
        ReviewSubmissionsGetCollectionFilterStateItem,
    )
    from ...models.review_submissions_get_collection_include_item import (
        ReviewSubmissionsGetCollectionIncludeItem,
    )

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.review_submissions_response import ReviewSubmissionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_platform: list[ReviewSubmissionsGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_state: list[ReviewSubmissionsGetCollectionFilterStateItem] | Unset = UNSET,
    filter_app: list[str],
    fields_review_submissions: list[ReviewSubmissionsGetCollectionFieldsReviewSubmissionsItem]
    | Unset = UNSET,
    fields_apps: list[ReviewSubmissionsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_review_submission_items: list[ReviewSubmissionsGetCollectionFieldsReviewSubmissionItemsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[ReviewSubmissionsGetCollectionFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_actors: list[ReviewSubmissionsGetCollectionFieldsActorsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[ReviewSubmissionsGetCollectionIncludeItem] | Unset = UNSET,
    limit_items: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[platform]",
        "filter_platform",
        filter_platform,
        "ReviewSubmissionsGetCollectionFilterPlatformItem",
    )
    _params.query_list(
        params, "filter[state]", "filter_state", filter_state, "ReviewSubmissionsGetCollectionFilterStateItem"
    )
    _params.query_list(params, "filter[app]", "filter_app", filter_app, str)
    _params.query_list(
        params,
        "fields[reviewSubmissions]",
        "fields_review_submissions",
        fields_review_submissions,
        "ReviewSubmissionsGetCollectionFieldsReviewSubmissionsItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "ReviewSubmissionsGetCollectionFieldsAppsItem"
    )
    _params.query_list(
        params,
        "fields[reviewSubmissionItems]",
        "fields_review_submission_items",
        fields_review_submission_items,
        "ReviewSubmissionsGetCollectionFieldsReviewSubmissionItemsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersions]",
        "fields_app_store_versions",
        fields_app_store_versions,
        "ReviewSubmissionsGetCollectionFieldsAppStoreVersionsItem",
    )
    _params.query_list(
        params,
        "fields[actors]",
        "fields_actors",
        fields_actors,
        "ReviewSubmissionsGetCollectionFieldsActorsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "ReviewSubmissionsGetCollectionIncludeItem")
    _params.query_value(params, "limit[items]", "limit_items", limit_items, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/reviewSubmissions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ReviewSubmissionsResponse | None:
    if response.status_code == 200:
        response_200 = ReviewSubmissionsResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ReviewSubmissionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[ReviewSubmissionsGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_state: list[ReviewSubmissionsGetCollectionFilterStateItem] | Unset = UNSET,
    filter_app: list[str],
    fields_review_submissions: list[ReviewSubmissionsGetCollectionFieldsReviewSubmissionsItem]
    | Unset = UNSET,
    fields_apps: list[ReviewSubmissionsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_review_submission_items: list[ReviewSubmissionsGetCollectionFieldsReviewSubmissionItemsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[ReviewSubmissionsGetCollectionFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_actors: list[ReviewSubmissionsGetCollectionFieldsActorsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[ReviewSubmissionsGetCollectionIncludeItem] | Unset = UNSET,
    limit_items: int | Unset = UNSET,
) -> Response[ErrorResponse | ReviewSubmissionsResponse]:
    """``GET /v1/reviewSubmissions`` (reviewSubmissions_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions


    Args:
        filter_platform (list[ReviewSubmissionsGetCollectionFilterPlatformItem] | Unset):
        filter_state (list[ReviewSubmissionsGetCollectionFilterStateItem] | Unset):
        filter_app (list[str]):
        fields_review_submissions (list[ReviewSubmissionsGetCollectionFieldsReviewSubmissionsItem]
            | Unset):
        fields_apps (list[ReviewSubmissionsGetCollectionFieldsAppsItem] | Unset):
        fields_review_submission_items
            (list[ReviewSubmissionsGetCollectionFieldsReviewSubmissionItemsItem] | Unset):
        fields_app_store_versions (list[ReviewSubmissionsGetCollectionFieldsAppStoreVersionsItem]
            | Unset):
        fields_actors (list[ReviewSubmissionsGetCollectionFieldsActorsItem] | Unset):
        limit (int | Unset):
        include (list[ReviewSubmissionsGetCollectionIncludeItem] | Unset):
        limit_items (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReviewSubmissionsResponse]

    """

    kwargs = _get_kwargs(
        filter_platform=filter_platform,
        filter_state=filter_state,
        filter_app=filter_app,
        fields_review_submissions=fields_review_submissions,
        fields_apps=fields_apps,
        fields_review_submission_items=fields_review_submission_items,
        fields_app_store_versions=fields_app_store_versions,
        fields_actors=fields_actors,
        limit=limit,
        include=include,
        limit_items=limit_items,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[ReviewSubmissionsGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_state: list[ReviewSubmissionsGetCollectionFilterStateItem] | Unset = UNSET,
    filter_app: list[str],
    fields_review_submissions: list[ReviewSubmissionsGetCollectionFieldsReviewSubmissionsItem]
    | Unset = UNSET,
    fields_apps: list[ReviewSubmissionsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_review_submission_items: list[ReviewSubmissionsGetCollectionFieldsReviewSubmissionItemsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[ReviewSubmissionsGetCollectionFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_actors: list[ReviewSubmissionsGetCollectionFieldsActorsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[ReviewSubmissionsGetCollectionIncludeItem] | Unset = UNSET,
    limit_items: int | Unset = UNSET,
) -> ErrorResponse | ReviewSubmissionsResponse | None:
    """``GET /v1/reviewSubmissions`` (reviewSubmissions_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions


    Args:
        filter_platform (list[ReviewSubmissionsGetCollectionFilterPlatformItem] | Unset):
        filter_state (list[ReviewSubmissionsGetCollectionFilterStateItem] | Unset):
        filter_app (list[str]):
        fields_review_submissions (list[ReviewSubmissionsGetCollectionFieldsReviewSubmissionsItem]
            | Unset):
        fields_apps (list[ReviewSubmissionsGetCollectionFieldsAppsItem] | Unset):
        fields_review_submission_items
            (list[ReviewSubmissionsGetCollectionFieldsReviewSubmissionItemsItem] | Unset):
        fields_app_store_versions (list[ReviewSubmissionsGetCollectionFieldsAppStoreVersionsItem]
            | Unset):
        fields_actors (list[ReviewSubmissionsGetCollectionFieldsActorsItem] | Unset):
        limit (int | Unset):
        include (list[ReviewSubmissionsGetCollectionIncludeItem] | Unset):
        limit_items (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReviewSubmissionsResponse

    """

    return sync_detailed(
        client=client,
        filter_platform=filter_platform,
        filter_state=filter_state,
        filter_app=filter_app,
        fields_review_submissions=fields_review_submissions,
        fields_apps=fields_apps,
        fields_review_submission_items=fields_review_submission_items,
        fields_app_store_versions=fields_app_store_versions,
        fields_actors=fields_actors,
        limit=limit,
        include=include,
        limit_items=limit_items,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[ReviewSubmissionsGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_state: list[ReviewSubmissionsGetCollectionFilterStateItem] | Unset = UNSET,
    filter_app: list[str],
    fields_review_submissions: list[ReviewSubmissionsGetCollectionFieldsReviewSubmissionsItem]
    | Unset = UNSET,
    fields_apps: list[ReviewSubmissionsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_review_submission_items: list[ReviewSubmissionsGetCollectionFieldsReviewSubmissionItemsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[ReviewSubmissionsGetCollectionFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_actors: list[ReviewSubmissionsGetCollectionFieldsActorsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[ReviewSubmissionsGetCollectionIncludeItem] | Unset = UNSET,
    limit_items: int | Unset = UNSET,
) -> Response[ErrorResponse | ReviewSubmissionsResponse]:
    """``GET /v1/reviewSubmissions`` (reviewSubmissions_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions


    Args:
        filter_platform (list[ReviewSubmissionsGetCollectionFilterPlatformItem] | Unset):
        filter_state (list[ReviewSubmissionsGetCollectionFilterStateItem] | Unset):
        filter_app (list[str]):
        fields_review_submissions (list[ReviewSubmissionsGetCollectionFieldsReviewSubmissionsItem]
            | Unset):
        fields_apps (list[ReviewSubmissionsGetCollectionFieldsAppsItem] | Unset):
        fields_review_submission_items
            (list[ReviewSubmissionsGetCollectionFieldsReviewSubmissionItemsItem] | Unset):
        fields_app_store_versions (list[ReviewSubmissionsGetCollectionFieldsAppStoreVersionsItem]
            | Unset):
        fields_actors (list[ReviewSubmissionsGetCollectionFieldsActorsItem] | Unset):
        limit (int | Unset):
        include (list[ReviewSubmissionsGetCollectionIncludeItem] | Unset):
        limit_items (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReviewSubmissionsResponse]

    """

    kwargs = _get_kwargs(
        filter_platform=filter_platform,
        filter_state=filter_state,
        filter_app=filter_app,
        fields_review_submissions=fields_review_submissions,
        fields_apps=fields_apps,
        fields_review_submission_items=fields_review_submission_items,
        fields_app_store_versions=fields_app_store_versions,
        fields_actors=fields_actors,
        limit=limit,
        include=include,
        limit_items=limit_items,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[ReviewSubmissionsGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_state: list[ReviewSubmissionsGetCollectionFilterStateItem] | Unset = UNSET,
    filter_app: list[str],
    fields_review_submissions: list[ReviewSubmissionsGetCollectionFieldsReviewSubmissionsItem]
    | Unset = UNSET,
    fields_apps: list[ReviewSubmissionsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_review_submission_items: list[ReviewSubmissionsGetCollectionFieldsReviewSubmissionItemsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[ReviewSubmissionsGetCollectionFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_actors: list[ReviewSubmissionsGetCollectionFieldsActorsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[ReviewSubmissionsGetCollectionIncludeItem] | Unset = UNSET,
    limit_items: int | Unset = UNSET,
) -> ErrorResponse | ReviewSubmissionsResponse | None:
    """``GET /v1/reviewSubmissions`` (reviewSubmissions_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions


    Args:
        filter_platform (list[ReviewSubmissionsGetCollectionFilterPlatformItem] | Unset):
        filter_state (list[ReviewSubmissionsGetCollectionFilterStateItem] | Unset):
        filter_app (list[str]):
        fields_review_submissions (list[ReviewSubmissionsGetCollectionFieldsReviewSubmissionsItem]
            | Unset):
        fields_apps (list[ReviewSubmissionsGetCollectionFieldsAppsItem] | Unset):
        fields_review_submission_items
            (list[ReviewSubmissionsGetCollectionFieldsReviewSubmissionItemsItem] | Unset):
        fields_app_store_versions (list[ReviewSubmissionsGetCollectionFieldsAppStoreVersionsItem]
            | Unset):
        fields_actors (list[ReviewSubmissionsGetCollectionFieldsActorsItem] | Unset):
        limit (int | Unset):
        include (list[ReviewSubmissionsGetCollectionIncludeItem] | Unset):
        limit_items (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReviewSubmissionsResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_platform=filter_platform,
            filter_state=filter_state,
            filter_app=filter_app,
            fields_review_submissions=fields_review_submissions,
            fields_apps=fields_apps,
            fields_review_submission_items=fields_review_submission_items,
            fields_app_store_versions=fields_app_store_versions,
            fields_actors=fields_actors,
            limit=limit,
            include=include,
            limit_items=limit_items,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[ReviewSubmissionsResponse] = ReviewSubmissionsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.review_submission import ReviewSubmission

ITEM_TYPE: type[ReviewSubmission] = ReviewSubmission
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | ReviewSubmissionsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
