from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.ci_build_runs_get_instance_fields_builds_item import CiBuildRunsGetInstanceFieldsBuildsItem
    from ...models.ci_build_runs_get_instance_fields_ci_build_runs_item import (
        CiBuildRunsGetInstanceFieldsCiBuildRunsItem,
    )
    from ...models.ci_build_runs_get_instance_fields_ci_products_item import (
        CiBuildRunsGetInstanceFieldsCiProductsItem,
    )
    from ...models.ci_build_runs_get_instance_fields_ci_workflows_item import (
        CiBuildRunsGetInstanceFieldsCiWorkflowsItem,
    )
    from ...models.ci_build_runs_get_instance_fields_scm_git_references_item import (
        CiBuildRunsGetInstanceFieldsScmGitReferencesItem,
    )
    from ...models.ci_build_runs_get_instance_fields_scm_pull_requests_item import (
        CiBuildRunsGetInstanceFieldsScmPullRequestsItem,
    )
    from ...models.ci_build_runs_get_instance_include_item import CiBuildRunsGetInstanceIncludeItem

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ci_build_run_response import CiBuildRunResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_ci_build_runs: list[CiBuildRunsGetInstanceFieldsCiBuildRunsItem] | Unset = UNSET,
    fields_builds: list[CiBuildRunsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_ci_workflows: list[CiBuildRunsGetInstanceFieldsCiWorkflowsItem] | Unset = UNSET,
    fields_ci_products: list[CiBuildRunsGetInstanceFieldsCiProductsItem] | Unset = UNSET,
    fields_scm_git_references: list[CiBuildRunsGetInstanceFieldsScmGitReferencesItem] | Unset = UNSET,
    fields_scm_pull_requests: list[CiBuildRunsGetInstanceFieldsScmPullRequestsItem] | Unset = UNSET,
    include: list[CiBuildRunsGetInstanceIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[ciBuildRuns]",
        "fields_ci_build_runs",
        fields_ci_build_runs,
        "CiBuildRunsGetInstanceFieldsCiBuildRunsItem",
    )
    _params.query_list(
        params, "fields[builds]", "fields_builds", fields_builds, "CiBuildRunsGetInstanceFieldsBuildsItem"
    )
    _params.query_list(
        params,
        "fields[ciWorkflows]",
        "fields_ci_workflows",
        fields_ci_workflows,
        "CiBuildRunsGetInstanceFieldsCiWorkflowsItem",
    )
    _params.query_list(
        params,
        "fields[ciProducts]",
        "fields_ci_products",
        fields_ci_products,
        "CiBuildRunsGetInstanceFieldsCiProductsItem",
    )
    _params.query_list(
        params,
        "fields[scmGitReferences]",
        "fields_scm_git_references",
        fields_scm_git_references,
        "CiBuildRunsGetInstanceFieldsScmGitReferencesItem",
    )
    _params.query_list(
        params,
        "fields[scmPullRequests]",
        "fields_scm_pull_requests",
        fields_scm_pull_requests,
        "CiBuildRunsGetInstanceFieldsScmPullRequestsItem",
    )
    _params.query_list(params, "include", "include", include, "CiBuildRunsGetInstanceIncludeItem")
    _params.query_value(params, "limit[builds]", "limit_builds", limit_builds, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ciBuildRuns/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CiBuildRunResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CiBuildRunResponse.from_dict(response.json())

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
) -> Response[CiBuildRunResponse | ErrorResponse]:
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
    fields_ci_build_runs: list[CiBuildRunsGetInstanceFieldsCiBuildRunsItem] | Unset = UNSET,
    fields_builds: list[CiBuildRunsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_ci_workflows: list[CiBuildRunsGetInstanceFieldsCiWorkflowsItem] | Unset = UNSET,
    fields_ci_products: list[CiBuildRunsGetInstanceFieldsCiProductsItem] | Unset = UNSET,
    fields_scm_git_references: list[CiBuildRunsGetInstanceFieldsScmGitReferencesItem] | Unset = UNSET,
    fields_scm_pull_requests: list[CiBuildRunsGetInstanceFieldsScmPullRequestsItem] | Unset = UNSET,
    include: list[CiBuildRunsGetInstanceIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> Response[CiBuildRunResponse | ErrorResponse]:
    """``GET /v1/ciBuildRuns/{id}`` (ciBuildRuns_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_


    Args:
        id (str):
        fields_ci_build_runs (list[CiBuildRunsGetInstanceFieldsCiBuildRunsItem] | Unset):
        fields_builds (list[CiBuildRunsGetInstanceFieldsBuildsItem] | Unset):
        fields_ci_workflows (list[CiBuildRunsGetInstanceFieldsCiWorkflowsItem] | Unset):
        fields_ci_products (list[CiBuildRunsGetInstanceFieldsCiProductsItem] | Unset):
        fields_scm_git_references (list[CiBuildRunsGetInstanceFieldsScmGitReferencesItem] |
            Unset):
        fields_scm_pull_requests (list[CiBuildRunsGetInstanceFieldsScmPullRequestsItem] | Unset):
        include (list[CiBuildRunsGetInstanceIncludeItem] | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CiBuildRunResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_ci_build_runs=fields_ci_build_runs,
        fields_builds=fields_builds,
        fields_ci_workflows=fields_ci_workflows,
        fields_ci_products=fields_ci_products,
        fields_scm_git_references=fields_scm_git_references,
        fields_scm_pull_requests=fields_scm_pull_requests,
        include=include,
        limit_builds=limit_builds,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_ci_build_runs: list[CiBuildRunsGetInstanceFieldsCiBuildRunsItem] | Unset = UNSET,
    fields_builds: list[CiBuildRunsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_ci_workflows: list[CiBuildRunsGetInstanceFieldsCiWorkflowsItem] | Unset = UNSET,
    fields_ci_products: list[CiBuildRunsGetInstanceFieldsCiProductsItem] | Unset = UNSET,
    fields_scm_git_references: list[CiBuildRunsGetInstanceFieldsScmGitReferencesItem] | Unset = UNSET,
    fields_scm_pull_requests: list[CiBuildRunsGetInstanceFieldsScmPullRequestsItem] | Unset = UNSET,
    include: list[CiBuildRunsGetInstanceIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> CiBuildRunResponse | ErrorResponse | None:
    """``GET /v1/ciBuildRuns/{id}`` (ciBuildRuns_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_


    Args:
        id (str):
        fields_ci_build_runs (list[CiBuildRunsGetInstanceFieldsCiBuildRunsItem] | Unset):
        fields_builds (list[CiBuildRunsGetInstanceFieldsBuildsItem] | Unset):
        fields_ci_workflows (list[CiBuildRunsGetInstanceFieldsCiWorkflowsItem] | Unset):
        fields_ci_products (list[CiBuildRunsGetInstanceFieldsCiProductsItem] | Unset):
        fields_scm_git_references (list[CiBuildRunsGetInstanceFieldsScmGitReferencesItem] |
            Unset):
        fields_scm_pull_requests (list[CiBuildRunsGetInstanceFieldsScmPullRequestsItem] | Unset):
        include (list[CiBuildRunsGetInstanceIncludeItem] | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CiBuildRunResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_ci_build_runs=fields_ci_build_runs,
        fields_builds=fields_builds,
        fields_ci_workflows=fields_ci_workflows,
        fields_ci_products=fields_ci_products,
        fields_scm_git_references=fields_scm_git_references,
        fields_scm_pull_requests=fields_scm_pull_requests,
        include=include,
        limit_builds=limit_builds,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_ci_build_runs: list[CiBuildRunsGetInstanceFieldsCiBuildRunsItem] | Unset = UNSET,
    fields_builds: list[CiBuildRunsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_ci_workflows: list[CiBuildRunsGetInstanceFieldsCiWorkflowsItem] | Unset = UNSET,
    fields_ci_products: list[CiBuildRunsGetInstanceFieldsCiProductsItem] | Unset = UNSET,
    fields_scm_git_references: list[CiBuildRunsGetInstanceFieldsScmGitReferencesItem] | Unset = UNSET,
    fields_scm_pull_requests: list[CiBuildRunsGetInstanceFieldsScmPullRequestsItem] | Unset = UNSET,
    include: list[CiBuildRunsGetInstanceIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> Response[CiBuildRunResponse | ErrorResponse]:
    """``GET /v1/ciBuildRuns/{id}`` (ciBuildRuns_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_


    Args:
        id (str):
        fields_ci_build_runs (list[CiBuildRunsGetInstanceFieldsCiBuildRunsItem] | Unset):
        fields_builds (list[CiBuildRunsGetInstanceFieldsBuildsItem] | Unset):
        fields_ci_workflows (list[CiBuildRunsGetInstanceFieldsCiWorkflowsItem] | Unset):
        fields_ci_products (list[CiBuildRunsGetInstanceFieldsCiProductsItem] | Unset):
        fields_scm_git_references (list[CiBuildRunsGetInstanceFieldsScmGitReferencesItem] |
            Unset):
        fields_scm_pull_requests (list[CiBuildRunsGetInstanceFieldsScmPullRequestsItem] | Unset):
        include (list[CiBuildRunsGetInstanceIncludeItem] | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CiBuildRunResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_ci_build_runs=fields_ci_build_runs,
        fields_builds=fields_builds,
        fields_ci_workflows=fields_ci_workflows,
        fields_ci_products=fields_ci_products,
        fields_scm_git_references=fields_scm_git_references,
        fields_scm_pull_requests=fields_scm_pull_requests,
        include=include,
        limit_builds=limit_builds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_ci_build_runs: list[CiBuildRunsGetInstanceFieldsCiBuildRunsItem] | Unset = UNSET,
    fields_builds: list[CiBuildRunsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_ci_workflows: list[CiBuildRunsGetInstanceFieldsCiWorkflowsItem] | Unset = UNSET,
    fields_ci_products: list[CiBuildRunsGetInstanceFieldsCiProductsItem] | Unset = UNSET,
    fields_scm_git_references: list[CiBuildRunsGetInstanceFieldsScmGitReferencesItem] | Unset = UNSET,
    fields_scm_pull_requests: list[CiBuildRunsGetInstanceFieldsScmPullRequestsItem] | Unset = UNSET,
    include: list[CiBuildRunsGetInstanceIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> CiBuildRunResponse | ErrorResponse | None:
    """``GET /v1/ciBuildRuns/{id}`` (ciBuildRuns_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_


    Args:
        id (str):
        fields_ci_build_runs (list[CiBuildRunsGetInstanceFieldsCiBuildRunsItem] | Unset):
        fields_builds (list[CiBuildRunsGetInstanceFieldsBuildsItem] | Unset):
        fields_ci_workflows (list[CiBuildRunsGetInstanceFieldsCiWorkflowsItem] | Unset):
        fields_ci_products (list[CiBuildRunsGetInstanceFieldsCiProductsItem] | Unset):
        fields_scm_git_references (list[CiBuildRunsGetInstanceFieldsScmGitReferencesItem] |
            Unset):
        fields_scm_pull_requests (list[CiBuildRunsGetInstanceFieldsScmPullRequestsItem] | Unset):
        include (list[CiBuildRunsGetInstanceIncludeItem] | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CiBuildRunResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_ci_build_runs=fields_ci_build_runs,
            fields_builds=fields_builds,
            fields_ci_workflows=fields_ci_workflows,
            fields_ci_products=fields_ci_products,
            fields_scm_git_references=fields_scm_git_references,
            fields_scm_pull_requests=fields_scm_pull_requests,
            include=include,
            limit_builds=limit_builds,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[CiBuildRunResponse] = CiBuildRunResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[CiBuildRunResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
