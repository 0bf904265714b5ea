from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.beta_app_review_details_get_collection_fields_apps_item import (
        BetaAppReviewDetailsGetCollectionFieldsAppsItem,
    )
    from ...models.beta_app_review_details_get_collection_fields_beta_app_review_details_item import (
        BetaAppReviewDetailsGetCollectionFieldsBetaAppReviewDetailsItem,
    )
    from ...models.beta_app_review_details_get_collection_include_item import (
        BetaAppReviewDetailsGetCollectionIncludeItem,
    )

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.beta_app_review_details_response import BetaAppReviewDetailsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_app: list[str],
    fields_beta_app_review_details: list[BetaAppReviewDetailsGetCollectionFieldsBetaAppReviewDetailsItem]
    | Unset = UNSET,
    fields_apps: list[BetaAppReviewDetailsGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaAppReviewDetailsGetCollectionIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[app]", "filter_app", filter_app, str)
    _params.query_list(
        params,
        "fields[betaAppReviewDetails]",
        "fields_beta_app_review_details",
        fields_beta_app_review_details,
        "BetaAppReviewDetailsGetCollectionFieldsBetaAppReviewDetailsItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "BetaAppReviewDetailsGetCollectionFieldsAppsItem"
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "BetaAppReviewDetailsGetCollectionIncludeItem")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/betaAppReviewDetails",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BetaAppReviewDetailsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BetaAppReviewDetailsResponse.from_dict(response.json())

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
) -> Response[BetaAppReviewDetailsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_app: list[str],
    fields_beta_app_review_details: list[BetaAppReviewDetailsGetCollectionFieldsBetaAppReviewDetailsItem]
    | Unset = UNSET,
    fields_apps: list[BetaAppReviewDetailsGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaAppReviewDetailsGetCollectionIncludeItem] | Unset = UNSET,
) -> Response[BetaAppReviewDetailsResponse | ErrorResponse]:
    """``GET /v1/betaAppReviewDetails`` (betaAppReviewDetails_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails


    Args:
        filter_app (list[str]):
        fields_beta_app_review_details
            (list[BetaAppReviewDetailsGetCollectionFieldsBetaAppReviewDetailsItem] | Unset):
        fields_apps (list[BetaAppReviewDetailsGetCollectionFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[BetaAppReviewDetailsGetCollectionIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaAppReviewDetailsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_app=filter_app,
        fields_beta_app_review_details=fields_beta_app_review_details,
        fields_apps=fields_apps,
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
    filter_app: list[str],
    fields_beta_app_review_details: list[BetaAppReviewDetailsGetCollectionFieldsBetaAppReviewDetailsItem]
    | Unset = UNSET,
    fields_apps: list[BetaAppReviewDetailsGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaAppReviewDetailsGetCollectionIncludeItem] | Unset = UNSET,
) -> BetaAppReviewDetailsResponse | ErrorResponse | None:
    """``GET /v1/betaAppReviewDetails`` (betaAppReviewDetails_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails


    Args:
        filter_app (list[str]):
        fields_beta_app_review_details
            (list[BetaAppReviewDetailsGetCollectionFieldsBetaAppReviewDetailsItem] | Unset):
        fields_apps (list[BetaAppReviewDetailsGetCollectionFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[BetaAppReviewDetailsGetCollectionIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaAppReviewDetailsResponse | ErrorResponse

    """

    return sync_detailed(
        client=client,
        filter_app=filter_app,
        fields_beta_app_review_details=fields_beta_app_review_details,
        fields_apps=fields_apps,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_app: list[str],
    fields_beta_app_review_details: list[BetaAppReviewDetailsGetCollectionFieldsBetaAppReviewDetailsItem]
    | Unset = UNSET,
    fields_apps: list[BetaAppReviewDetailsGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaAppReviewDetailsGetCollectionIncludeItem] | Unset = UNSET,
) -> Response[BetaAppReviewDetailsResponse | ErrorResponse]:
    """``GET /v1/betaAppReviewDetails`` (betaAppReviewDetails_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails


    Args:
        filter_app (list[str]):
        fields_beta_app_review_details
            (list[BetaAppReviewDetailsGetCollectionFieldsBetaAppReviewDetailsItem] | Unset):
        fields_apps (list[BetaAppReviewDetailsGetCollectionFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[BetaAppReviewDetailsGetCollectionIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaAppReviewDetailsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_app=filter_app,
        fields_beta_app_review_details=fields_beta_app_review_details,
        fields_apps=fields_apps,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_app: list[str],
    fields_beta_app_review_details: list[BetaAppReviewDetailsGetCollectionFieldsBetaAppReviewDetailsItem]
    | Unset = UNSET,
    fields_apps: list[BetaAppReviewDetailsGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaAppReviewDetailsGetCollectionIncludeItem] | Unset = UNSET,
) -> BetaAppReviewDetailsResponse | ErrorResponse | None:
    """``GET /v1/betaAppReviewDetails`` (betaAppReviewDetails_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails


    Args:
        filter_app (list[str]):
        fields_beta_app_review_details
            (list[BetaAppReviewDetailsGetCollectionFieldsBetaAppReviewDetailsItem] | Unset):
        fields_apps (list[BetaAppReviewDetailsGetCollectionFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[BetaAppReviewDetailsGetCollectionIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaAppReviewDetailsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_app=filter_app,
            fields_beta_app_review_details=fields_beta_app_review_details,
            fields_apps=fields_apps,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[BetaAppReviewDetailsResponse] = BetaAppReviewDetailsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.beta_app_review_detail import BetaAppReviewDetail

ITEM_TYPE: type[BetaAppReviewDetail] = BetaAppReviewDetail
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[BetaAppReviewDetailsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
