from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.beta_app_review_submissions_get_collection_fields_beta_app_review_submissions_item import (
        BetaAppReviewSubmissionsGetCollectionFieldsBetaAppReviewSubmissionsItem,
    )
    from ...models.beta_app_review_submissions_get_collection_fields_builds_item import (
        BetaAppReviewSubmissionsGetCollectionFieldsBuildsItem,
    )
    from ...models.beta_app_review_submissions_get_collection_filter_beta_review_state_item import (
        BetaAppReviewSubmissionsGetCollectionFilterBetaReviewStateItem,
    )
    from ...models.beta_app_review_submissions_get_collection_include_item import (
        BetaAppReviewSubmissionsGetCollectionIncludeItem,
    )

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.beta_app_review_submissions_response import BetaAppReviewSubmissionsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_beta_review_state: list[BetaAppReviewSubmissionsGetCollectionFilterBetaReviewStateItem]
    | Unset = UNSET,
    filter_build: list[str],
    fields_beta_app_review_submissions: list[
        BetaAppReviewSubmissionsGetCollectionFieldsBetaAppReviewSubmissionsItem
    ]
    | Unset = UNSET,
    fields_builds: list[BetaAppReviewSubmissionsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaAppReviewSubmissionsGetCollectionIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[betaReviewState]",
        "filter_beta_review_state",
        filter_beta_review_state,
        "BetaAppReviewSubmissionsGetCollectionFilterBetaReviewStateItem",
    )
    _params.query_list(params, "filter[build]", "filter_build", filter_build, str)
    _params.query_list(
        params,
        "fields[betaAppReviewSubmissions]",
        "fields_beta_app_review_submissions",
        fields_beta_app_review_submissions,
        "BetaAppReviewSubmissionsGetCollectionFieldsBetaAppReviewSubmissionsItem",
    )
    _params.query_list(
        params,
        "fields[builds]",
        "fields_builds",
        fields_builds,
        "BetaAppReviewSubmissionsGetCollectionFieldsBuildsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "BetaAppReviewSubmissionsGetCollectionIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/betaAppReviewSubmissions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BetaAppReviewSubmissionsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BetaAppReviewSubmissionsResponse.from_dict(response.json())

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
) -> Response[BetaAppReviewSubmissionsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_beta_review_state: list[BetaAppReviewSubmissionsGetCollectionFilterBetaReviewStateItem]
    | Unset = UNSET,
    filter_build: list[str],
    fields_beta_app_review_submissions: list[
        BetaAppReviewSubmissionsGetCollectionFieldsBetaAppReviewSubmissionsItem
    ]
    | Unset = UNSET,
    fields_builds: list[BetaAppReviewSubmissionsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaAppReviewSubmissionsGetCollectionIncludeItem] | Unset = UNSET,
) -> Response[BetaAppReviewSubmissionsResponse | ErrorResponse]:
    """``GET /v1/betaAppReviewSubmissions`` (betaAppReviewSubmissions_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewsubmissions


    Args:
        filter_beta_review_state
            (list[BetaAppReviewSubmissionsGetCollectionFilterBetaReviewStateItem] | Unset):
        filter_build (list[str]):
        fields_beta_app_review_submissions
            (list[BetaAppReviewSubmissionsGetCollectionFieldsBetaAppReviewSubmissionsItem] | Unset):
        fields_builds (list[BetaAppReviewSubmissionsGetCollectionFieldsBuildsItem] | Unset):
        limit (int | Unset):
        include (list[BetaAppReviewSubmissionsGetCollectionIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaAppReviewSubmissionsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_beta_review_state=filter_beta_review_state,
        filter_build=filter_build,
        fields_beta_app_review_submissions=fields_beta_app_review_submissions,
        fields_builds=fields_builds,
        limit=limit,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_beta_review_state: list[BetaAppReviewSubmissionsGetCollectionFilterBetaReviewStateItem]
    | Unset = UNSET,
    filter_build: list[str],
    fields_beta_app_review_submissions: list[
        BetaAppReviewSubmissionsGetCollectionFieldsBetaAppReviewSubmissionsItem
    ]
    | Unset = UNSET,
    fields_builds: list[BetaAppReviewSubmissionsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaAppReviewSubmissionsGetCollectionIncludeItem] | Unset = UNSET,
) -> BetaAppReviewSubmissionsResponse | ErrorResponse | None:
    """``GET /v1/betaAppReviewSubmissions`` (betaAppReviewSubmissions_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewsubmissions


    Args:
        filter_beta_review_state
            (list[BetaAppReviewSubmissionsGetCollectionFilterBetaReviewStateItem] | Unset):
        filter_build (list[str]):
        fields_beta_app_review_submissions
            (list[BetaAppReviewSubmissionsGetCollectionFieldsBetaAppReviewSubmissionsItem] | Unset):
        fields_builds (list[BetaAppReviewSubmissionsGetCollectionFieldsBuildsItem] | Unset):
        limit (int | Unset):
        include (list[BetaAppReviewSubmissionsGetCollectionIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaAppReviewSubmissionsResponse | ErrorResponse

    """

    return sync_detailed(
        client=client,
        filter_beta_review_state=filter_beta_review_state,
        filter_build=filter_build,
        fields_beta_app_review_submissions=fields_beta_app_review_submissions,
        fields_builds=fields_builds,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_beta_review_state: list[BetaAppReviewSubmissionsGetCollectionFilterBetaReviewStateItem]
    | Unset = UNSET,
    filter_build: list[str],
    fields_beta_app_review_submissions: list[
        BetaAppReviewSubmissionsGetCollectionFieldsBetaAppReviewSubmissionsItem
    ]
    | Unset = UNSET,
    fields_builds: list[BetaAppReviewSubmissionsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaAppReviewSubmissionsGetCollectionIncludeItem] | Unset = UNSET,
) -> Response[BetaAppReviewSubmissionsResponse | ErrorResponse]:
    """``GET /v1/betaAppReviewSubmissions`` (betaAppReviewSubmissions_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewsubmissions


    Args:
        filter_beta_review_state
            (list[BetaAppReviewSubmissionsGetCollectionFilterBetaReviewStateItem] | Unset):
        filter_build (list[str]):
        fields_beta_app_review_submissions
            (list[BetaAppReviewSubmissionsGetCollectionFieldsBetaAppReviewSubmissionsItem] | Unset):
        fields_builds (list[BetaAppReviewSubmissionsGetCollectionFieldsBuildsItem] | Unset):
        limit (int | Unset):
        include (list[BetaAppReviewSubmissionsGetCollectionIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaAppReviewSubmissionsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_beta_review_state=filter_beta_review_state,
        filter_build=filter_build,
        fields_beta_app_review_submissions=fields_beta_app_review_submissions,
        fields_builds=fields_builds,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_beta_review_state: list[BetaAppReviewSubmissionsGetCollectionFilterBetaReviewStateItem]
    | Unset = UNSET,
    filter_build: list[str],
    fields_beta_app_review_submissions: list[
        BetaAppReviewSubmissionsGetCollectionFieldsBetaAppReviewSubmissionsItem
    ]
    | Unset = UNSET,
    fields_builds: list[BetaAppReviewSubmissionsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaAppReviewSubmissionsGetCollectionIncludeItem] | Unset = UNSET,
) -> BetaAppReviewSubmissionsResponse | ErrorResponse | None:
    """``GET /v1/betaAppReviewSubmissions`` (betaAppReviewSubmissions_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewsubmissions


    Args:
        filter_beta_review_state
            (list[BetaAppReviewSubmissionsGetCollectionFilterBetaReviewStateItem] | Unset):
        filter_build (list[str]):
        fields_beta_app_review_submissions
            (list[BetaAppReviewSubmissionsGetCollectionFieldsBetaAppReviewSubmissionsItem] | Unset):
        fields_builds (list[BetaAppReviewSubmissionsGetCollectionFieldsBuildsItem] | Unset):
        limit (int | Unset):
        include (list[BetaAppReviewSubmissionsGetCollectionIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaAppReviewSubmissionsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_beta_review_state=filter_beta_review_state,
            filter_build=filter_build,
            fields_beta_app_review_submissions=fields_beta_app_review_submissions,
            fields_builds=fields_builds,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[BetaAppReviewSubmissionsResponse] = BetaAppReviewSubmissionsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.beta_app_review_submission import BetaAppReviewSubmission

ITEM_TYPE: type[BetaAppReviewSubmission] = BetaAppReviewSubmission
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[BetaAppReviewSubmissionsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
