from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.review_submissions_get_instance_fields_actors_item import (
        ReviewSubmissionsGetInstanceFieldsActorsItem,
    )
    from ...models.review_submissions_get_instance_fields_app_store_versions_item import (
        ReviewSubmissionsGetInstanceFieldsAppStoreVersionsItem,
    )
    from ...models.review_submissions_get_instance_fields_apps_item import (
        ReviewSubmissionsGetInstanceFieldsAppsItem,
    )
    from ...models.review_submissions_get_instance_fields_review_submission_items_item import (
        ReviewSubmissionsGetInstanceFieldsReviewSubmissionItemsItem,
    )
    from ...models.review_submissions_get_instance_fields_review_submissions_item import (
        ReviewSubmissionsGetInstanceFieldsReviewSubmissionsItem,
    )
    from ...models.review_submissions_get_instance_include_item import ReviewSubmissionsGetInstanceIncludeItem

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.review_submission_response import ReviewSubmissionResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_review_submissions: list[ReviewSubmissionsGetInstanceFieldsReviewSubmissionsItem] | Unset = UNSET,
    fields_apps: list[ReviewSubmissionsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_review_submission_items: list[ReviewSubmissionsGetInstanceFieldsReviewSubmissionItemsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[ReviewSubmissionsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_actors: list[ReviewSubmissionsGetInstanceFieldsActorsItem] | Unset = UNSET,
    include: list[ReviewSubmissionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_items: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[reviewSubmissions]",
        "fields_review_submissions",
        fields_review_submissions,
        "ReviewSubmissionsGetInstanceFieldsReviewSubmissionsItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "ReviewSubmissionsGetInstanceFieldsAppsItem"
    )
    _params.query_list(
        params,
        "fields[reviewSubmissionItems]",
        "fields_review_submission_items",
        fields_review_submission_items,
        "ReviewSubmissionsGetInstanceFieldsReviewSubmissionItemsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersions]",
        "fields_app_store_versions",
        fields_app_store_versions,
        "ReviewSubmissionsGetInstanceFieldsAppStoreVersionsItem",
    )
    _params.query_list(
        params,
        "fields[actors]",
        "fields_actors",
        fields_actors,
        "ReviewSubmissionsGetInstanceFieldsActorsItem",
    )
    _params.query_list(params, "include", "include", include, "ReviewSubmissionsGetInstanceIncludeItem")
    _params.query_value(params, "limit[items]", "limit_items", limit_items, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/reviewSubmissions/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ReviewSubmissionResponse | None:
    if response.status_code == 200:
        response_200 = ReviewSubmissionResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ReviewSubmissionResponse]:
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
    fields_review_submissions: list[ReviewSubmissionsGetInstanceFieldsReviewSubmissionsItem] | Unset = UNSET,
    fields_apps: list[ReviewSubmissionsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_review_submission_items: list[ReviewSubmissionsGetInstanceFieldsReviewSubmissionItemsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[ReviewSubmissionsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_actors: list[ReviewSubmissionsGetInstanceFieldsActorsItem] | Unset = UNSET,
    include: list[ReviewSubmissionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_items: int | Unset = UNSET,
) -> Response[ErrorResponse | ReviewSubmissionResponse]:
    """``GET /v1/reviewSubmissions/{id}`` (reviewSubmissions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions-_id_


    Args:
        id (str):
        fields_review_submissions (list[ReviewSubmissionsGetInstanceFieldsReviewSubmissionsItem] |
            Unset):
        fields_apps (list[ReviewSubmissionsGetInstanceFieldsAppsItem] | Unset):
        fields_review_submission_items
            (list[ReviewSubmissionsGetInstanceFieldsReviewSubmissionItemsItem] | Unset):
        fields_app_store_versions (list[ReviewSubmissionsGetInstanceFieldsAppStoreVersionsItem] |
            Unset):
        fields_actors (list[ReviewSubmissionsGetInstanceFieldsActorsItem] | Unset):
        include (list[ReviewSubmissionsGetInstanceIncludeItem] | Unset):
        limit_items (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReviewSubmissionResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_review_submissions=fields_review_submissions,
        fields_apps=fields_apps,
        fields_review_submission_items=fields_review_submission_items,
        fields_app_store_versions=fields_app_store_versions,
        fields_actors=fields_actors,
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
    fields_review_submissions: list[ReviewSubmissionsGetInstanceFieldsReviewSubmissionsItem] | Unset = UNSET,
    fields_apps: list[ReviewSubmissionsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_review_submission_items: list[ReviewSubmissionsGetInstanceFieldsReviewSubmissionItemsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[ReviewSubmissionsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_actors: list[ReviewSubmissionsGetInstanceFieldsActorsItem] | Unset = UNSET,
    include: list[ReviewSubmissionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_items: int | Unset = UNSET,
) -> ErrorResponse | ReviewSubmissionResponse | None:
    """``GET /v1/reviewSubmissions/{id}`` (reviewSubmissions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions-_id_


    Args:
        id (str):
        fields_review_submissions (list[ReviewSubmissionsGetInstanceFieldsReviewSubmissionsItem] |
            Unset):
        fields_apps (list[ReviewSubmissionsGetInstanceFieldsAppsItem] | Unset):
        fields_review_submission_items
            (list[ReviewSubmissionsGetInstanceFieldsReviewSubmissionItemsItem] | Unset):
        fields_app_store_versions (list[ReviewSubmissionsGetInstanceFieldsAppStoreVersionsItem] |
            Unset):
        fields_actors (list[ReviewSubmissionsGetInstanceFieldsActorsItem] | Unset):
        include (list[ReviewSubmissionsGetInstanceIncludeItem] | Unset):
        limit_items (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReviewSubmissionResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_review_submissions=fields_review_submissions,
        fields_apps=fields_apps,
        fields_review_submission_items=fields_review_submission_items,
        fields_app_store_versions=fields_app_store_versions,
        fields_actors=fields_actors,
        include=include,
        limit_items=limit_items,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_review_submissions: list[ReviewSubmissionsGetInstanceFieldsReviewSubmissionsItem] | Unset = UNSET,
    fields_apps: list[ReviewSubmissionsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_review_submission_items: list[ReviewSubmissionsGetInstanceFieldsReviewSubmissionItemsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[ReviewSubmissionsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_actors: list[ReviewSubmissionsGetInstanceFieldsActorsItem] | Unset = UNSET,
    include: list[ReviewSubmissionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_items: int | Unset = UNSET,
) -> Response[ErrorResponse | ReviewSubmissionResponse]:
    """``GET /v1/reviewSubmissions/{id}`` (reviewSubmissions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions-_id_


    Args:
        id (str):
        fields_review_submissions (list[ReviewSubmissionsGetInstanceFieldsReviewSubmissionsItem] |
            Unset):
        fields_apps (list[ReviewSubmissionsGetInstanceFieldsAppsItem] | Unset):
        fields_review_submission_items
            (list[ReviewSubmissionsGetInstanceFieldsReviewSubmissionItemsItem] | Unset):
        fields_app_store_versions (list[ReviewSubmissionsGetInstanceFieldsAppStoreVersionsItem] |
            Unset):
        fields_actors (list[ReviewSubmissionsGetInstanceFieldsActorsItem] | Unset):
        include (list[ReviewSubmissionsGetInstanceIncludeItem] | Unset):
        limit_items (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReviewSubmissionResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_review_submissions=fields_review_submissions,
        fields_apps=fields_apps,
        fields_review_submission_items=fields_review_submission_items,
        fields_app_store_versions=fields_app_store_versions,
        fields_actors=fields_actors,
        include=include,
        limit_items=limit_items,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_review_submissions: list[ReviewSubmissionsGetInstanceFieldsReviewSubmissionsItem] | Unset = UNSET,
    fields_apps: list[ReviewSubmissionsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_review_submission_items: list[ReviewSubmissionsGetInstanceFieldsReviewSubmissionItemsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[ReviewSubmissionsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_actors: list[ReviewSubmissionsGetInstanceFieldsActorsItem] | Unset = UNSET,
    include: list[ReviewSubmissionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_items: int | Unset = UNSET,
) -> ErrorResponse | ReviewSubmissionResponse | None:
    """``GET /v1/reviewSubmissions/{id}`` (reviewSubmissions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions-_id_


    Args:
        id (str):
        fields_review_submissions (list[ReviewSubmissionsGetInstanceFieldsReviewSubmissionsItem] |
            Unset):
        fields_apps (list[ReviewSubmissionsGetInstanceFieldsAppsItem] | Unset):
        fields_review_submission_items
            (list[ReviewSubmissionsGetInstanceFieldsReviewSubmissionItemsItem] | Unset):
        fields_app_store_versions (list[ReviewSubmissionsGetInstanceFieldsAppStoreVersionsItem] |
            Unset):
        fields_actors (list[ReviewSubmissionsGetInstanceFieldsActorsItem] | Unset):
        include (list[ReviewSubmissionsGetInstanceIncludeItem] | Unset):
        limit_items (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReviewSubmissionResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_review_submissions=fields_review_submissions,
            fields_apps=fields_apps,
            fields_review_submission_items=fields_review_submission_items,
            fields_app_store_versions=fields_app_store_versions,
            fields_actors=fields_actors,
            include=include,
            limit_items=limit_items,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[ReviewSubmissionResponse] = ReviewSubmissionResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | ReviewSubmissionResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
