from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.scm_repositories_get_collection_fields_scm_git_references_item import (
        ScmRepositoriesGetCollectionFieldsScmGitReferencesItem,
    )
    from ...models.scm_repositories_get_collection_fields_scm_providers_item import (
        ScmRepositoriesGetCollectionFieldsScmProvidersItem,
    )
    from ...models.scm_repositories_get_collection_fields_scm_repositories_item import (
        ScmRepositoriesGetCollectionFieldsScmRepositoriesItem,
    )
    from ...models.scm_repositories_get_collection_include_item import ScmRepositoriesGetCollectionIncludeItem

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.scm_repositories_response import ScmRepositoriesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_id: list[str] | Unset = UNSET,
    fields_scm_repositories: list[ScmRepositoriesGetCollectionFieldsScmRepositoriesItem] | Unset = UNSET,
    fields_scm_providers: list[ScmRepositoriesGetCollectionFieldsScmProvidersItem] | Unset = UNSET,
    fields_scm_git_references: list[ScmRepositoriesGetCollectionFieldsScmGitReferencesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[ScmRepositoriesGetCollectionIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[id]", "filter_id", filter_id, str)
    _params.query_list(
        params,
        "fields[scmRepositories]",
        "fields_scm_repositories",
        fields_scm_repositories,
        "ScmRepositoriesGetCollectionFieldsScmRepositoriesItem",
    )
    _params.query_list(
        params,
        "fields[scmProviders]",
        "fields_scm_providers",
        fields_scm_providers,
        "ScmRepositoriesGetCollectionFieldsScmProvidersItem",
    )
    _params.query_list(
        params,
        "fields[scmGitReferences]",
        "fields_scm_git_references",
        fields_scm_git_references,
        "ScmRepositoriesGetCollectionFieldsScmGitReferencesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "ScmRepositoriesGetCollectionIncludeItem")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/scmRepositories",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ScmRepositoriesResponse | None:
    if response.status_code == 200:
        response_200 = ScmRepositoriesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ScmRepositoriesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_id: list[str] | Unset = UNSET,
    fields_scm_repositories: list[ScmRepositoriesGetCollectionFieldsScmRepositoriesItem] | Unset = UNSET,
    fields_scm_providers: list[ScmRepositoriesGetCollectionFieldsScmProvidersItem] | Unset = UNSET,
    fields_scm_git_references: list[ScmRepositoriesGetCollectionFieldsScmGitReferencesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[ScmRepositoriesGetCollectionIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | ScmRepositoriesResponse]:
    """``GET /v1/scmRepositories`` (scmRepositories_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories


    Args:
        filter_id (list[str] | Unset):
        fields_scm_repositories (list[ScmRepositoriesGetCollectionFieldsScmRepositoriesItem] |
            Unset):
        fields_scm_providers (list[ScmRepositoriesGetCollectionFieldsScmProvidersItem] | Unset):
        fields_scm_git_references (list[ScmRepositoriesGetCollectionFieldsScmGitReferencesItem] |
            Unset):
        limit (int | Unset):
        include (list[ScmRepositoriesGetCollectionIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScmRepositoriesResponse]

    """

    kwargs = _get_kwargs(
        filter_id=filter_id,
        fields_scm_repositories=fields_scm_repositories,
        fields_scm_providers=fields_scm_providers,
        fields_scm_git_references=fields_scm_git_references,
        limit=limit,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_id: list[str] | Unset = UNSET,
    fields_scm_repositories: list[ScmRepositoriesGetCollectionFieldsScmRepositoriesItem] | Unset = UNSET,
    fields_scm_providers: list[ScmRepositoriesGetCollectionFieldsScmProvidersItem] | Unset = UNSET,
    fields_scm_git_references: list[ScmRepositoriesGetCollectionFieldsScmGitReferencesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[ScmRepositoriesGetCollectionIncludeItem] | Unset = UNSET,
) -> ErrorResponse | ScmRepositoriesResponse | None:
    """``GET /v1/scmRepositories`` (scmRepositories_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories


    Args:
        filter_id (list[str] | Unset):
        fields_scm_repositories (list[ScmRepositoriesGetCollectionFieldsScmRepositoriesItem] |
            Unset):
        fields_scm_providers (list[ScmRepositoriesGetCollectionFieldsScmProvidersItem] | Unset):
        fields_scm_git_references (list[ScmRepositoriesGetCollectionFieldsScmGitReferencesItem] |
            Unset):
        limit (int | Unset):
        include (list[ScmRepositoriesGetCollectionIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScmRepositoriesResponse

    """

    return sync_detailed(
        client=client,
        filter_id=filter_id,
        fields_scm_repositories=fields_scm_repositories,
        fields_scm_providers=fields_scm_providers,
        fields_scm_git_references=fields_scm_git_references,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_id: list[str] | Unset = UNSET,
    fields_scm_repositories: list[ScmRepositoriesGetCollectionFieldsScmRepositoriesItem] | Unset = UNSET,
    fields_scm_providers: list[ScmRepositoriesGetCollectionFieldsScmProvidersItem] | Unset = UNSET,
    fields_scm_git_references: list[ScmRepositoriesGetCollectionFieldsScmGitReferencesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[ScmRepositoriesGetCollectionIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | ScmRepositoriesResponse]:
    """``GET /v1/scmRepositories`` (scmRepositories_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories


    Args:
        filter_id (list[str] | Unset):
        fields_scm_repositories (list[ScmRepositoriesGetCollectionFieldsScmRepositoriesItem] |
            Unset):
        fields_scm_providers (list[ScmRepositoriesGetCollectionFieldsScmProvidersItem] | Unset):
        fields_scm_git_references (list[ScmRepositoriesGetCollectionFieldsScmGitReferencesItem] |
            Unset):
        limit (int | Unset):
        include (list[ScmRepositoriesGetCollectionIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScmRepositoriesResponse]

    """

    kwargs = _get_kwargs(
        filter_id=filter_id,
        fields_scm_repositories=fields_scm_repositories,
        fields_scm_providers=fields_scm_providers,
        fields_scm_git_references=fields_scm_git_references,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_id: list[str] | Unset = UNSET,
    fields_scm_repositories: list[ScmRepositoriesGetCollectionFieldsScmRepositoriesItem] | Unset = UNSET,
    fields_scm_providers: list[ScmRepositoriesGetCollectionFieldsScmProvidersItem] | Unset = UNSET,
    fields_scm_git_references: list[ScmRepositoriesGetCollectionFieldsScmGitReferencesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[ScmRepositoriesGetCollectionIncludeItem] | Unset = UNSET,
) -> ErrorResponse | ScmRepositoriesResponse | None:
    """``GET /v1/scmRepositories`` (scmRepositories_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-scmrepositories


    Args:
        filter_id (list[str] | Unset):
        fields_scm_repositories (list[ScmRepositoriesGetCollectionFieldsScmRepositoriesItem] |
            Unset):
        fields_scm_providers (list[ScmRepositoriesGetCollectionFieldsScmProvidersItem] | Unset):
        fields_scm_git_references (list[ScmRepositoriesGetCollectionFieldsScmGitReferencesItem] |
            Unset):
        limit (int | Unset):
        include (list[ScmRepositoriesGetCollectionIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScmRepositoriesResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_id=filter_id,
            fields_scm_repositories=fields_scm_repositories,
            fields_scm_providers=fields_scm_providers,
            fields_scm_git_references=fields_scm_git_references,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[ScmRepositoriesResponse] = ScmRepositoriesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.scm_repository import ScmRepository

ITEM_TYPE: type[ScmRepository] = ScmRepository
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | ScmRepositoriesResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
