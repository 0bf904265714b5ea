from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_ci_product_get_to_one_related_fields_apps_item import (
        AppsCiProductGetToOneRelatedFieldsAppsItem,
    )
    from ...models.apps_ci_product_get_to_one_related_fields_bundle_ids_item import (
        AppsCiProductGetToOneRelatedFieldsBundleIdsItem,
    )
    from ...models.apps_ci_product_get_to_one_related_fields_ci_products_item import (
        AppsCiProductGetToOneRelatedFieldsCiProductsItem,
    )
    from ...models.apps_ci_product_get_to_one_related_fields_scm_repositories_item import (
        AppsCiProductGetToOneRelatedFieldsScmRepositoriesItem,
    )
    from ...models.apps_ci_product_get_to_one_related_include_item import (
        AppsCiProductGetToOneRelatedIncludeItem,
    )

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
    fields_ci_products: list[AppsCiProductGetToOneRelatedFieldsCiProductsItem] | Unset = UNSET,
    fields_apps: list[AppsCiProductGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
    fields_bundle_ids: list[AppsCiProductGetToOneRelatedFieldsBundleIdsItem] | Unset = UNSET,
    fields_scm_repositories: list[AppsCiProductGetToOneRelatedFieldsScmRepositoriesItem] | Unset = UNSET,
    include: list[AppsCiProductGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_primary_repositories: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[ciProducts]",
        "fields_ci_products",
        fields_ci_products,
        "AppsCiProductGetToOneRelatedFieldsCiProductsItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "AppsCiProductGetToOneRelatedFieldsAppsItem"
    )
    _params.query_list(
        params,
        "fields[bundleIds]",
        "fields_bundle_ids",
        fields_bundle_ids,
        "AppsCiProductGetToOneRelatedFieldsBundleIdsItem",
    )
    _params.query_list(
        params,
        "fields[scmRepositories]",
        "fields_scm_repositories",
        fields_scm_repositories,
        "AppsCiProductGetToOneRelatedFieldsScmRepositoriesItem",
    )
    _params.query_list(params, "include", "include", include, "AppsCiProductGetToOneRelatedIncludeItem")
    _params.query_value(
        params, "limit[primaryRepositories]", "limit_primary_repositories", limit_primary_repositories, int
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/ciProduct".format(
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
    fields_ci_products: list[AppsCiProductGetToOneRelatedFieldsCiProductsItem] | Unset = UNSET,
    fields_apps: list[AppsCiProductGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
    fields_bundle_ids: list[AppsCiProductGetToOneRelatedFieldsBundleIdsItem] | Unset = UNSET,
    fields_scm_repositories: list[AppsCiProductGetToOneRelatedFieldsScmRepositoriesItem] | Unset = UNSET,
    include: list[AppsCiProductGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_primary_repositories: int | Unset = UNSET,
) -> Response[CiProductResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/ciProduct`` (apps_ciProduct_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-ciproduct


    Args:
        id (str):
        fields_ci_products (list[AppsCiProductGetToOneRelatedFieldsCiProductsItem] | Unset):
        fields_apps (list[AppsCiProductGetToOneRelatedFieldsAppsItem] | Unset):
        fields_bundle_ids (list[AppsCiProductGetToOneRelatedFieldsBundleIdsItem] | Unset):
        fields_scm_repositories (list[AppsCiProductGetToOneRelatedFieldsScmRepositoriesItem] |
            Unset):
        include (list[AppsCiProductGetToOneRelatedIncludeItem] | Unset):
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
    fields_ci_products: list[AppsCiProductGetToOneRelatedFieldsCiProductsItem] | Unset = UNSET,
    fields_apps: list[AppsCiProductGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
    fields_bundle_ids: list[AppsCiProductGetToOneRelatedFieldsBundleIdsItem] | Unset = UNSET,
    fields_scm_repositories: list[AppsCiProductGetToOneRelatedFieldsScmRepositoriesItem] | Unset = UNSET,
    include: list[AppsCiProductGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_primary_repositories: int | Unset = UNSET,
) -> CiProductResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/ciProduct`` (apps_ciProduct_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-ciproduct


    Args:
        id (str):
        fields_ci_products (list[AppsCiProductGetToOneRelatedFieldsCiProductsItem] | Unset):
        fields_apps (list[AppsCiProductGetToOneRelatedFieldsAppsItem] | Unset):
        fields_bundle_ids (list[AppsCiProductGetToOneRelatedFieldsBundleIdsItem] | Unset):
        fields_scm_repositories (list[AppsCiProductGetToOneRelatedFieldsScmRepositoriesItem] |
            Unset):
        include (list[AppsCiProductGetToOneRelatedIncludeItem] | Unset):
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
    fields_ci_products: list[AppsCiProductGetToOneRelatedFieldsCiProductsItem] | Unset = UNSET,
    fields_apps: list[AppsCiProductGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
    fields_bundle_ids: list[AppsCiProductGetToOneRelatedFieldsBundleIdsItem] | Unset = UNSET,
    fields_scm_repositories: list[AppsCiProductGetToOneRelatedFieldsScmRepositoriesItem] | Unset = UNSET,
    include: list[AppsCiProductGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_primary_repositories: int | Unset = UNSET,
) -> Response[CiProductResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/ciProduct`` (apps_ciProduct_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-ciproduct


    Args:
        id (str):
        fields_ci_products (list[AppsCiProductGetToOneRelatedFieldsCiProductsItem] | Unset):
        fields_apps (list[AppsCiProductGetToOneRelatedFieldsAppsItem] | Unset):
        fields_bundle_ids (list[AppsCiProductGetToOneRelatedFieldsBundleIdsItem] | Unset):
        fields_scm_repositories (list[AppsCiProductGetToOneRelatedFieldsScmRepositoriesItem] |
            Unset):
        include (list[AppsCiProductGetToOneRelatedIncludeItem] | Unset):
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
    fields_ci_products: list[AppsCiProductGetToOneRelatedFieldsCiProductsItem] | Unset = UNSET,
    fields_apps: list[AppsCiProductGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
    fields_bundle_ids: list[AppsCiProductGetToOneRelatedFieldsBundleIdsItem] | Unset = UNSET,
    fields_scm_repositories: list[AppsCiProductGetToOneRelatedFieldsScmRepositoriesItem] | Unset = UNSET,
    include: list[AppsCiProductGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_primary_repositories: int | Unset = UNSET,
) -> CiProductResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/ciProduct`` (apps_ciProduct_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-ciproduct


    Args:
        id (str):
        fields_ci_products (list[AppsCiProductGetToOneRelatedFieldsCiProductsItem] | Unset):
        fields_apps (list[AppsCiProductGetToOneRelatedFieldsAppsItem] | Unset):
        fields_bundle_ids (list[AppsCiProductGetToOneRelatedFieldsBundleIdsItem] | Unset):
        fields_scm_repositories (list[AppsCiProductGetToOneRelatedFieldsScmRepositoriesItem] |
            Unset):
        include (list[AppsCiProductGetToOneRelatedIncludeItem] | Unset):
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
