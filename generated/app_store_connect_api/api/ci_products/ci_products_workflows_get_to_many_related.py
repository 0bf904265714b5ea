from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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

    params: dict[str, Any] = {}

    if isinstance(fields_ci_workflows, list):
        params["fields[ciWorkflows]"] = ",".join(str(item) for item in fields_ci_workflows)

    if isinstance(fields_ci_products, list):
        params["fields[ciProducts]"] = ",".join(str(item) for item in fields_ci_products)

    if isinstance(fields_scm_repositories, list):
        params["fields[scmRepositories]"] = ",".join(str(item) for item in fields_scm_repositories)

    if isinstance(fields_ci_xcode_versions, list):
        params["fields[ciXcodeVersions]"] = ",".join(str(item) for item in fields_ci_xcode_versions)

    if isinstance(fields_ci_mac_os_versions, list):
        params["fields[ciMacOsVersions]"] = ",".join(str(item) for item in fields_ci_mac_os_versions)

    params["limit"] = limit

    if isinstance(include, list):
        params["include"] = ",".join(str(item) for item in include)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

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
    """
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
    """
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
    """
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
    """
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
