from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.ci_workflows_get_instance_fields_ci_mac_os_versions_item import (
        CiWorkflowsGetInstanceFieldsCiMacOsVersionsItem,
    )
    from ...models.ci_workflows_get_instance_fields_ci_products_item import (
        CiWorkflowsGetInstanceFieldsCiProductsItem,
    )
    from ...models.ci_workflows_get_instance_fields_ci_workflows_item import (
        CiWorkflowsGetInstanceFieldsCiWorkflowsItem,
    )
    from ...models.ci_workflows_get_instance_fields_ci_xcode_versions_item import (
        CiWorkflowsGetInstanceFieldsCiXcodeVersionsItem,
    )
    from ...models.ci_workflows_get_instance_fields_scm_repositories_item import (
        CiWorkflowsGetInstanceFieldsScmRepositoriesItem,
    )
    from ...models.ci_workflows_get_instance_include_item import CiWorkflowsGetInstanceIncludeItem

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ci_workflow_response import CiWorkflowResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_ci_workflows: list[CiWorkflowsGetInstanceFieldsCiWorkflowsItem] | Unset = UNSET,
    fields_ci_products: list[CiWorkflowsGetInstanceFieldsCiProductsItem] | Unset = UNSET,
    fields_scm_repositories: list[CiWorkflowsGetInstanceFieldsScmRepositoriesItem] | Unset = UNSET,
    fields_ci_xcode_versions: list[CiWorkflowsGetInstanceFieldsCiXcodeVersionsItem] | Unset = UNSET,
    fields_ci_mac_os_versions: list[CiWorkflowsGetInstanceFieldsCiMacOsVersionsItem] | Unset = UNSET,
    include: list[CiWorkflowsGetInstanceIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[ciWorkflows]",
        "fields_ci_workflows",
        fields_ci_workflows,
        "CiWorkflowsGetInstanceFieldsCiWorkflowsItem",
    )
    _params.query_list(
        params,
        "fields[ciProducts]",
        "fields_ci_products",
        fields_ci_products,
        "CiWorkflowsGetInstanceFieldsCiProductsItem",
    )
    _params.query_list(
        params,
        "fields[scmRepositories]",
        "fields_scm_repositories",
        fields_scm_repositories,
        "CiWorkflowsGetInstanceFieldsScmRepositoriesItem",
    )
    _params.query_list(
        params,
        "fields[ciXcodeVersions]",
        "fields_ci_xcode_versions",
        fields_ci_xcode_versions,
        "CiWorkflowsGetInstanceFieldsCiXcodeVersionsItem",
    )
    _params.query_list(
        params,
        "fields[ciMacOsVersions]",
        "fields_ci_mac_os_versions",
        fields_ci_mac_os_versions,
        "CiWorkflowsGetInstanceFieldsCiMacOsVersionsItem",
    )
    _params.query_list(params, "include", "include", include, "CiWorkflowsGetInstanceIncludeItem")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ciWorkflows/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CiWorkflowResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CiWorkflowResponse.from_dict(response.json())

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
) -> Response[CiWorkflowResponse | ErrorResponse]:
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
    fields_ci_workflows: list[CiWorkflowsGetInstanceFieldsCiWorkflowsItem] | Unset = UNSET,
    fields_ci_products: list[CiWorkflowsGetInstanceFieldsCiProductsItem] | Unset = UNSET,
    fields_scm_repositories: list[CiWorkflowsGetInstanceFieldsScmRepositoriesItem] | Unset = UNSET,
    fields_ci_xcode_versions: list[CiWorkflowsGetInstanceFieldsCiXcodeVersionsItem] | Unset = UNSET,
    fields_ci_mac_os_versions: list[CiWorkflowsGetInstanceFieldsCiMacOsVersionsItem] | Unset = UNSET,
    include: list[CiWorkflowsGetInstanceIncludeItem] | Unset = UNSET,
) -> Response[CiWorkflowResponse | ErrorResponse]:
    """``GET /v1/ciWorkflows/{id}`` (ciWorkflows_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_


    Args:
        id (str):
        fields_ci_workflows (list[CiWorkflowsGetInstanceFieldsCiWorkflowsItem] | Unset):
        fields_ci_products (list[CiWorkflowsGetInstanceFieldsCiProductsItem] | Unset):
        fields_scm_repositories (list[CiWorkflowsGetInstanceFieldsScmRepositoriesItem] | Unset):
        fields_ci_xcode_versions (list[CiWorkflowsGetInstanceFieldsCiXcodeVersionsItem] | Unset):
        fields_ci_mac_os_versions (list[CiWorkflowsGetInstanceFieldsCiMacOsVersionsItem] | Unset):
        include (list[CiWorkflowsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CiWorkflowResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_ci_workflows=fields_ci_workflows,
        fields_ci_products=fields_ci_products,
        fields_scm_repositories=fields_scm_repositories,
        fields_ci_xcode_versions=fields_ci_xcode_versions,
        fields_ci_mac_os_versions=fields_ci_mac_os_versions,
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
    fields_ci_workflows: list[CiWorkflowsGetInstanceFieldsCiWorkflowsItem] | Unset = UNSET,
    fields_ci_products: list[CiWorkflowsGetInstanceFieldsCiProductsItem] | Unset = UNSET,
    fields_scm_repositories: list[CiWorkflowsGetInstanceFieldsScmRepositoriesItem] | Unset = UNSET,
    fields_ci_xcode_versions: list[CiWorkflowsGetInstanceFieldsCiXcodeVersionsItem] | Unset = UNSET,
    fields_ci_mac_os_versions: list[CiWorkflowsGetInstanceFieldsCiMacOsVersionsItem] | Unset = UNSET,
    include: list[CiWorkflowsGetInstanceIncludeItem] | Unset = UNSET,
) -> CiWorkflowResponse | ErrorResponse | None:
    """``GET /v1/ciWorkflows/{id}`` (ciWorkflows_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_


    Args:
        id (str):
        fields_ci_workflows (list[CiWorkflowsGetInstanceFieldsCiWorkflowsItem] | Unset):
        fields_ci_products (list[CiWorkflowsGetInstanceFieldsCiProductsItem] | Unset):
        fields_scm_repositories (list[CiWorkflowsGetInstanceFieldsScmRepositoriesItem] | Unset):
        fields_ci_xcode_versions (list[CiWorkflowsGetInstanceFieldsCiXcodeVersionsItem] | Unset):
        fields_ci_mac_os_versions (list[CiWorkflowsGetInstanceFieldsCiMacOsVersionsItem] | Unset):
        include (list[CiWorkflowsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CiWorkflowResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_ci_workflows=fields_ci_workflows,
        fields_ci_products=fields_ci_products,
        fields_scm_repositories=fields_scm_repositories,
        fields_ci_xcode_versions=fields_ci_xcode_versions,
        fields_ci_mac_os_versions=fields_ci_mac_os_versions,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_ci_workflows: list[CiWorkflowsGetInstanceFieldsCiWorkflowsItem] | Unset = UNSET,
    fields_ci_products: list[CiWorkflowsGetInstanceFieldsCiProductsItem] | Unset = UNSET,
    fields_scm_repositories: list[CiWorkflowsGetInstanceFieldsScmRepositoriesItem] | Unset = UNSET,
    fields_ci_xcode_versions: list[CiWorkflowsGetInstanceFieldsCiXcodeVersionsItem] | Unset = UNSET,
    fields_ci_mac_os_versions: list[CiWorkflowsGetInstanceFieldsCiMacOsVersionsItem] | Unset = UNSET,
    include: list[CiWorkflowsGetInstanceIncludeItem] | Unset = UNSET,
) -> Response[CiWorkflowResponse | ErrorResponse]:
    """``GET /v1/ciWorkflows/{id}`` (ciWorkflows_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_


    Args:
        id (str):
        fields_ci_workflows (list[CiWorkflowsGetInstanceFieldsCiWorkflowsItem] | Unset):
        fields_ci_products (list[CiWorkflowsGetInstanceFieldsCiProductsItem] | Unset):
        fields_scm_repositories (list[CiWorkflowsGetInstanceFieldsScmRepositoriesItem] | Unset):
        fields_ci_xcode_versions (list[CiWorkflowsGetInstanceFieldsCiXcodeVersionsItem] | Unset):
        fields_ci_mac_os_versions (list[CiWorkflowsGetInstanceFieldsCiMacOsVersionsItem] | Unset):
        include (list[CiWorkflowsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CiWorkflowResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_ci_workflows=fields_ci_workflows,
        fields_ci_products=fields_ci_products,
        fields_scm_repositories=fields_scm_repositories,
        fields_ci_xcode_versions=fields_ci_xcode_versions,
        fields_ci_mac_os_versions=fields_ci_mac_os_versions,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_ci_workflows: list[CiWorkflowsGetInstanceFieldsCiWorkflowsItem] | Unset = UNSET,
    fields_ci_products: list[CiWorkflowsGetInstanceFieldsCiProductsItem] | Unset = UNSET,
    fields_scm_repositories: list[CiWorkflowsGetInstanceFieldsScmRepositoriesItem] | Unset = UNSET,
    fields_ci_xcode_versions: list[CiWorkflowsGetInstanceFieldsCiXcodeVersionsItem] | Unset = UNSET,
    fields_ci_mac_os_versions: list[CiWorkflowsGetInstanceFieldsCiMacOsVersionsItem] | Unset = UNSET,
    include: list[CiWorkflowsGetInstanceIncludeItem] | Unset = UNSET,
) -> CiWorkflowResponse | ErrorResponse | None:
    """``GET /v1/ciWorkflows/{id}`` (ciWorkflows_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_


    Args:
        id (str):
        fields_ci_workflows (list[CiWorkflowsGetInstanceFieldsCiWorkflowsItem] | Unset):
        fields_ci_products (list[CiWorkflowsGetInstanceFieldsCiProductsItem] | Unset):
        fields_scm_repositories (list[CiWorkflowsGetInstanceFieldsScmRepositoriesItem] | Unset):
        fields_ci_xcode_versions (list[CiWorkflowsGetInstanceFieldsCiXcodeVersionsItem] | Unset):
        fields_ci_mac_os_versions (list[CiWorkflowsGetInstanceFieldsCiMacOsVersionsItem] | Unset):
        include (list[CiWorkflowsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CiWorkflowResponse | ErrorResponse

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
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[CiWorkflowResponse] = CiWorkflowResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[CiWorkflowResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
