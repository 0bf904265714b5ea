from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_review_submissions_get_to_many_related_fields_actors_item import (
        AppsReviewSubmissionsGetToManyRelatedFieldsActorsItem,
    )
    from ...models.apps_review_submissions_get_to_many_related_fields_app_store_versions_item import (
        AppsReviewSubmissionsGetToManyRelatedFieldsAppStoreVersionsItem,
    )
    from ...models.apps_review_submissions_get_to_many_related_fields_apps_item import (
        AppsReviewSubmissionsGetToManyRelatedFieldsAppsItem,
    )
    from ...models.apps_review_submissions_get_to_many_related_fields_review_submission_items_item import (
        AppsReviewSubmissionsGetToManyRelatedFieldsReviewSubmissionItemsItem,
    )
    from ...models.apps_review_submissions_get_to_many_related_fields_review_submissions_item import (
        AppsReviewSubmissionsGetToManyRelatedFieldsReviewSubmissionsItem,
    )
    from ...models.apps_review_submissions_get_to_many_related_filter_platform_item import (
        AppsReviewSubmissionsGetToManyRelatedFilterPlatformItem,
    )
    from ...models.apps_review_submissions_get_to_many_related_filter_state_item import (
        AppsReviewSubmissionsGetToManyRelatedFilterStateItem,
    )
    from ...models.apps_review_submissions_get_to_many_related_include_item import (
        AppsReviewSubmissionsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.review_submissions_response import ReviewSubmissionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_platform: list[AppsReviewSubmissionsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_state: list[AppsReviewSubmissionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_review_submissions: list[AppsReviewSubmissionsGetToManyRelatedFieldsReviewSubmissionsItem]
    | Unset = UNSET,
    fields_apps: list[AppsReviewSubmissionsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_review_submission_items: list[AppsReviewSubmissionsGetToManyRelatedFieldsReviewSubmissionItemsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[AppsReviewSubmissionsGetToManyRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_actors: list[AppsReviewSubmissionsGetToManyRelatedFieldsActorsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsReviewSubmissionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_items: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[platform]",
        "filter_platform",
        filter_platform,
        "AppsReviewSubmissionsGetToManyRelatedFilterPlatformItem",
    )
    _params.query_list(
        params,
        "filter[state]",
        "filter_state",
        filter_state,
        "AppsReviewSubmissionsGetToManyRelatedFilterStateItem",
    )
    _params.query_list(
        params,
        "fields[reviewSubmissions]",
        "fields_review_submissions",
        fields_review_submissions,
        "AppsReviewSubmissionsGetToManyRelatedFieldsReviewSubmissionsItem",
    )
    _params.query_list(
        params,
        "fields[apps]",
        "fields_apps",
        fields_apps,
        "AppsReviewSubmissionsGetToManyRelatedFieldsAppsItem",
    )
    _params.query_list(
        params,
        "fields[reviewSubmissionItems]",
        "fields_review_submission_items",
        fields_review_submission_items,
        "AppsReviewSubmissionsGetToManyRelatedFieldsReviewSubmissionItemsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersions]",
        "fields_app_store_versions",
        fields_app_store_versions,
        "AppsReviewSubmissionsGetToManyRelatedFieldsAppStoreVersionsItem",
    )
    _params.query_list(
        params,
        "fields[actors]",
        "fields_actors",
        fields_actors,
        "AppsReviewSubmissionsGetToManyRelatedFieldsActorsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "AppsReviewSubmissionsGetToManyRelatedIncludeItem"
    )
    _params.query_value(params, "limit[items]", "limit_items", limit_items, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/reviewSubmissions".format(
            id=quote(str(id), safe=""),
        ),
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
) -> Response[ErrorResponse | ReviewSubmissionsResponse]:
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
    filter_platform: list[AppsReviewSubmissionsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_state: list[AppsReviewSubmissionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_review_submissions: list[AppsReviewSubmissionsGetToManyRelatedFieldsReviewSubmissionsItem]
    | Unset = UNSET,
    fields_apps: list[AppsReviewSubmissionsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_review_submission_items: list[AppsReviewSubmissionsGetToManyRelatedFieldsReviewSubmissionItemsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[AppsReviewSubmissionsGetToManyRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_actors: list[AppsReviewSubmissionsGetToManyRelatedFieldsActorsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsReviewSubmissionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_items: int | Unset = UNSET,
) -> Response[ErrorResponse | ReviewSubmissionsResponse]:
    """``GET /v1/apps/{id}/reviewSubmissions`` (apps_reviewSubmissions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-reviewsubmissions


    Args:
        id (str):
        filter_platform (list[AppsReviewSubmissionsGetToManyRelatedFilterPlatformItem] | Unset):
        filter_state (list[AppsReviewSubmissionsGetToManyRelatedFilterStateItem] | Unset):
        fields_review_submissions
            (list[AppsReviewSubmissionsGetToManyRelatedFieldsReviewSubmissionsItem] | Unset):
        fields_apps (list[AppsReviewSubmissionsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_review_submission_items
            (list[AppsReviewSubmissionsGetToManyRelatedFieldsReviewSubmissionItemsItem] | Unset):
        fields_app_store_versions
            (list[AppsReviewSubmissionsGetToManyRelatedFieldsAppStoreVersionsItem] | Unset):
        fields_actors (list[AppsReviewSubmissionsGetToManyRelatedFieldsActorsItem] | Unset):
        limit (int | Unset):
        include (list[AppsReviewSubmissionsGetToManyRelatedIncludeItem] | Unset):
        limit_items (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReviewSubmissionsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_platform=filter_platform,
        filter_state=filter_state,
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[AppsReviewSubmissionsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_state: list[AppsReviewSubmissionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_review_submissions: list[AppsReviewSubmissionsGetToManyRelatedFieldsReviewSubmissionsItem]
    | Unset = UNSET,
    fields_apps: list[AppsReviewSubmissionsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_review_submission_items: list[AppsReviewSubmissionsGetToManyRelatedFieldsReviewSubmissionItemsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[AppsReviewSubmissionsGetToManyRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_actors: list[AppsReviewSubmissionsGetToManyRelatedFieldsActorsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsReviewSubmissionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_items: int | Unset = UNSET,
) -> ErrorResponse | ReviewSubmissionsResponse | None:
    """``GET /v1/apps/{id}/reviewSubmissions`` (apps_reviewSubmissions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-reviewsubmissions


    Args:
        id (str):
        filter_platform (list[AppsReviewSubmissionsGetToManyRelatedFilterPlatformItem] | Unset):
        filter_state (list[AppsReviewSubmissionsGetToManyRelatedFilterStateItem] | Unset):
        fields_review_submissions
            (list[AppsReviewSubmissionsGetToManyRelatedFieldsReviewSubmissionsItem] | Unset):
        fields_apps (list[AppsReviewSubmissionsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_review_submission_items
            (list[AppsReviewSubmissionsGetToManyRelatedFieldsReviewSubmissionItemsItem] | Unset):
        fields_app_store_versions
            (list[AppsReviewSubmissionsGetToManyRelatedFieldsAppStoreVersionsItem] | Unset):
        fields_actors (list[AppsReviewSubmissionsGetToManyRelatedFieldsActorsItem] | Unset):
        limit (int | Unset):
        include (list[AppsReviewSubmissionsGetToManyRelatedIncludeItem] | Unset):
        limit_items (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReviewSubmissionsResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_platform=filter_platform,
        filter_state=filter_state,
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[AppsReviewSubmissionsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_state: list[AppsReviewSubmissionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_review_submissions: list[AppsReviewSubmissionsGetToManyRelatedFieldsReviewSubmissionsItem]
    | Unset = UNSET,
    fields_apps: list[AppsReviewSubmissionsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_review_submission_items: list[AppsReviewSubmissionsGetToManyRelatedFieldsReviewSubmissionItemsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[AppsReviewSubmissionsGetToManyRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_actors: list[AppsReviewSubmissionsGetToManyRelatedFieldsActorsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsReviewSubmissionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_items: int | Unset = UNSET,
) -> Response[ErrorResponse | ReviewSubmissionsResponse]:
    """``GET /v1/apps/{id}/reviewSubmissions`` (apps_reviewSubmissions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-reviewsubmissions


    Args:
        id (str):
        filter_platform (list[AppsReviewSubmissionsGetToManyRelatedFilterPlatformItem] | Unset):
        filter_state (list[AppsReviewSubmissionsGetToManyRelatedFilterStateItem] | Unset):
        fields_review_submissions
            (list[AppsReviewSubmissionsGetToManyRelatedFieldsReviewSubmissionsItem] | Unset):
        fields_apps (list[AppsReviewSubmissionsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_review_submission_items
            (list[AppsReviewSubmissionsGetToManyRelatedFieldsReviewSubmissionItemsItem] | Unset):
        fields_app_store_versions
            (list[AppsReviewSubmissionsGetToManyRelatedFieldsAppStoreVersionsItem] | Unset):
        fields_actors (list[AppsReviewSubmissionsGetToManyRelatedFieldsActorsItem] | Unset):
        limit (int | Unset):
        include (list[AppsReviewSubmissionsGetToManyRelatedIncludeItem] | Unset):
        limit_items (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReviewSubmissionsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_platform=filter_platform,
        filter_state=filter_state,
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[AppsReviewSubmissionsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_state: list[AppsReviewSubmissionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_review_submissions: list[AppsReviewSubmissionsGetToManyRelatedFieldsReviewSubmissionsItem]
    | Unset = UNSET,
    fields_apps: list[AppsReviewSubmissionsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_review_submission_items: list[AppsReviewSubmissionsGetToManyRelatedFieldsReviewSubmissionItemsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[AppsReviewSubmissionsGetToManyRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_actors: list[AppsReviewSubmissionsGetToManyRelatedFieldsActorsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsReviewSubmissionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_items: int | Unset = UNSET,
) -> ErrorResponse | ReviewSubmissionsResponse | None:
    """``GET /v1/apps/{id}/reviewSubmissions`` (apps_reviewSubmissions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-reviewsubmissions


    Args:
        id (str):
        filter_platform (list[AppsReviewSubmissionsGetToManyRelatedFilterPlatformItem] | Unset):
        filter_state (list[AppsReviewSubmissionsGetToManyRelatedFilterStateItem] | Unset):
        fields_review_submissions
            (list[AppsReviewSubmissionsGetToManyRelatedFieldsReviewSubmissionsItem] | Unset):
        fields_apps (list[AppsReviewSubmissionsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_review_submission_items
            (list[AppsReviewSubmissionsGetToManyRelatedFieldsReviewSubmissionItemsItem] | Unset):
        fields_app_store_versions
            (list[AppsReviewSubmissionsGetToManyRelatedFieldsAppStoreVersionsItem] | Unset):
        fields_actors (list[AppsReviewSubmissionsGetToManyRelatedFieldsActorsItem] | Unset):
        limit (int | Unset):
        include (list[AppsReviewSubmissionsGetToManyRelatedIncludeItem] | Unset):
        limit_items (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReviewSubmissionsResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_platform=filter_platform,
            filter_state=filter_state,
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
