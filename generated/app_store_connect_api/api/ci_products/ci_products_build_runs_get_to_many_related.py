from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.ci_products_build_runs_get_to_many_related_fields_builds_item import (
        CiProductsBuildRunsGetToManyRelatedFieldsBuildsItem,
    )
    from ...models.ci_products_build_runs_get_to_many_related_fields_ci_build_runs_item import (
        CiProductsBuildRunsGetToManyRelatedFieldsCiBuildRunsItem,
    )
    from ...models.ci_products_build_runs_get_to_many_related_fields_ci_products_item import (
        CiProductsBuildRunsGetToManyRelatedFieldsCiProductsItem,
    )
    from ...models.ci_products_build_runs_get_to_many_related_fields_ci_workflows_item import (
        CiProductsBuildRunsGetToManyRelatedFieldsCiWorkflowsItem,
    )
    from ...models.ci_products_build_runs_get_to_many_related_fields_scm_git_references_item import (
        CiProductsBuildRunsGetToManyRelatedFieldsScmGitReferencesItem,
    )
    from ...models.ci_products_build_runs_get_to_many_related_fields_scm_pull_requests_item import (
        CiProductsBuildRunsGetToManyRelatedFieldsScmPullRequestsItem,
    )
    from ...models.ci_products_build_runs_get_to_many_related_include_item import (
        CiProductsBuildRunsGetToManyRelatedIncludeItem,
    )
    from ...models.ci_products_build_runs_get_to_many_related_sort_item import (
        CiProductsBuildRunsGetToManyRelatedSortItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ci_build_runs_response import CiBuildRunsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_builds: list[str] | Unset = UNSET,
    sort: list[CiProductsBuildRunsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_ci_build_runs: list[CiProductsBuildRunsGetToManyRelatedFieldsCiBuildRunsItem] | Unset = UNSET,
    fields_builds: list[CiProductsBuildRunsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_ci_workflows: list[CiProductsBuildRunsGetToManyRelatedFieldsCiWorkflowsItem] | Unset = UNSET,
    fields_ci_products: list[CiProductsBuildRunsGetToManyRelatedFieldsCiProductsItem] | Unset = UNSET,
    fields_scm_git_references: list[CiProductsBuildRunsGetToManyRelatedFieldsScmGitReferencesItem]
    | Unset = UNSET,
    fields_scm_pull_requests: list[CiProductsBuildRunsGetToManyRelatedFieldsScmPullRequestsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiProductsBuildRunsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[builds]", "filter_builds", filter_builds, str)
    _params.query_list(params, "sort", "sort", sort, "CiProductsBuildRunsGetToManyRelatedSortItem")
    _params.query_list(
        params,
        "fields[ciBuildRuns]",
        "fields_ci_build_runs",
        fields_ci_build_runs,
        "CiProductsBuildRunsGetToManyRelatedFieldsCiBuildRunsItem",
    )
    _params.query_list(
        params,
        "fields[builds]",
        "fields_builds",
        fields_builds,
        "CiProductsBuildRunsGetToManyRelatedFieldsBuildsItem",
    )
    _params.query_list(
        params,
        "fields[ciWorkflows]",
        "fields_ci_workflows",
        fields_ci_workflows,
        "CiProductsBuildRunsGetToManyRelatedFieldsCiWorkflowsItem",
    )
    _params.query_list(
        params,
        "fields[ciProducts]",
        "fields_ci_products",
        fields_ci_products,
        "CiProductsBuildRunsGetToManyRelatedFieldsCiProductsItem",
    )
    _params.query_list(
        params,
        "fields[scmGitReferences]",
        "fields_scm_git_references",
        fields_scm_git_references,
        "CiProductsBuildRunsGetToManyRelatedFieldsScmGitReferencesItem",
    )
    _params.query_list(
        params,
        "fields[scmPullRequests]",
        "fields_scm_pull_requests",
        fields_scm_pull_requests,
        "CiProductsBuildRunsGetToManyRelatedFieldsScmPullRequestsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "CiProductsBuildRunsGetToManyRelatedIncludeItem"
    )
    _params.query_value(params, "limit[builds]", "limit_builds", limit_builds, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ciProducts/{id}/buildRuns".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CiBuildRunsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CiBuildRunsResponse.from_dict(response.json())

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
) -> Response[CiBuildRunsResponse | ErrorResponse]:
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
    filter_builds: list[str] | Unset = UNSET,
    sort: list[CiProductsBuildRunsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_ci_build_runs: list[CiProductsBuildRunsGetToManyRelatedFieldsCiBuildRunsItem] | Unset = UNSET,
    fields_builds: list[CiProductsBuildRunsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_ci_workflows: list[CiProductsBuildRunsGetToManyRelatedFieldsCiWorkflowsItem] | Unset = UNSET,
    fields_ci_products: list[CiProductsBuildRunsGetToManyRelatedFieldsCiProductsItem] | Unset = UNSET,
    fields_scm_git_references: list[CiProductsBuildRunsGetToManyRelatedFieldsScmGitReferencesItem]
    | Unset = UNSET,
    fields_scm_pull_requests: list[CiProductsBuildRunsGetToManyRelatedFieldsScmPullRequestsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiProductsBuildRunsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> Response[CiBuildRunsResponse | ErrorResponse]:
    """``GET /v1/ciProducts/{id}/buildRuns`` (ciProducts_buildRuns_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-buildruns


    Args:
        id (str):
        filter_builds (list[str] | Unset):
        sort (list[CiProductsBuildRunsGetToManyRelatedSortItem] | Unset):
        fields_ci_build_runs (list[CiProductsBuildRunsGetToManyRelatedFieldsCiBuildRunsItem] |
            Unset):
        fields_builds (list[CiProductsBuildRunsGetToManyRelatedFieldsBuildsItem] | Unset):
        fields_ci_workflows (list[CiProductsBuildRunsGetToManyRelatedFieldsCiWorkflowsItem] |
            Unset):
        fields_ci_products (list[CiProductsBuildRunsGetToManyRelatedFieldsCiProductsItem] |
            Unset):
        fields_scm_git_references
            (list[CiProductsBuildRunsGetToManyRelatedFieldsScmGitReferencesItem] | Unset):
        fields_scm_pull_requests
            (list[CiProductsBuildRunsGetToManyRelatedFieldsScmPullRequestsItem] | Unset):
        limit (int | Unset):
        include (list[CiProductsBuildRunsGetToManyRelatedIncludeItem] | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CiBuildRunsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_builds=filter_builds,
        sort=sort,
        fields_ci_build_runs=fields_ci_build_runs,
        fields_builds=fields_builds,
        fields_ci_workflows=fields_ci_workflows,
        fields_ci_products=fields_ci_products,
        fields_scm_git_references=fields_scm_git_references,
        fields_scm_pull_requests=fields_scm_pull_requests,
        limit=limit,
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
    filter_builds: list[str] | Unset = UNSET,
    sort: list[CiProductsBuildRunsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_ci_build_runs: list[CiProductsBuildRunsGetToManyRelatedFieldsCiBuildRunsItem] | Unset = UNSET,
    fields_builds: list[CiProductsBuildRunsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_ci_workflows: list[CiProductsBuildRunsGetToManyRelatedFieldsCiWorkflowsItem] | Unset = UNSET,
    fields_ci_products: list[CiProductsBuildRunsGetToManyRelatedFieldsCiProductsItem] | Unset = UNSET,
    fields_scm_git_references: list[CiProductsBuildRunsGetToManyRelatedFieldsScmGitReferencesItem]
    | Unset = UNSET,
    fields_scm_pull_requests: list[CiProductsBuildRunsGetToManyRelatedFieldsScmPullRequestsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiProductsBuildRunsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> CiBuildRunsResponse | ErrorResponse | None:
    """``GET /v1/ciProducts/{id}/buildRuns`` (ciProducts_buildRuns_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-buildruns


    Args:
        id (str):
        filter_builds (list[str] | Unset):
        sort (list[CiProductsBuildRunsGetToManyRelatedSortItem] | Unset):
        fields_ci_build_runs (list[CiProductsBuildRunsGetToManyRelatedFieldsCiBuildRunsItem] |
            Unset):
        fields_builds (list[CiProductsBuildRunsGetToManyRelatedFieldsBuildsItem] | Unset):
        fields_ci_workflows (list[CiProductsBuildRunsGetToManyRelatedFieldsCiWorkflowsItem] |
            Unset):
        fields_ci_products (list[CiProductsBuildRunsGetToManyRelatedFieldsCiProductsItem] |
            Unset):
        fields_scm_git_references
            (list[CiProductsBuildRunsGetToManyRelatedFieldsScmGitReferencesItem] | Unset):
        fields_scm_pull_requests
            (list[CiProductsBuildRunsGetToManyRelatedFieldsScmPullRequestsItem] | Unset):
        limit (int | Unset):
        include (list[CiProductsBuildRunsGetToManyRelatedIncludeItem] | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CiBuildRunsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_builds=filter_builds,
        sort=sort,
        fields_ci_build_runs=fields_ci_build_runs,
        fields_builds=fields_builds,
        fields_ci_workflows=fields_ci_workflows,
        fields_ci_products=fields_ci_products,
        fields_scm_git_references=fields_scm_git_references,
        fields_scm_pull_requests=fields_scm_pull_requests,
        limit=limit,
        include=include,
        limit_builds=limit_builds,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_builds: list[str] | Unset = UNSET,
    sort: list[CiProductsBuildRunsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_ci_build_runs: list[CiProductsBuildRunsGetToManyRelatedFieldsCiBuildRunsItem] | Unset = UNSET,
    fields_builds: list[CiProductsBuildRunsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_ci_workflows: list[CiProductsBuildRunsGetToManyRelatedFieldsCiWorkflowsItem] | Unset = UNSET,
    fields_ci_products: list[CiProductsBuildRunsGetToManyRelatedFieldsCiProductsItem] | Unset = UNSET,
    fields_scm_git_references: list[CiProductsBuildRunsGetToManyRelatedFieldsScmGitReferencesItem]
    | Unset = UNSET,
    fields_scm_pull_requests: list[CiProductsBuildRunsGetToManyRelatedFieldsScmPullRequestsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiProductsBuildRunsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> Response[CiBuildRunsResponse | ErrorResponse]:
    """``GET /v1/ciProducts/{id}/buildRuns`` (ciProducts_buildRuns_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-buildruns


    Args:
        id (str):
        filter_builds (list[str] | Unset):
        sort (list[CiProductsBuildRunsGetToManyRelatedSortItem] | Unset):
        fields_ci_build_runs (list[CiProductsBuildRunsGetToManyRelatedFieldsCiBuildRunsItem] |
            Unset):
        fields_builds (list[CiProductsBuildRunsGetToManyRelatedFieldsBuildsItem] | Unset):
        fields_ci_workflows (list[CiProductsBuildRunsGetToManyRelatedFieldsCiWorkflowsItem] |
            Unset):
        fields_ci_products (list[CiProductsBuildRunsGetToManyRelatedFieldsCiProductsItem] |
            Unset):
        fields_scm_git_references
            (list[CiProductsBuildRunsGetToManyRelatedFieldsScmGitReferencesItem] | Unset):
        fields_scm_pull_requests
            (list[CiProductsBuildRunsGetToManyRelatedFieldsScmPullRequestsItem] | Unset):
        limit (int | Unset):
        include (list[CiProductsBuildRunsGetToManyRelatedIncludeItem] | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CiBuildRunsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_builds=filter_builds,
        sort=sort,
        fields_ci_build_runs=fields_ci_build_runs,
        fields_builds=fields_builds,
        fields_ci_workflows=fields_ci_workflows,
        fields_ci_products=fields_ci_products,
        fields_scm_git_references=fields_scm_git_references,
        fields_scm_pull_requests=fields_scm_pull_requests,
        limit=limit,
        include=include,
        limit_builds=limit_builds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_builds: list[str] | Unset = UNSET,
    sort: list[CiProductsBuildRunsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_ci_build_runs: list[CiProductsBuildRunsGetToManyRelatedFieldsCiBuildRunsItem] | Unset = UNSET,
    fields_builds: list[CiProductsBuildRunsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_ci_workflows: list[CiProductsBuildRunsGetToManyRelatedFieldsCiWorkflowsItem] | Unset = UNSET,
    fields_ci_products: list[CiProductsBuildRunsGetToManyRelatedFieldsCiProductsItem] | Unset = UNSET,
    fields_scm_git_references: list[CiProductsBuildRunsGetToManyRelatedFieldsScmGitReferencesItem]
    | Unset = UNSET,
    fields_scm_pull_requests: list[CiProductsBuildRunsGetToManyRelatedFieldsScmPullRequestsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiProductsBuildRunsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> CiBuildRunsResponse | ErrorResponse | None:
    """``GET /v1/ciProducts/{id}/buildRuns`` (ciProducts_buildRuns_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciproducts-_id_-buildruns


    Args:
        id (str):
        filter_builds (list[str] | Unset):
        sort (list[CiProductsBuildRunsGetToManyRelatedSortItem] | Unset):
        fields_ci_build_runs (list[CiProductsBuildRunsGetToManyRelatedFieldsCiBuildRunsItem] |
            Unset):
        fields_builds (list[CiProductsBuildRunsGetToManyRelatedFieldsBuildsItem] | Unset):
        fields_ci_workflows (list[CiProductsBuildRunsGetToManyRelatedFieldsCiWorkflowsItem] |
            Unset):
        fields_ci_products (list[CiProductsBuildRunsGetToManyRelatedFieldsCiProductsItem] |
            Unset):
        fields_scm_git_references
            (list[CiProductsBuildRunsGetToManyRelatedFieldsScmGitReferencesItem] | Unset):
        fields_scm_pull_requests
            (list[CiProductsBuildRunsGetToManyRelatedFieldsScmPullRequestsItem] | Unset):
        limit (int | Unset):
        include (list[CiProductsBuildRunsGetToManyRelatedIncludeItem] | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CiBuildRunsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_builds=filter_builds,
            sort=sort,
            fields_ci_build_runs=fields_ci_build_runs,
            fields_builds=fields_builds,
            fields_ci_workflows=fields_ci_workflows,
            fields_ci_products=fields_ci_products,
            fields_scm_git_references=fields_scm_git_references,
            fields_scm_pull_requests=fields_scm_pull_requests,
            limit=limit,
            include=include,
            limit_builds=limit_builds,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[CiBuildRunsResponse] = CiBuildRunsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.ci_build_run import CiBuildRun

ITEM_TYPE: type[CiBuildRun] = CiBuildRun
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[CiBuildRunsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
