from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.ci_products_get_instance_fields_apps_item import CiProductsGetInstanceFieldsAppsItem
    from ...models.ci_products_get_instance_fields_bundle_ids_item import (
        CiProductsGetInstanceFieldsBundleIdsItem,
    )
    from ...models.ci_products_get_instance_fields_ci_products_item import (
        CiProductsGetInstanceFieldsCiProductsItem,
    )
    from ...models.ci_products_get_instance_fields_scm_repositories_item import (
        CiProductsGetInstanceFieldsScmRepositoriesItem,
    )
    from ...models.ci_products_get_instance_include_item import CiProductsGetInstanceIncludeItem

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ci_product_response import CiProductResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_ci_products: list[CiProductsGetInstanceFieldsCiProductsItem] | Unset = UNSET,
    fields_apps: list[CiProductsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_bundle_ids: list[CiProductsGetInstanceFieldsBundleIdsItem] | Unset = UNSET,
    fields_scm_repositories: list[CiProductsGetInstanceFieldsScmRepositoriesItem] | Unset = UNSET,
    include: list[CiProductsGetInstanceIncludeItem] | Unset = UNSET,
    limit_primary_repositories: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[ciProducts]",
        "fields_ci_products",
        fields_ci_products,
        "CiProductsGetInstanceFieldsCiProductsItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "CiProductsGetInstanceFieldsAppsItem"
    )
    _params.query_list(
        params,
        "fields[bundleIds]",
        "fields_bundle_ids",
        fields_bundle_ids,
        "CiProductsGetInstanceFieldsBundleIdsItem",
    )
    _params.query_list(
        params,
        "fields[scmRepositories]",
        "fields_scm_repositories",
        fields_scm_repositories,
        "CiProductsGetInstanceFieldsScmRepositoriesItem",
    )
    _params.query_list(params, "include", "include", include, "CiProductsGetInstanceIncludeItem")
    _params.query_value(
        params, "limit[primaryRepositories]", "limit_primary_repositories", limit_primary_repositories, int
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ciProducts/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CiProductResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CiProductResponse.from_dict(response.json())

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
) -> Response[CiProductResponse | ErrorResponse]:
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
    fields_ci_products: list[CiProductsGetInstanceFieldsCiProductsItem] | Unset = UNSET,
    fields_apps: list[CiProductsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_bundle_ids: list[CiProductsGetInstanceFieldsBundleIdsItem] | Unset = UNSET,
    fields_scm_repositories: list[CiProductsGetInstanceFieldsScmRepositoriesItem] | Unset = UNSET,
    include: list[CiProductsGetInstanceIncludeItem] | Unset = UNSET,
    limit_primary_repositories: int | Unset = UNSET,
) -> Response[CiProductResponse | ErrorResponse]:
    """``GET /v1/ciProducts/{id}`` (ciProducts_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_


    Args:
        id (str):
        fields_ci_products (list[CiProductsGetInstanceFieldsCiProductsItem] | Unset):
        fields_apps (list[CiProductsGetInstanceFieldsAppsItem] | Unset):
        fields_bundle_ids (list[CiProductsGetInstanceFieldsBundleIdsItem] | Unset):
        fields_scm_repositories (list[CiProductsGetInstanceFieldsScmRepositoriesItem] | Unset):
        include (list[CiProductsGetInstanceIncludeItem] | Unset):
        limit_primary_repositories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CiProductResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_ci_products=fields_ci_products,
        fields_apps=fields_apps,
        fields_bundle_ids=fields_bundle_ids,
        fields_scm_repositories=fields_scm_repositories,
        include=include,
        limit_primary_repositories=limit_primary_repositories,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_ci_products: list[CiProductsGetInstanceFieldsCiProductsItem] | Unset = UNSET,
    fields_apps: list[CiProductsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_bundle_ids: list[CiProductsGetInstanceFieldsBundleIdsItem] | Unset = UNSET,
    fields_scm_repositories: list[CiProductsGetInstanceFieldsScmRepositoriesItem] | Unset = UNSET,
    include: list[CiProductsGetInstanceIncludeItem] | Unset = UNSET,
    limit_primary_repositories: int | Unset = UNSET,
) -> CiProductResponse | ErrorResponse | None:
    """``GET /v1/ciProducts/{id}`` (ciProducts_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_


    Args:
        id (str):
        fields_ci_products (list[CiProductsGetInstanceFieldsCiProductsItem] | Unset):
        fields_apps (list[CiProductsGetInstanceFieldsAppsItem] | Unset):
        fields_bundle_ids (list[CiProductsGetInstanceFieldsBundleIdsItem] | Unset):
        fields_scm_repositories (list[CiProductsGetInstanceFieldsScmRepositoriesItem] | Unset):
        include (list[CiProductsGetInstanceIncludeItem] | Unset):
        limit_primary_repositories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CiProductResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_ci_products=fields_ci_products,
        fields_apps=fields_apps,
        fields_bundle_ids=fields_bundle_ids,
        fields_scm_repositories=fields_scm_repositories,
        include=include,
        limit_primary_repositories=limit_primary_repositories,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_ci_products: list[CiProductsGetInstanceFieldsCiProductsItem] | Unset = UNSET,
    fields_apps: list[CiProductsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_bundle_ids: list[CiProductsGetInstanceFieldsBundleIdsItem] | Unset = UNSET,
    fields_scm_repositories: list[CiProductsGetInstanceFieldsScmRepositoriesItem] | Unset = UNSET,
    include: list[CiProductsGetInstanceIncludeItem] | Unset = UNSET,
    limit_primary_repositories: int | Unset = UNSET,
) -> Response[CiProductResponse | ErrorResponse]:
    """``GET /v1/ciProducts/{id}`` (ciProducts_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_


    Args:
        id (str):
        fields_ci_products (list[CiProductsGetInstanceFieldsCiProductsItem] | Unset):
        fields_apps (list[CiProductsGetInstanceFieldsAppsItem] | Unset):
        fields_bundle_ids (list[CiProductsGetInstanceFieldsBundleIdsItem] | Unset):
        fields_scm_repositories (list[CiProductsGetInstanceFieldsScmRepositoriesItem] | Unset):
        include (list[CiProductsGetInstanceIncludeItem] | Unset):
        limit_primary_repositories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CiProductResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_ci_products=fields_ci_products,
        fields_apps=fields_apps,
        fields_bundle_ids=fields_bundle_ids,
        fields_scm_repositories=fields_scm_repositories,
        include=include,
        limit_primary_repositories=limit_primary_repositories,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_ci_products: list[CiProductsGetInstanceFieldsCiProductsItem] | Unset = UNSET,
    fields_apps: list[CiProductsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_bundle_ids: list[CiProductsGetInstanceFieldsBundleIdsItem] | Unset = UNSET,
    fields_scm_repositories: list[CiProductsGetInstanceFieldsScmRepositoriesItem] | Unset = UNSET,
    include: list[CiProductsGetInstanceIncludeItem] | Unset = UNSET,
    limit_primary_repositories: int | Unset = UNSET,
) -> CiProductResponse | ErrorResponse | None:
    """``GET /v1/ciProducts/{id}`` (ciProducts_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_


    Args:
        id (str):
        fields_ci_products (list[CiProductsGetInstanceFieldsCiProductsItem] | Unset):
        fields_apps (list[CiProductsGetInstanceFieldsAppsItem] | Unset):
        fields_bundle_ids (list[CiProductsGetInstanceFieldsBundleIdsItem] | Unset):
        fields_scm_repositories (list[CiProductsGetInstanceFieldsScmRepositoriesItem] | Unset):
        include (list[CiProductsGetInstanceIncludeItem] | Unset):
        limit_primary_repositories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CiProductResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_ci_products=fields_ci_products,
            fields_apps=fields_apps,
            fields_bundle_ids=fields_bundle_ids,
            fields_scm_repositories=fields_scm_repositories,
            include=include,
            limit_primary_repositories=limit_primary_repositories,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[CiProductResponse] = CiProductResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[CiProductResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
