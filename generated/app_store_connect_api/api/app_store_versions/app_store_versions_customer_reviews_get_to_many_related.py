from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_store_versions_customer_reviews_get_to_many_related_fields_customer_review_responses_item import (
        AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsCustomerReviewResponsesItem,
    )
    from ...models.app_store_versions_customer_reviews_get_to_many_related_fields_customer_reviews_item import (
        AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsCustomerReviewsItem,
    )
    from ...models.app_store_versions_customer_reviews_get_to_many_related_fields_territories_item import (
        AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsTerritoriesItem,
    )
    from ...models.app_store_versions_customer_reviews_get_to_many_related_filter_territory_item import (
        AppStoreVersionsCustomerReviewsGetToManyRelatedFilterTerritoryItem,
    )
    from ...models.app_store_versions_customer_reviews_get_to_many_related_include_item import (
        AppStoreVersionsCustomerReviewsGetToManyRelatedIncludeItem,
    )
    from ...models.app_store_versions_customer_reviews_get_to_many_related_sort_item import (
        AppStoreVersionsCustomerReviewsGetToManyRelatedSortItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_reviews_response import CustomerReviewsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_territory: list[AppStoreVersionsCustomerReviewsGetToManyRelatedFilterTerritoryItem]
    | Unset = UNSET,
    filter_rating: list[str] | Unset = UNSET,
    filter_review_territory: list[str] | Unset = UNSET,
    exists_published_response: bool | Unset = UNSET,
    sort: list[AppStoreVersionsCustomerReviewsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_customer_reviews: list[AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsCustomerReviewsItem]
    | Unset = UNSET,
    fields_customer_review_responses: list[
        AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsCustomerReviewResponsesItem
    ]
    | Unset = UNSET,
    fields_territories: list[AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionsCustomerReviewsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[territory]",
        "filter_territory",
        filter_territory,
        "AppStoreVersionsCustomerReviewsGetToManyRelatedFilterTerritoryItem",
    )
    _params.query_list(params, "filter[rating]", "filter_rating", filter_rating, str)
    _params.query_list(
        params, "filter[reviewTerritory]", "filter_review_territory", filter_review_territory, str
    )
    _params.query_value(
        params, "exists[publishedResponse]", "exists_published_response", exists_published_response, bool
    )
    _params.query_list(
        params, "sort", "sort", sort, "AppStoreVersionsCustomerReviewsGetToManyRelatedSortItem"
    )
    _params.query_list(
        params,
        "fields[customerReviews]",
        "fields_customer_reviews",
        fields_customer_reviews,
        "AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsCustomerReviewsItem",
    )
    _params.query_list(
        params,
        "fields[customerReviewResponses]",
        "fields_customer_review_responses",
        fields_customer_review_responses,
        "AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsCustomerReviewResponsesItem",
    )
    _params.query_list(
        params,
        "fields[territories]",
        "fields_territories",
        fields_territories,
        "AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsTerritoriesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "AppStoreVersionsCustomerReviewsGetToManyRelatedIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appStoreVersions/{id}/customerReviews".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerReviewsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CustomerReviewsResponse.from_dict(response.json())

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
) -> Response[CustomerReviewsResponse | ErrorResponse]:
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
    filter_territory: list[AppStoreVersionsCustomerReviewsGetToManyRelatedFilterTerritoryItem]
    | Unset = UNSET,
    filter_rating: list[str] | Unset = UNSET,
    filter_review_territory: list[str] | Unset = UNSET,
    exists_published_response: bool | Unset = UNSET,
    sort: list[AppStoreVersionsCustomerReviewsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_customer_reviews: list[AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsCustomerReviewsItem]
    | Unset = UNSET,
    fields_customer_review_responses: list[
        AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsCustomerReviewResponsesItem
    ]
    | Unset = UNSET,
    fields_territories: list[AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionsCustomerReviewsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[CustomerReviewsResponse | ErrorResponse]:
    """``GET /v1/appStoreVersions/{id}/customerReviews`` (appStoreVersions_customerReviews_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-customerreviews


    Args:
        id (str):
        filter_territory (list[AppStoreVersionsCustomerReviewsGetToManyRelatedFilterTerritoryItem]
            | Unset):
        filter_rating (list[str] | Unset):
        filter_review_territory (list[str] | Unset):
        exists_published_response (bool | Unset):
        sort (list[AppStoreVersionsCustomerReviewsGetToManyRelatedSortItem] | Unset):
        fields_customer_reviews
            (list[AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsCustomerReviewsItem] | Unset):
        fields_customer_review_responses
            (list[AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsCustomerReviewResponsesItem] |
            Unset):
        fields_territories
            (list[AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsTerritoriesItem] | Unset):
        limit (int | Unset):
        include (list[AppStoreVersionsCustomerReviewsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerReviewsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_territory=filter_territory,
        filter_rating=filter_rating,
        filter_review_territory=filter_review_territory,
        exists_published_response=exists_published_response,
        sort=sort,
        fields_customer_reviews=fields_customer_reviews,
        fields_customer_review_responses=fields_customer_review_responses,
        fields_territories=fields_territories,
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
    filter_territory: list[AppStoreVersionsCustomerReviewsGetToManyRelatedFilterTerritoryItem]
    | Unset = UNSET,
    filter_rating: list[str] | Unset = UNSET,
    filter_review_territory: list[str] | Unset = UNSET,
    exists_published_response: bool | Unset = UNSET,
    sort: list[AppStoreVersionsCustomerReviewsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_customer_reviews: list[AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsCustomerReviewsItem]
    | Unset = UNSET,
    fields_customer_review_responses: list[
        AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsCustomerReviewResponsesItem
    ]
    | Unset = UNSET,
    fields_territories: list[AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionsCustomerReviewsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> CustomerReviewsResponse | ErrorResponse | None:
    """``GET /v1/appStoreVersions/{id}/customerReviews`` (appStoreVersions_customerReviews_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-customerreviews


    Args:
        id (str):
        filter_territory (list[AppStoreVersionsCustomerReviewsGetToManyRelatedFilterTerritoryItem]
            | Unset):
        filter_rating (list[str] | Unset):
        filter_review_territory (list[str] | Unset):
        exists_published_response (bool | Unset):
        sort (list[AppStoreVersionsCustomerReviewsGetToManyRelatedSortItem] | Unset):
        fields_customer_reviews
            (list[AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsCustomerReviewsItem] | Unset):
        fields_customer_review_responses
            (list[AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsCustomerReviewResponsesItem] |
            Unset):
        fields_territories
            (list[AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsTerritoriesItem] | Unset):
        limit (int | Unset):
        include (list[AppStoreVersionsCustomerReviewsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerReviewsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_territory=filter_territory,
        filter_rating=filter_rating,
        filter_review_territory=filter_review_territory,
        exists_published_response=exists_published_response,
        sort=sort,
        fields_customer_reviews=fields_customer_reviews,
        fields_customer_review_responses=fields_customer_review_responses,
        fields_territories=fields_territories,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_territory: list[AppStoreVersionsCustomerReviewsGetToManyRelatedFilterTerritoryItem]
    | Unset = UNSET,
    filter_rating: list[str] | Unset = UNSET,
    filter_review_territory: list[str] | Unset = UNSET,
    exists_published_response: bool | Unset = UNSET,
    sort: list[AppStoreVersionsCustomerReviewsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_customer_reviews: list[AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsCustomerReviewsItem]
    | Unset = UNSET,
    fields_customer_review_responses: list[
        AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsCustomerReviewResponsesItem
    ]
    | Unset = UNSET,
    fields_territories: list[AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionsCustomerReviewsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[CustomerReviewsResponse | ErrorResponse]:
    """``GET /v1/appStoreVersions/{id}/customerReviews`` (appStoreVersions_customerReviews_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-customerreviews


    Args:
        id (str):
        filter_territory (list[AppStoreVersionsCustomerReviewsGetToManyRelatedFilterTerritoryItem]
            | Unset):
        filter_rating (list[str] | Unset):
        filter_review_territory (list[str] | Unset):
        exists_published_response (bool | Unset):
        sort (list[AppStoreVersionsCustomerReviewsGetToManyRelatedSortItem] | Unset):
        fields_customer_reviews
            (list[AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsCustomerReviewsItem] | Unset):
        fields_customer_review_responses
            (list[AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsCustomerReviewResponsesItem] |
            Unset):
        fields_territories
            (list[AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsTerritoriesItem] | Unset):
        limit (int | Unset):
        include (list[AppStoreVersionsCustomerReviewsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerReviewsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_territory=filter_territory,
        filter_rating=filter_rating,
        filter_review_territory=filter_review_territory,
        exists_published_response=exists_published_response,
        sort=sort,
        fields_customer_reviews=fields_customer_reviews,
        fields_customer_review_responses=fields_customer_review_responses,
        fields_territories=fields_territories,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_territory: list[AppStoreVersionsCustomerReviewsGetToManyRelatedFilterTerritoryItem]
    | Unset = UNSET,
    filter_rating: list[str] | Unset = UNSET,
    filter_review_territory: list[str] | Unset = UNSET,
    exists_published_response: bool | Unset = UNSET,
    sort: list[AppStoreVersionsCustomerReviewsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_customer_reviews: list[AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsCustomerReviewsItem]
    | Unset = UNSET,
    fields_customer_review_responses: list[
        AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsCustomerReviewResponsesItem
    ]
    | Unset = UNSET,
    fields_territories: list[AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionsCustomerReviewsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> CustomerReviewsResponse | ErrorResponse | None:
    """``GET /v1/appStoreVersions/{id}/customerReviews`` (appStoreVersions_customerReviews_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-customerreviews


    Args:
        id (str):
        filter_territory (list[AppStoreVersionsCustomerReviewsGetToManyRelatedFilterTerritoryItem]
            | Unset):
        filter_rating (list[str] | Unset):
        filter_review_territory (list[str] | Unset):
        exists_published_response (bool | Unset):
        sort (list[AppStoreVersionsCustomerReviewsGetToManyRelatedSortItem] | Unset):
        fields_customer_reviews
            (list[AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsCustomerReviewsItem] | Unset):
        fields_customer_review_responses
            (list[AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsCustomerReviewResponsesItem] |
            Unset):
        fields_territories
            (list[AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsTerritoriesItem] | Unset):
        limit (int | Unset):
        include (list[AppStoreVersionsCustomerReviewsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerReviewsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_territory=filter_territory,
            filter_rating=filter_rating,
            filter_review_territory=filter_review_territory,
            exists_published_response=exists_published_response,
            sort=sort,
            fields_customer_reviews=fields_customer_reviews,
            fields_customer_review_responses=fields_customer_review_responses,
            fields_territories=fields_territories,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[CustomerReviewsResponse] = CustomerReviewsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.customer_review import CustomerReview

ITEM_TYPE: type[CustomerReview] = CustomerReview
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[CustomerReviewsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
