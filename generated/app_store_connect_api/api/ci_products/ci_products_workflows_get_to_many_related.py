from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.ci_products_workflows_get_to_many_related_fields_ci_mac_os_versions_item import (
        CiProductsWorkflowsGetToManyRelatedFieldsCiMacOsVersionsItem,
    )
    from ...models.ci_products_workflows_get_to_many_related_fields_ci_products_item import (
        CiProductsWorkflowsGetToManyRelatedFieldsCiProductsItem,
    )
    from ...models.ci_products_workflows_get_to_many_related_fields_ci_workflows_item import (
        CiProductsWorkflowsGetToManyRelatedFieldsCiWorkflowsItem,
    )
    from ...models.ci_products_workflows_get_to_many_related_fields_ci_xcode_versions_item import (
        CiProductsWorkflowsGetToManyRelatedFieldsCiXcodeVersionsItem,
    )
    from ...models.ci_products_workflows_get_to_many_related_fields_scm_repositories_item import (
        CiProductsWorkflowsGetToManyRelatedFieldsScmRepositoriesItem,
    )
    from ...models.ci_products_workflows_get_to_many_related_include_item import (
        CiProductsWorkflowsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ci_workflows_response import CiWorkflowsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_ci_workflows: list[CiProductsWorkflowsGetToManyRelatedFieldsCiWorkflowsItem] | Unset = UNSET,
    fields_ci_products: list[CiProductsWorkflowsGetToManyRelatedFieldsCiProductsItem] | Unset = UNSET,
    fields_scm_repositories: list[CiProductsWorkflowsGetToManyRelatedFieldsScmRepositoriesItem]
    | Unset = UNSET,
    fields_ci_xcode_versions: list[CiProductsWorkflowsGetToManyRelatedFieldsCiXcodeVersionsItem]
    | Unset = UNSET,
    fields_ci_mac_os_versions: list[CiProductsWorkflowsGetToManyRelatedFieldsCiMacOsVersionsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiProductsWorkflowsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[ciWorkflows]",
        "fields_ci_workflows",
        fields_ci_workflows,
        "CiProductsWorkflowsGetToManyRelatedFieldsCiWorkflowsItem",
    )
    _params.query_list(
        params,
        "fields[ciProducts]",
        "fields_ci_products",
        fields_ci_products,
        "CiProductsWorkflowsGetToManyRelatedFieldsCiProductsItem",
    )
    _params.query_list(
        params,
        "fields[scmRepositories]",
        "fields_scm_repositories",
        fields_scm_repositories,
        "CiProductsWorkflowsGetToManyRelatedFieldsScmRepositoriesItem",
    )
    _params.query_list(
        params,
        "fields[ciXcodeVersions]",
        "fields_ci_xcode_versions",
        fields_ci_xcode_versions,
        "CiProductsWorkflowsGetToManyRelatedFieldsCiXcodeVersionsItem",
    )
    _params.query_list(
        params,
        "fields[ciMacOsVersions]",
        "fields_ci_mac_os_versions",
        fields_ci_mac_os_versions,
        "CiProductsWorkflowsGetToManyRelatedFieldsCiMacOsVersionsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "CiProductsWorkflowsGetToManyRelatedIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ciProducts/{id}/workflows".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CiWorkflowsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CiWorkflowsResponse.from_dict(response.json())

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
) -> Response[CiWorkflowsResponse | ErrorResponse]:
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
    fields_ci_workflows: list[CiProductsWorkflowsGetToManyRelatedFieldsCiWorkflowsItem] | Unset = UNSET,
    fields_ci_products: list[CiProductsWorkflowsGetToManyRelatedFieldsCiProductsItem] | Unset = UNSET,
    fields_scm_repositories: list[CiProductsWorkflowsGetToManyRelatedFieldsScmRepositoriesItem]
    | Unset = UNSET,
    fields_ci_xcode_versions: list[CiProductsWorkflowsGetToManyRelatedFieldsCiXcodeVersionsItem]
    | Unset = UNSET,
    fields_ci_mac_os_versions: list[CiProductsWorkflowsGetToManyRelatedFieldsCiMacOsVersionsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiProductsWorkflowsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[CiWorkflowsResponse | ErrorResponse]:
    """``GET /v1/ciProducts/{id}/workflows`` (ciProducts_workflows_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-workflows


    Args:
        id (str):
        fields_ci_workflows (list[CiProductsWorkflowsGetToManyRelatedFieldsCiWorkflowsItem] |
            Unset):
        fields_ci_products (list[CiProductsWorkflowsGetToManyRelatedFieldsCiProductsItem] |
            Unset):
        fields_scm_repositories
            (list[CiProductsWorkflowsGetToManyRelatedFieldsScmRepositoriesItem] | Unset):
        fields_ci_xcode_versions
            (list[CiProductsWorkflowsGetToManyRelatedFieldsCiXcodeVersionsItem] | Unset):
        fields_ci_mac_os_versions
            (list[CiProductsWorkflowsGetToManyRelatedFieldsCiMacOsVersionsItem] | Unset):
        limit (int | Unset):
        include (list[CiProductsWorkflowsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CiWorkflowsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_ci_workflows=fields_ci_workflows,
        fields_ci_products=fields_ci_products,
        fields_scm_repositories=fields_scm_repositories,
        fields_ci_xcode_versions=fields_ci_xcode_versions,
        fields_ci_mac_os_versions=fields_ci_mac_os_versions,
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
    fields_ci_workflows: list[CiProductsWorkflowsGetToManyRelatedFieldsCiWorkflowsItem] | Unset = UNSET,
    fields_ci_products: list[CiProductsWorkflowsGetToManyRelatedFieldsCiProductsItem] | Unset = UNSET,
    fields_scm_repositories: list[CiProductsWorkflowsGetToManyRelatedFieldsScmRepositoriesItem]
    | Unset = UNSET,
    fields_ci_xcode_versions: list[CiProductsWorkflowsGetToManyRelatedFieldsCiXcodeVersionsItem]
    | Unset = UNSET,
    fields_ci_mac_os_versions: list[CiProductsWorkflowsGetToManyRelatedFieldsCiMacOsVersionsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiProductsWorkflowsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> CiWorkflowsResponse | ErrorResponse | None:
    """``GET /v1/ciProducts/{id}/workflows`` (ciProducts_workflows_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-workflows


    Args:
        id (str):
        fields_ci_workflows (list[CiProductsWorkflowsGetToManyRelatedFieldsCiWorkflowsItem] |
            Unset):
        fields_ci_products (list[CiProductsWorkflowsGetToManyRelatedFieldsCiProductsItem] |
            Unset):
        fields_scm_repositories
            (list[CiProductsWorkflowsGetToManyRelatedFieldsScmRepositoriesItem] | Unset):
        fields_ci_xcode_versions
            (list[CiProductsWorkflowsGetToManyRelatedFieldsCiXcodeVersionsItem] | Unset):
        fields_ci_mac_os_versions
            (list[CiProductsWorkflowsGetToManyRelatedFieldsCiMacOsVersionsItem] | Unset):
        limit (int | Unset):
        include (list[CiProductsWorkflowsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CiWorkflowsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_ci_workflows=fields_ci_workflows,
        fields_ci_products=fields_ci_products,
        fields_scm_repositories=fields_scm_repositories,
        fields_ci_xcode_versions=fields_ci_xcode_versions,
        fields_ci_mac_os_versions=fields_ci_mac_os_versions,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_ci_workflows: list[CiProductsWorkflowsGetToManyRelatedFieldsCiWorkflowsItem] | Unset = UNSET,
    fields_ci_products: list[CiProductsWorkflowsGetToManyRelatedFieldsCiProductsItem] | Unset = UNSET,
    fields_scm_repositories: list[CiProductsWorkflowsGetToManyRelatedFieldsScmRepositoriesItem]
    | Unset = UNSET,
    fields_ci_xcode_versions: list[CiProductsWorkflowsGetToManyRelatedFieldsCiXcodeVersionsItem]
    | Unset = UNSET,
    fields_ci_mac_os_versions: list[CiProductsWorkflowsGetToManyRelatedFieldsCiMacOsVersionsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiProductsWorkflowsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[CiWorkflowsResponse | ErrorResponse]:
    """``GET /v1/ciProducts/{id}/workflows`` (ciProducts_workflows_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-workflows


    Args:
        id (str):
        fields_ci_workflows (list[CiProductsWorkflowsGetToManyRelatedFieldsCiWorkflowsItem] |
            Unset):
        fields_ci_products (list[CiProductsWorkflowsGetToManyRelatedFieldsCiProductsItem] |
            Unset):
        fields_scm_repositories
            (list[CiProductsWorkflowsGetToManyRelatedFieldsScmRepositoriesItem] | Unset):
        fields_ci_xcode_versions
            (list[CiProductsWorkflowsGetToManyRelatedFieldsCiXcodeVersionsItem] | Unset):
        fields_ci_mac_os_versions
            (list[CiProductsWorkflowsGetToManyRelatedFieldsCiMacOsVersionsItem] | Unset):
        limit (int | Unset):
        include (list[CiProductsWorkflowsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CiWorkflowsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_ci_workflows=fields_ci_workflows,
        fields_ci_products=fields_ci_products,
        fields_scm_repositories=fields_scm_repositories,
        fields_ci_xcode_versions=fields_ci_xcode_versions,
        fields_ci_mac_os_versions=fields_ci_mac_os_versions,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_ci_workflows: list[CiProductsWorkflowsGetToManyRelatedFieldsCiWorkflowsItem] | Unset = UNSET,
    fields_ci_products: list[CiProductsWorkflowsGetToManyRelatedFieldsCiProductsItem] | Unset = UNSET,
    fields_scm_repositories: list[CiProductsWorkflowsGetToManyRelatedFieldsScmRepositoriesItem]
    | Unset = UNSET,
    fields_ci_xcode_versions: list[CiProductsWorkflowsGetToManyRelatedFieldsCiXcodeVersionsItem]
    | Unset = UNSET,
    fields_ci_mac_os_versions: list[CiProductsWorkflowsGetToManyRelatedFieldsCiMacOsVersionsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiProductsWorkflowsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> CiWorkflowsResponse | ErrorResponse | None:
    """``GET /v1/ciProducts/{id}/workflows`` (ciProducts_workflows_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-workflows


    Args:
        id (str):
        fields_ci_workflows (list[CiProductsWorkflowsGetToManyRelatedFieldsCiWorkflowsItem] |
            Unset):
        fields_ci_products (list[CiProductsWorkflowsGetToManyRelatedFieldsCiProductsItem] |
            Unset):
        fields_scm_repositories
            (list[CiProductsWorkflowsGetToManyRelatedFieldsScmRepositoriesItem] | Unset):
        fields_ci_xcode_versions
            (list[CiProductsWorkflowsGetToManyRelatedFieldsCiXcodeVersionsItem] | Unset):
        fields_ci_mac_os_versions
            (list[CiProductsWorkflowsGetToManyRelatedFieldsCiMacOsVersionsItem] | Unset):
        limit (int | Unset):
        include (list[CiProductsWorkflowsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CiWorkflowsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_ci_workflows=fields_ci_workflows,
            fields_ci_products=fields_ci_products,
            fields_scm_repositories=fields_scm_repositories,
            fields_ci_xcode_versions=fields_ci_xcode_versions,
            fields_ci_mac_os_versions=fields_ci_mac_os_versions,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[CiWorkflowsResponse] = CiWorkflowsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.ci_workflow import CiWorkflow

ITEM_TYPE: type[CiWorkflow] = CiWorkflow
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[CiWorkflowsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
