from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.ci_products_get_collection_fields_apps_item import CiProductsGetCollectionFieldsAppsItem
    from ...models.ci_products_get_collection_fields_bundle_ids_item import (
        CiProductsGetCollectionFieldsBundleIdsItem,
    )
    from ...models.ci_products_get_collection_fields_ci_products_item import (
        CiProductsGetCollectionFieldsCiProductsItem,
    )
    from ...models.ci_products_get_collection_fields_scm_repositories_item import (
        CiProductsGetCollectionFieldsScmRepositoriesItem,
    )
    from ...models.ci_products_get_collection_filter_product_type_item import (
        CiProductsGetCollectionFilterProductTypeItem,
    )
    from ...models.ci_products_get_collection_include_item import CiProductsGetCollectionIncludeItem

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ci_products_response import CiProductsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_product_type: list[CiProductsGetCollectionFilterProductTypeItem] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    fields_ci_products: list[CiProductsGetCollectionFieldsCiProductsItem] | Unset = UNSET,
    fields_apps: list[CiProductsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_bundle_ids: list[CiProductsGetCollectionFieldsBundleIdsItem] | Unset = UNSET,
    fields_scm_repositories: list[CiProductsGetCollectionFieldsScmRepositoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiProductsGetCollectionIncludeItem] | Unset = UNSET,
    limit_primary_repositories: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[productType]",
        "filter_product_type",
        filter_product_type,
        "CiProductsGetCollectionFilterProductTypeItem",
    )
    _params.query_list(params, "filter[app]", "filter_app", filter_app, str)
    _params.query_list(
        params,
        "fields[ciProducts]",
        "fields_ci_products",
        fields_ci_products,
        "CiProductsGetCollectionFieldsCiProductsItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "CiProductsGetCollectionFieldsAppsItem"
    )
    _params.query_list(
        params,
        "fields[bundleIds]",
        "fields_bundle_ids",
        fields_bundle_ids,
        "CiProductsGetCollectionFieldsBundleIdsItem",
    )
    _params.query_list(
        params,
        "fields[scmRepositories]",
        "fields_scm_repositories",
        fields_scm_repositories,
        "CiProductsGetCollectionFieldsScmRepositoriesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "CiProductsGetCollectionIncludeItem")
    _params.query_value(
        params, "limit[primaryRepositories]", "limit_primary_repositories", limit_primary_repositories, int
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ciProducts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CiProductsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CiProductsResponse.from_dict(response.json())

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
) -> Response[CiProductsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_product_type: list[CiProductsGetCollectionFilterProductTypeItem] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    fields_ci_products: list[CiProductsGetCollectionFieldsCiProductsItem] | Unset = UNSET,
    fields_apps: list[CiProductsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_bundle_ids: list[CiProductsGetCollectionFieldsBundleIdsItem] | Unset = UNSET,
    fields_scm_repositories: list[CiProductsGetCollectionFieldsScmRepositoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiProductsGetCollectionIncludeItem] | Unset = UNSET,
    limit_primary_repositories: int | Unset = UNSET,
) -> Response[CiProductsResponse | ErrorResponse]:
    """``GET /v1/ciProducts`` (ciProducts_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts


    Args:
        filter_product_type (list[CiProductsGetCollectionFilterProductTypeItem] | Unset):
        filter_app (list[str] | Unset):
        fields_ci_products (list[CiProductsGetCollectionFieldsCiProductsItem] | Unset):
        fields_apps (list[CiProductsGetCollectionFieldsAppsItem] | Unset):
        fields_bundle_ids (list[CiProductsGetCollectionFieldsBundleIdsItem] | Unset):
        fields_scm_repositories (list[CiProductsGetCollectionFieldsScmRepositoriesItem] | Unset):
        limit (int | Unset):
        include (list[CiProductsGetCollectionIncludeItem] | Unset):
        limit_primary_repositories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CiProductsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_product_type=filter_product_type,
        filter_app=filter_app,
        fields_ci_products=fields_ci_products,
        fields_apps=fields_apps,
        fields_bundle_ids=fields_bundle_ids,
        fields_scm_repositories=fields_scm_repositories,
        limit=limit,
        include=include,
        limit_primary_repositories=limit_primary_repositories,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_product_type: list[CiProductsGetCollectionFilterProductTypeItem] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    fields_ci_products: list[CiProductsGetCollectionFieldsCiProductsItem] | Unset = UNSET,
    fields_apps: list[CiProductsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_bundle_ids: list[CiProductsGetCollectionFieldsBundleIdsItem] | Unset = UNSET,
    fields_scm_repositories: list[CiProductsGetCollectionFieldsScmRepositoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiProductsGetCollectionIncludeItem] | Unset = UNSET,
    limit_primary_repositories: int | Unset = UNSET,
) -> CiProductsResponse | ErrorResponse | None:
    """``GET /v1/ciProducts`` (ciProducts_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts


    Args:
        filter_product_type (list[CiProductsGetCollectionFilterProductTypeItem] | Unset):
        filter_app (list[str] | Unset):
        fields_ci_products (list[CiProductsGetCollectionFieldsCiProductsItem] | Unset):
        fields_apps (list[CiProductsGetCollectionFieldsAppsItem] | Unset):
        fields_bundle_ids (list[CiProductsGetCollectionFieldsBundleIdsItem] | Unset):
        fields_scm_repositories (list[CiProductsGetCollectionFieldsScmRepositoriesItem] | Unset):
        limit (int | Unset):
        include (list[CiProductsGetCollectionIncludeItem] | Unset):
        limit_primary_repositories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CiProductsResponse | ErrorResponse

    """

    return sync_detailed(
        client=client,
        filter_product_type=filter_product_type,
        filter_app=filter_app,
        fields_ci_products=fields_ci_products,
        fields_apps=fields_apps,
        fields_bundle_ids=fields_bundle_ids,
        fields_scm_repositories=fields_scm_repositories,
        limit=limit,
        include=include,
        limit_primary_repositories=limit_primary_repositories,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_product_type: list[CiProductsGetCollectionFilterProductTypeItem] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    fields_ci_products: list[CiProductsGetCollectionFieldsCiProductsItem] | Unset = UNSET,
    fields_apps: list[CiProductsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_bundle_ids: list[CiProductsGetCollectionFieldsBundleIdsItem] | Unset = UNSET,
    fields_scm_repositories: list[CiProductsGetCollectionFieldsScmRepositoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiProductsGetCollectionIncludeItem] | Unset = UNSET,
    limit_primary_repositories: int | Unset = UNSET,
) -> Response[CiProductsResponse | ErrorResponse]:
    """``GET /v1/ciProducts`` (ciProducts_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts


    Args:
        filter_product_type (list[CiProductsGetCollectionFilterProductTypeItem] | Unset):
        filter_app (list[str] | Unset):
        fields_ci_products (list[CiProductsGetCollectionFieldsCiProductsItem] | Unset):
        fields_apps (list[CiProductsGetCollectionFieldsAppsItem] | Unset):
        fields_bundle_ids (list[CiProductsGetCollectionFieldsBundleIdsItem] | Unset):
        fields_scm_repositories (list[CiProductsGetCollectionFieldsScmRepositoriesItem] | Unset):
        limit (int | Unset):
        include (list[CiProductsGetCollectionIncludeItem] | Unset):
        limit_primary_repositories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CiProductsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_product_type=filter_product_type,
        filter_app=filter_app,
        fields_ci_products=fields_ci_products,
        fields_apps=fields_apps,
        fields_bundle_ids=fields_bundle_ids,
        fields_scm_repositories=fields_scm_repositories,
        limit=limit,
        include=include,
        limit_primary_repositories=limit_primary_repositories,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_product_type: list[CiProductsGetCollectionFilterProductTypeItem] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    fields_ci_products: list[CiProductsGetCollectionFieldsCiProductsItem] | Unset = UNSET,
    fields_apps: list[CiProductsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_bundle_ids: list[CiProductsGetCollectionFieldsBundleIdsItem] | Unset = UNSET,
    fields_scm_repositories: list[CiProductsGetCollectionFieldsScmRepositoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiProductsGetCollectionIncludeItem] | Unset = UNSET,
    limit_primary_repositories: int | Unset = UNSET,
) -> CiProductsResponse | ErrorResponse | None:
    """``GET /v1/ciProducts`` (ciProducts_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts


    Args:
        filter_product_type (list[CiProductsGetCollectionFilterProductTypeItem] | Unset):
        filter_app (list[str] | Unset):
        fields_ci_products (list[CiProductsGetCollectionFieldsCiProductsItem] | Unset):
        fields_apps (list[CiProductsGetCollectionFieldsAppsItem] | Unset):
        fields_bundle_ids (list[CiProductsGetCollectionFieldsBundleIdsItem] | Unset):
        fields_scm_repositories (list[CiProductsGetCollectionFieldsScmRepositoriesItem] | Unset):
        limit (int | Unset):
        include (list[CiProductsGetCollectionIncludeItem] | Unset):
        limit_primary_repositories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CiProductsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_product_type=filter_product_type,
            filter_app=filter_app,
            fields_ci_products=fields_ci_products,
            fields_apps=fields_apps,
            fields_bundle_ids=fields_bundle_ids,
            fields_scm_repositories=fields_scm_repositories,
            limit=limit,
            include=include,
            limit_primary_repositories=limit_primary_repositories,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[CiProductsResponse] = CiProductsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.ci_product import CiProduct

ITEM_TYPE: type[CiProduct] = CiProduct
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[CiProductsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
