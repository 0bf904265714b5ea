from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_encryption_declarations_get_collection_fields_app_encryption_declaration_documents_item import (
        AppEncryptionDeclarationsGetCollectionFieldsAppEncryptionDeclarationDocumentsItem,
    )
    from ...models.app_encryption_declarations_get_collection_fields_app_encryption_declarations_item import (
        AppEncryptionDeclarationsGetCollectionFieldsAppEncryptionDeclarationsItem,
    )
    from ...models.app_encryption_declarations_get_collection_fields_apps_item import (
        AppEncryptionDeclarationsGetCollectionFieldsAppsItem,
    )
    from ...models.app_encryption_declarations_get_collection_fields_builds_item import (
        AppEncryptionDeclarationsGetCollectionFieldsBuildsItem,
    )
    from ...models.app_encryption_declarations_get_collection_filter_platform_item import (
        AppEncryptionDeclarationsGetCollectionFilterPlatformItem,
    )
    from ...models.app_encryption_declarations_get_collection_include_item import (
        AppEncryptionDeclarationsGetCollectionIncludeItem,
    )

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_encryption_declarations_response import AppEncryptionDeclarationsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_platform: list[AppEncryptionDeclarationsGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    fields_app_encryption_declarations: list[
        AppEncryptionDeclarationsGetCollectionFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppEncryptionDeclarationsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_builds: list[AppEncryptionDeclarationsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_app_encryption_declaration_documents: list[
        AppEncryptionDeclarationsGetCollectionFieldsAppEncryptionDeclarationDocumentsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppEncryptionDeclarationsGetCollectionIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[platform]",
        "filter_platform",
        filter_platform,
        "AppEncryptionDeclarationsGetCollectionFilterPlatformItem",
    )
    _params.query_list(params, "filter[app]", "filter_app", filter_app, str)
    _params.query_list(params, "filter[builds]", "filter_builds", filter_builds, str)
    _params.query_list(
        params,
        "fields[appEncryptionDeclarations]",
        "fields_app_encryption_declarations",
        fields_app_encryption_declarations,
        "AppEncryptionDeclarationsGetCollectionFieldsAppEncryptionDeclarationsItem",
    )
    _params.query_list(
        params,
        "fields[apps]",
        "fields_apps",
        fields_apps,
        "AppEncryptionDeclarationsGetCollectionFieldsAppsItem",
    )
    _params.query_list(
        params,
        "fields[builds]",
        "fields_builds",
        fields_builds,
        "AppEncryptionDeclarationsGetCollectionFieldsBuildsItem",
    )
    _params.query_list(
        params,
        "fields[appEncryptionDeclarationDocuments]",
        "fields_app_encryption_declaration_documents",
        fields_app_encryption_declaration_documents,
        "AppEncryptionDeclarationsGetCollectionFieldsAppEncryptionDeclarationDocumentsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "AppEncryptionDeclarationsGetCollectionIncludeItem"
    )
    _params.query_value(params, "limit[builds]", "limit_builds", limit_builds, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appEncryptionDeclarations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppEncryptionDeclarationsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppEncryptionDeclarationsResponse.from_dict(response.json())

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
) -> Response[AppEncryptionDeclarationsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[AppEncryptionDeclarationsGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    fields_app_encryption_declarations: list[
        AppEncryptionDeclarationsGetCollectionFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppEncryptionDeclarationsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_builds: list[AppEncryptionDeclarationsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_app_encryption_declaration_documents: list[
        AppEncryptionDeclarationsGetCollectionFieldsAppEncryptionDeclarationDocumentsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppEncryptionDeclarationsGetCollectionIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> Response[AppEncryptionDeclarationsResponse | ErrorResponse]:
    """``GET /v1/appEncryptionDeclarations`` (appEncryptionDeclarations_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations


    Args:
        filter_platform (list[AppEncryptionDeclarationsGetCollectionFilterPlatformItem] | Unset):
        filter_app (list[str] | Unset):
        filter_builds (list[str] | Unset):
        fields_app_encryption_declarations
            (list[AppEncryptionDeclarationsGetCollectionFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_apps (list[AppEncryptionDeclarationsGetCollectionFieldsAppsItem] | Unset):
        fields_builds (list[AppEncryptionDeclarationsGetCollectionFieldsBuildsItem] | Unset):
        fields_app_encryption_declaration_documents
            (list[AppEncryptionDeclarationsGetCollectionFieldsAppEncryptionDeclarationDocumentsItem] |
            Unset):
        limit (int | Unset):
        include (list[AppEncryptionDeclarationsGetCollectionIncludeItem] | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppEncryptionDeclarationsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_platform=filter_platform,
        filter_app=filter_app,
        filter_builds=filter_builds,
        fields_app_encryption_declarations=fields_app_encryption_declarations,
        fields_apps=fields_apps,
        fields_builds=fields_builds,
        fields_app_encryption_declaration_documents=fields_app_encryption_declaration_documents,
        limit=limit,
        include=include,
        limit_builds=limit_builds,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[AppEncryptionDeclarationsGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    fields_app_encryption_declarations: list[
        AppEncryptionDeclarationsGetCollectionFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppEncryptionDeclarationsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_builds: list[AppEncryptionDeclarationsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_app_encryption_declaration_documents: list[
        AppEncryptionDeclarationsGetCollectionFieldsAppEncryptionDeclarationDocumentsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppEncryptionDeclarationsGetCollectionIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> AppEncryptionDeclarationsResponse | ErrorResponse | None:
    """``GET /v1/appEncryptionDeclarations`` (appEncryptionDeclarations_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations


    Args:
        filter_platform (list[AppEncryptionDeclarationsGetCollectionFilterPlatformItem] | Unset):
        filter_app (list[str] | Unset):
        filter_builds (list[str] | Unset):
        fields_app_encryption_declarations
            (list[AppEncryptionDeclarationsGetCollectionFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_apps (list[AppEncryptionDeclarationsGetCollectionFieldsAppsItem] | Unset):
        fields_builds (list[AppEncryptionDeclarationsGetCollectionFieldsBuildsItem] | Unset):
        fields_app_encryption_declaration_documents
            (list[AppEncryptionDeclarationsGetCollectionFieldsAppEncryptionDeclarationDocumentsItem] |
            Unset):
        limit (int | Unset):
        include (list[AppEncryptionDeclarationsGetCollectionIncludeItem] | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppEncryptionDeclarationsResponse | ErrorResponse

    """

    return sync_detailed(
        client=client,
        filter_platform=filter_platform,
        filter_app=filter_app,
        filter_builds=filter_builds,
        fields_app_encryption_declarations=fields_app_encryption_declarations,
        fields_apps=fields_apps,
        fields_builds=fields_builds,
        fields_app_encryption_declaration_documents=fields_app_encryption_declaration_documents,
        limit=limit,
        include=include,
        limit_builds=limit_builds,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[AppEncryptionDeclarationsGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    fields_app_encryption_declarations: list[
        AppEncryptionDeclarationsGetCollectionFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppEncryptionDeclarationsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_builds: list[AppEncryptionDeclarationsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_app_encryption_declaration_documents: list[
        AppEncryptionDeclarationsGetCollectionFieldsAppEncryptionDeclarationDocumentsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppEncryptionDeclarationsGetCollectionIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> Response[AppEncryptionDeclarationsResponse | ErrorResponse]:
    """``GET /v1/appEncryptionDeclarations`` (appEncryptionDeclarations_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations


    Args:
        filter_platform (list[AppEncryptionDeclarationsGetCollectionFilterPlatformItem] | Unset):
        filter_app (list[str] | Unset):
        filter_builds (list[str] | Unset):
        fields_app_encryption_declarations
            (list[AppEncryptionDeclarationsGetCollectionFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_apps (list[AppEncryptionDeclarationsGetCollectionFieldsAppsItem] | Unset):
        fields_builds (list[AppEncryptionDeclarationsGetCollectionFieldsBuildsItem] | Unset):
        fields_app_encryption_declaration_documents
            (list[AppEncryptionDeclarationsGetCollectionFieldsAppEncryptionDeclarationDocumentsItem] |
            Unset):
        limit (int | Unset):
        include (list[AppEncryptionDeclarationsGetCollectionIncludeItem] | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppEncryptionDeclarationsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_platform=filter_platform,
        filter_app=filter_app,
        filter_builds=filter_builds,
        fields_app_encryption_declarations=fields_app_encryption_declarations,
        fields_apps=fields_apps,
        fields_builds=fields_builds,
        fields_app_encryption_declaration_documents=fields_app_encryption_declaration_documents,
        limit=limit,
        include=include,
        limit_builds=limit_builds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[AppEncryptionDeclarationsGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    fields_app_encryption_declarations: list[
        AppEncryptionDeclarationsGetCollectionFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppEncryptionDeclarationsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_builds: list[AppEncryptionDeclarationsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_app_encryption_declaration_documents: list[
        AppEncryptionDeclarationsGetCollectionFieldsAppEncryptionDeclarationDocumentsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppEncryptionDeclarationsGetCollectionIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> AppEncryptionDeclarationsResponse | ErrorResponse | None:
    """``GET /v1/appEncryptionDeclarations`` (appEncryptionDeclarations_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations


    Args:
        filter_platform (list[AppEncryptionDeclarationsGetCollectionFilterPlatformItem] | Unset):
        filter_app (list[str] | Unset):
        filter_builds (list[str] | Unset):
        fields_app_encryption_declarations
            (list[AppEncryptionDeclarationsGetCollectionFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_apps (list[AppEncryptionDeclarationsGetCollectionFieldsAppsItem] | Unset):
        fields_builds (list[AppEncryptionDeclarationsGetCollectionFieldsBuildsItem] | Unset):
        fields_app_encryption_declaration_documents
            (list[AppEncryptionDeclarationsGetCollectionFieldsAppEncryptionDeclarationDocumentsItem] |
            Unset):
        limit (int | Unset):
        include (list[AppEncryptionDeclarationsGetCollectionIncludeItem] | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppEncryptionDeclarationsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_platform=filter_platform,
            filter_app=filter_app,
            filter_builds=filter_builds,
            fields_app_encryption_declarations=fields_app_encryption_declarations,
            fields_apps=fields_apps,
            fields_builds=fields_builds,
            fields_app_encryption_declaration_documents=fields_app_encryption_declaration_documents,
            limit=limit,
            include=include,
            limit_builds=limit_builds,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppEncryptionDeclarationsResponse] = AppEncryptionDeclarationsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app_encryption_declaration import AppEncryptionDeclaration

ITEM_TYPE: type[AppEncryptionDeclaration] = AppEncryptionDeclaration
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppEncryptionDeclarationsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
