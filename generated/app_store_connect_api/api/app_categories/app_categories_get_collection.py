from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_categories_get_collection_fields_app_categories_item import (
        AppCategoriesGetCollectionFieldsAppCategoriesItem,
    )
    from ...models.app_categories_get_collection_filter_platforms_item import (
        AppCategoriesGetCollectionFilterPlatformsItem,
    )
    from ...models.app_categories_get_collection_include_item import AppCategoriesGetCollectionIncludeItem

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_categories_response import AppCategoriesResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_platforms: list[AppCategoriesGetCollectionFilterPlatformsItem] | Unset = UNSET,
    exists_parent: bool | Unset = UNSET,
    fields_app_categories: list[AppCategoriesGetCollectionFieldsAppCategoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppCategoriesGetCollectionIncludeItem] | Unset = UNSET,
    limit_subcategories: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[platforms]",
        "filter_platforms",
        filter_platforms,
        "AppCategoriesGetCollectionFilterPlatformsItem",
    )
    _params.query_value(params, "exists[parent]", "exists_parent", exists_parent, bool)
    _params.query_list(
        params,
        "fields[appCategories]",
        "fields_app_categories",
        fields_app_categories,
        "AppCategoriesGetCollectionFieldsAppCategoriesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "AppCategoriesGetCollectionIncludeItem")
    _params.query_value(params, "limit[subcategories]", "limit_subcategories", limit_subcategories, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appCategories",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppCategoriesResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppCategoriesResponse.from_dict(response.json())

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
) -> Response[AppCategoriesResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_platforms: list[AppCategoriesGetCollectionFilterPlatformsItem] | Unset = UNSET,
    exists_parent: bool | Unset = UNSET,
    fields_app_categories: list[AppCategoriesGetCollectionFieldsAppCategoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppCategoriesGetCollectionIncludeItem] | Unset = UNSET,
    limit_subcategories: int | Unset = UNSET,
) -> Response[AppCategoriesResponse | ErrorResponse]:
    """``GET /v1/appCategories`` (appCategories_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories


    Args:
        filter_platforms (list[AppCategoriesGetCollectionFilterPlatformsItem] | Unset):
        exists_parent (bool | Unset):
        fields_app_categories (list[AppCategoriesGetCollectionFieldsAppCategoriesItem] | Unset):
        limit (int | Unset):
        include (list[AppCategoriesGetCollectionIncludeItem] | Unset):
        limit_subcategories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppCategoriesResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_platforms=filter_platforms,
        exists_parent=exists_parent,
        fields_app_categories=fields_app_categories,
        limit=limit,
        include=include,
        limit_subcategories=limit_subcategories,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_platforms: list[AppCategoriesGetCollectionFilterPlatformsItem] | Unset = UNSET,
    exists_parent: bool | Unset = UNSET,
    fields_app_categories: list[AppCategoriesGetCollectionFieldsAppCategoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppCategoriesGetCollectionIncludeItem] | Unset = UNSET,
    limit_subcategories: int | Unset = UNSET,
) -> AppCategoriesResponse | ErrorResponse | None:
    """``GET /v1/appCategories`` (appCategories_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories


    Args:
        filter_platforms (list[AppCategoriesGetCollectionFilterPlatformsItem] | Unset):
        exists_parent (bool | Unset):
        fields_app_categories (list[AppCategoriesGetCollectionFieldsAppCategoriesItem] | Unset):
        limit (int | Unset):
        include (list[AppCategoriesGetCollectionIncludeItem] | Unset):
        limit_subcategories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppCategoriesResponse | ErrorResponse

    """

    return sync_detailed(
        client=client,
        filter_platforms=filter_platforms,
        exists_parent=exists_parent,
        fields_app_categories=fields_app_categories,
        limit=limit,
        include=include,
        limit_subcategories=limit_subcategories,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_platforms: list[AppCategoriesGetCollectionFilterPlatformsItem] | Unset = UNSET,
    exists_parent: bool | Unset = UNSET,
    fields_app_categories: list[AppCategoriesGetCollectionFieldsAppCategoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppCategoriesGetCollectionIncludeItem] | Unset = UNSET,
    limit_subcategories: int | Unset = UNSET,
) -> Response[AppCategoriesResponse | ErrorResponse]:
    """``GET /v1/appCategories`` (appCategories_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories


    Args:
        filter_platforms (list[AppCategoriesGetCollectionFilterPlatformsItem] | Unset):
        exists_parent (bool | Unset):
        fields_app_categories (list[AppCategoriesGetCollectionFieldsAppCategoriesItem] | Unset):
        limit (int | Unset):
        include (list[AppCategoriesGetCollectionIncludeItem] | Unset):
        limit_subcategories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppCategoriesResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_platforms=filter_platforms,
        exists_parent=exists_parent,
        fields_app_categories=fields_app_categories,
        limit=limit,
        include=include,
        limit_subcategories=limit_subcategories,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_platforms: list[AppCategoriesGetCollectionFilterPlatformsItem] | Unset = UNSET,
    exists_parent: bool | Unset = UNSET,
    fields_app_categories: list[AppCategoriesGetCollectionFieldsAppCategoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppCategoriesGetCollectionIncludeItem] | Unset = UNSET,
    limit_subcategories: int | Unset = UNSET,
) -> AppCategoriesResponse | ErrorResponse | None:
    """``GET /v1/appCategories`` (appCategories_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories


    Args:
        filter_platforms (list[AppCategoriesGetCollectionFilterPlatformsItem] | Unset):
        exists_parent (bool | Unset):
        fields_app_categories (list[AppCategoriesGetCollectionFieldsAppCategoriesItem] | Unset):
        limit (int | Unset):
        include (list[AppCategoriesGetCollectionIncludeItem] | Unset):
        limit_subcategories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppCategoriesResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_platforms=filter_platforms,
            exists_parent=exists_parent,
            fields_app_categories=fields_app_categories,
            limit=limit,
            include=include,
            limit_subcategories=limit_subcategories,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppCategoriesResponse] = AppCategoriesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app_category import AppCategory

ITEM_TYPE: type[AppCategory] = AppCategory
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppCategoriesResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
