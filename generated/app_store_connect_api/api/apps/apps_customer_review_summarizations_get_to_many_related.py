from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_customer_review_summarizations_get_to_many_related_fields_customer_review_summarizations_item import (
        AppsCustomerReviewSummarizationsGetToManyRelatedFieldsCustomerReviewSummarizationsItem,
    )
    from ...models.apps_customer_review_summarizations_get_to_many_related_fields_territories_item import (
        AppsCustomerReviewSummarizationsGetToManyRelatedFieldsTerritoriesItem,
    )
    from ...models.apps_customer_review_summarizations_get_to_many_related_filter_platform_item import (
        AppsCustomerReviewSummarizationsGetToManyRelatedFilterPlatformItem,
    )
    from ...models.apps_customer_review_summarizations_get_to_many_related_include_item import (
        AppsCustomerReviewSummarizationsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_review_summarizations_response import CustomerReviewSummarizationsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_platform: list[AppsCustomerReviewSummarizationsGetToManyRelatedFilterPlatformItem],
    filter_territory: list[str] | Unset = UNSET,
    fields_customer_review_summarizations: list[
        AppsCustomerReviewSummarizationsGetToManyRelatedFieldsCustomerReviewSummarizationsItem
    ]
    | Unset = UNSET,
    fields_territories: list[AppsCustomerReviewSummarizationsGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsCustomerReviewSummarizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[platform]",
        "filter_platform",
        filter_platform,
        "AppsCustomerReviewSummarizationsGetToManyRelatedFilterPlatformItem",
    )
    _params.query_list(params, "filter[territory]", "filter_territory", filter_territory, str)
    _params.query_list(
        params,
        "fields[customerReviewSummarizations]",
        "fields_customer_review_summarizations",
        fields_customer_review_summarizations,
        "AppsCustomerReviewSummarizationsGetToManyRelatedFieldsCustomerReviewSummarizationsItem",
    )
    _params.query_list(
        params,
        "fields[territories]",
        "fields_territories",
        fields_territories,
        "AppsCustomerReviewSummarizationsGetToManyRelatedFieldsTerritoriesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "AppsCustomerReviewSummarizationsGetToManyRelatedIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/customerReviewSummarizations".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerReviewSummarizationsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CustomerReviewSummarizationsResponse.from_dict(response.json())

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
) -> Response[CustomerReviewSummarizationsResponse | ErrorResponse]:
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
    filter_platform: list[AppsCustomerReviewSummarizationsGetToManyRelatedFilterPlatformItem],
    filter_territory: list[str] | Unset = UNSET,
    fields_customer_review_summarizations: list[
        AppsCustomerReviewSummarizationsGetToManyRelatedFieldsCustomerReviewSummarizationsItem
    ]
    | Unset = UNSET,
    fields_territories: list[AppsCustomerReviewSummarizationsGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsCustomerReviewSummarizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[CustomerReviewSummarizationsResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/customerReviewSummarizations`` (apps_customerReviewSummarizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-customerreviewsummarizations


    Args:
        id (str):
        filter_platform
            (list[AppsCustomerReviewSummarizationsGetToManyRelatedFilterPlatformItem]):
        filter_territory (list[str] | Unset):
        fields_customer_review_summarizations (list[AppsCustomerReviewSummarizationsGetToManyRelat
            edFieldsCustomerReviewSummarizationsItem] | Unset):
        fields_territories
            (list[AppsCustomerReviewSummarizationsGetToManyRelatedFieldsTerritoriesItem] | Unset):
        limit (int | Unset):
        include (list[AppsCustomerReviewSummarizationsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerReviewSummarizationsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_platform=filter_platform,
        filter_territory=filter_territory,
        fields_customer_review_summarizations=fields_customer_review_summarizations,
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
    filter_platform: list[AppsCustomerReviewSummarizationsGetToManyRelatedFilterPlatformItem],
    filter_territory: list[str] | Unset = UNSET,
    fields_customer_review_summarizations: list[
        AppsCustomerReviewSummarizationsGetToManyRelatedFieldsCustomerReviewSummarizationsItem
    ]
    | Unset = UNSET,
    fields_territories: list[AppsCustomerReviewSummarizationsGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsCustomerReviewSummarizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> CustomerReviewSummarizationsResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/customerReviewSummarizations`` (apps_customerReviewSummarizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-customerreviewsummarizations


    Args:
        id (str):
        filter_platform
            (list[AppsCustomerReviewSummarizationsGetToManyRelatedFilterPlatformItem]):
        filter_territory (list[str] | Unset):
        fields_customer_review_summarizations (list[AppsCustomerReviewSummarizationsGetToManyRelat
            edFieldsCustomerReviewSummarizationsItem] | Unset):
        fields_territories
            (list[AppsCustomerReviewSummarizationsGetToManyRelatedFieldsTerritoriesItem] | Unset):
        limit (int | Unset):
        include (list[AppsCustomerReviewSummarizationsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerReviewSummarizationsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_platform=filter_platform,
        filter_territory=filter_territory,
        fields_customer_review_summarizations=fields_customer_review_summarizations,
        fields_territories=fields_territories,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[AppsCustomerReviewSummarizationsGetToManyRelatedFilterPlatformItem],
    filter_territory: list[str] | Unset = UNSET,
    fields_customer_review_summarizations: list[
        AppsCustomerReviewSummarizationsGetToManyRelatedFieldsCustomerReviewSummarizationsItem
    ]
    | Unset = UNSET,
    fields_territories: list[AppsCustomerReviewSummarizationsGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsCustomerReviewSummarizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[CustomerReviewSummarizationsResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/customerReviewSummarizations`` (apps_customerReviewSummarizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-customerreviewsummarizations


    Args:
        id (str):
        filter_platform
            (list[AppsCustomerReviewSummarizationsGetToManyRelatedFilterPlatformItem]):
        filter_territory (list[str] | Unset):
        fields_customer_review_summarizations (list[AppsCustomerReviewSummarizationsGetToManyRelat
            edFieldsCustomerReviewSummarizationsItem] | Unset):
        fields_territories
            (list[AppsCustomerReviewSummarizationsGetToManyRelatedFieldsTerritoriesItem] | Unset):
        limit (int | Unset):
        include (list[AppsCustomerReviewSummarizationsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerReviewSummarizationsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_platform=filter_platform,
        filter_territory=filter_territory,
        fields_customer_review_summarizations=fields_customer_review_summarizations,
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
    filter_platform: list[AppsCustomerReviewSummarizationsGetToManyRelatedFilterPlatformItem],
    filter_territory: list[str] | Unset = UNSET,
    fields_customer_review_summarizations: list[
        AppsCustomerReviewSummarizationsGetToManyRelatedFieldsCustomerReviewSummarizationsItem
    ]
    | Unset = UNSET,
    fields_territories: list[AppsCustomerReviewSummarizationsGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsCustomerReviewSummarizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> CustomerReviewSummarizationsResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/customerReviewSummarizations`` (apps_customerReviewSummarizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-customerreviewsummarizations


    Args:
        id (str):
        filter_platform
            (list[AppsCustomerReviewSummarizationsGetToManyRelatedFilterPlatformItem]):
        filter_territory (list[str] | Unset):
        fields_customer_review_summarizations (list[AppsCustomerReviewSummarizationsGetToManyRelat
            edFieldsCustomerReviewSummarizationsItem] | Unset):
        fields_territories
            (list[AppsCustomerReviewSummarizationsGetToManyRelatedFieldsTerritoriesItem] | Unset):
        limit (int | Unset):
        include (list[AppsCustomerReviewSummarizationsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerReviewSummarizationsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_platform=filter_platform,
            filter_territory=filter_territory,
            fields_customer_review_summarizations=fields_customer_review_summarizations,
            fields_territories=fields_territories,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[CustomerReviewSummarizationsResponse] = CustomerReviewSummarizationsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.customer_review_summarization import CustomerReviewSummarization

ITEM_TYPE: type[CustomerReviewSummarization] = CustomerReviewSummarization
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[CustomerReviewSummarizationsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
