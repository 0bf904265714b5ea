from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.ci_workflows_repository_get_to_one_related_fields_scm_git_references_item import (
        CiWorkflowsRepositoryGetToOneRelatedFieldsScmGitReferencesItem,
    )
    from ...models.ci_workflows_repository_get_to_one_related_fields_scm_providers_item import (
        CiWorkflowsRepositoryGetToOneRelatedFieldsScmProvidersItem,
    )
    from ...models.ci_workflows_repository_get_to_one_related_fields_scm_repositories_item import (
        CiWorkflowsRepositoryGetToOneRelatedFieldsScmRepositoriesItem,
    )
    from ...models.ci_workflows_repository_get_to_one_related_include_item import (
        CiWorkflowsRepositoryGetToOneRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.scm_repository_response import ScmRepositoryResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_scm_repositories: list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmRepositoriesItem]
    | Unset = UNSET,
    fields_scm_providers: list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmProvidersItem] | Unset = UNSET,
    fields_scm_git_references: list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmGitReferencesItem]
    | Unset = UNSET,
    include: list[CiWorkflowsRepositoryGetToOneRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[scmRepositories]",
        "fields_scm_repositories",
        fields_scm_repositories,
        "CiWorkflowsRepositoryGetToOneRelatedFieldsScmRepositoriesItem",
    )
    _params.query_list(
        params,
        "fields[scmProviders]",
        "fields_scm_providers",
        fields_scm_providers,
        "CiWorkflowsRepositoryGetToOneRelatedFieldsScmProvidersItem",
    )
    _params.query_list(
        params,
        "fields[scmGitReferences]",
        "fields_scm_git_references",
        fields_scm_git_references,
        "CiWorkflowsRepositoryGetToOneRelatedFieldsScmGitReferencesItem",
    )
    _params.query_list(
        params, "include", "include", include, "CiWorkflowsRepositoryGetToOneRelatedIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ciWorkflows/{id}/repository".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ScmRepositoryResponse | None:
    if response.status_code == 200:
        response_200 = ScmRepositoryResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ScmRepositoryResponse]:
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
    fields_scm_repositories: list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmRepositoriesItem]
    | Unset = UNSET,
    fields_scm_providers: list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmProvidersItem] | Unset = UNSET,
    fields_scm_git_references: list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmGitReferencesItem]
    | Unset = UNSET,
    include: list[CiWorkflowsRepositoryGetToOneRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | ScmRepositoryResponse]:
    """``GET /v1/ciWorkflows/{id}/repository`` (ciWorkflows_repository_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_-repository


    Args:
        id (str):
        fields_scm_repositories
            (list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmRepositoriesItem] | Unset):
        fields_scm_providers (list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmProvidersItem] |
            Unset):
        fields_scm_git_references
            (list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmGitReferencesItem] | Unset):
        include (list[CiWorkflowsRepositoryGetToOneRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScmRepositoryResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_scm_repositories=fields_scm_repositories,
        fields_scm_providers=fields_scm_providers,
        fields_scm_git_references=fields_scm_git_references,
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
    fields_scm_repositories: list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmRepositoriesItem]
    | Unset = UNSET,
    fields_scm_providers: list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmProvidersItem] | Unset = UNSET,
    fields_scm_git_references: list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmGitReferencesItem]
    | Unset = UNSET,
    include: list[CiWorkflowsRepositoryGetToOneRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | ScmRepositoryResponse | None:
    """``GET /v1/ciWorkflows/{id}/repository`` (ciWorkflows_repository_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_-repository


    Args:
        id (str):
        fields_scm_repositories
            (list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmRepositoriesItem] | Unset):
        fields_scm_providers (list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmProvidersItem] |
            Unset):
        fields_scm_git_references
            (list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmGitReferencesItem] | Unset):
        include (list[CiWorkflowsRepositoryGetToOneRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScmRepositoryResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_scm_repositories=fields_scm_repositories,
        fields_scm_providers=fields_scm_providers,
        fields_scm_git_references=fields_scm_git_references,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_scm_repositories: list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmRepositoriesItem]
    | Unset = UNSET,
    fields_scm_providers: list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmProvidersItem] | Unset = UNSET,
    fields_scm_git_references: list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmGitReferencesItem]
    | Unset = UNSET,
    include: list[CiWorkflowsRepositoryGetToOneRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | ScmRepositoryResponse]:
    """``GET /v1/ciWorkflows/{id}/repository`` (ciWorkflows_repository_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_-repository


    Args:
        id (str):
        fields_scm_repositories
            (list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmRepositoriesItem] | Unset):
        fields_scm_providers (list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmProvidersItem] |
            Unset):
        fields_scm_git_references
            (list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmGitReferencesItem] | Unset):
        include (list[CiWorkflowsRepositoryGetToOneRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScmRepositoryResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_scm_repositories=fields_scm_repositories,
        fields_scm_providers=fields_scm_providers,
        fields_scm_git_references=fields_scm_git_references,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_scm_repositories: list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmRepositoriesItem]
    | Unset = UNSET,
    fields_scm_providers: list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmProvidersItem] | Unset = UNSET,
    fields_scm_git_references: list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmGitReferencesItem]
    | Unset = UNSET,
    include: list[CiWorkflowsRepositoryGetToOneRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | ScmRepositoryResponse | None:
    """``GET /v1/ciWorkflows/{id}/repository`` (ciWorkflows_repository_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciworkflows-_id_-repository


    Args:
        id (str):
        fields_scm_repositories
            (list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmRepositoriesItem] | Unset):
        fields_scm_providers (list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmProvidersItem] |
            Unset):
        fields_scm_git_references
            (list[CiWorkflowsRepositoryGetToOneRelatedFieldsScmGitReferencesItem] | Unset):
        include (list[CiWorkflowsRepositoryGetToOneRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScmRepositoryResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_scm_repositories=fields_scm_repositories,
            fields_scm_providers=fields_scm_providers,
            fields_scm_git_references=fields_scm_git_references,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[ScmRepositoryResponse] = ScmRepositoryResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | ScmRepositoryResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
