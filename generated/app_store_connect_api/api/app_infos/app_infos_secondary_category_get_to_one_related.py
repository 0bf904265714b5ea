from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_infos_secondary_category_get_to_one_related_fields_app_categories_item import (
        AppInfosSecondaryCategoryGetToOneRelatedFieldsAppCategoriesItem,
    )
    from ...models.app_infos_secondary_category_get_to_one_related_include_item import (
        AppInfosSecondaryCategoryGetToOneRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_category_response import AppCategoryResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_categories: list[AppInfosSecondaryCategoryGetToOneRelatedFieldsAppCategoriesItem]
    | Unset = UNSET,
    include: list[AppInfosSecondaryCategoryGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_subcategories: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appCategories]",
        "fields_app_categories",
        fields_app_categories,
        "AppInfosSecondaryCategoryGetToOneRelatedFieldsAppCategoriesItem",
    )
    _params.query_list(
        params, "include", "include", include, "AppInfosSecondaryCategoryGetToOneRelatedIncludeItem"
    )
    _params.query_value(params, "limit[subcategories]", "limit_subcategories", limit_subcategories, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appInfos/{id}/secondaryCategory".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppCategoryResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppCategoryResponse.from_dict(response.json())

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
) -> Response[AppCategoryResponse | ErrorResponse]:
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
    fields_app_categories: list[AppInfosSecondaryCategoryGetToOneRelatedFieldsAppCategoriesItem]
    | Unset = UNSET,
    include: list[AppInfosSecondaryCategoryGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_subcategories: int | Unset = UNSET,
) -> Response[AppCategoryResponse | ErrorResponse]:
    """``GET /v1/appInfos/{id}/secondaryCategory`` (appInfos_secondaryCategory_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-secondarycategory


    Args:
        id (str):
        fields_app_categories
            (list[AppInfosSecondaryCategoryGetToOneRelatedFieldsAppCategoriesItem] | Unset):
        include (list[AppInfosSecondaryCategoryGetToOneRelatedIncludeItem] | Unset):
        limit_subcategories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppCategoryResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_categories=fields_app_categories,
        include=include,
        limit_subcategories=limit_subcategories,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_categories: list[AppInfosSecondaryCategoryGetToOneRelatedFieldsAppCategoriesItem]
    | Unset = UNSET,
    include: list[AppInfosSecondaryCategoryGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_subcategories: int | Unset = UNSET,
) -> AppCategoryResponse | ErrorResponse | None:
    """``GET /v1/appInfos/{id}/secondaryCategory`` (appInfos_secondaryCategory_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-secondarycategory


    Args:
        id (str):
        fields_app_categories
            (list[AppInfosSecondaryCategoryGetToOneRelatedFieldsAppCategoriesItem] | Unset):
        include (list[AppInfosSecondaryCategoryGetToOneRelatedIncludeItem] | Unset):
        limit_subcategories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppCategoryResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_categories=fields_app_categories,
        include=include,
        limit_subcategories=limit_subcategories,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_categories: list[AppInfosSecondaryCategoryGetToOneRelatedFieldsAppCategoriesItem]
    | Unset = UNSET,
    include: list[AppInfosSecondaryCategoryGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_subcategories: int | Unset = UNSET,
) -> Response[AppCategoryResponse | ErrorResponse]:
    """``GET /v1/appInfos/{id}/secondaryCategory`` (appInfos_secondaryCategory_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-secondarycategory


    Args:
        id (str):
        fields_app_categories
            (list[AppInfosSecondaryCategoryGetToOneRelatedFieldsAppCategoriesItem] | Unset):
        include (list[AppInfosSecondaryCategoryGetToOneRelatedIncludeItem] | Unset):
        limit_subcategories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppCategoryResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_categories=fields_app_categories,
        include=include,
        limit_subcategories=limit_subcategories,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_categories: list[AppInfosSecondaryCategoryGetToOneRelatedFieldsAppCategoriesItem]
    | Unset = UNSET,
    include: list[AppInfosSecondaryCategoryGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_subcategories: int | Unset = UNSET,
) -> AppCategoryResponse | ErrorResponse | None:
    """``GET /v1/appInfos/{id}/secondaryCategory`` (appInfos_secondaryCategory_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-secondarycategory


    Args:
        id (str):
        fields_app_categories
            (list[AppInfosSecondaryCategoryGetToOneRelatedFieldsAppCategoriesItem] | Unset):
        include (list[AppInfosSecondaryCategoryGetToOneRelatedIncludeItem] | Unset):
        limit_subcategories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppCategoryResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_app_categories=fields_app_categories,
            include=include,
            limit_subcategories=limit_subcategories,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppCategoryResponse] = AppCategoryResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppCategoryResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
