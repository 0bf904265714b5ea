from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_encryption_declarations_get_instance_fields_app_encryption_declaration_documents_item import (
        AppEncryptionDeclarationsGetInstanceFieldsAppEncryptionDeclarationDocumentsItem,
    )
    from ...models.app_encryption_declarations_get_instance_fields_app_encryption_declarations_item import (
        AppEncryptionDeclarationsGetInstanceFieldsAppEncryptionDeclarationsItem,
    )
    from ...models.app_encryption_declarations_get_instance_fields_apps_item import (
        AppEncryptionDeclarationsGetInstanceFieldsAppsItem,
    )
    from ...models.app_encryption_declarations_get_instance_fields_builds_item import (
        AppEncryptionDeclarationsGetInstanceFieldsBuildsItem,
    )
    from ...models.app_encryption_declarations_get_instance_include_item import (
        AppEncryptionDeclarationsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_encryption_declaration_response import AppEncryptionDeclarationResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_encryption_declarations: list[
        AppEncryptionDeclarationsGetInstanceFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppEncryptionDeclarationsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_builds: list[AppEncryptionDeclarationsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_app_encryption_declaration_documents: list[
        AppEncryptionDeclarationsGetInstanceFieldsAppEncryptionDeclarationDocumentsItem
    ]
    | Unset = UNSET,
    include: list[AppEncryptionDeclarationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appEncryptionDeclarations]",
        "fields_app_encryption_declarations",
        fields_app_encryption_declarations,
        "AppEncryptionDeclarationsGetInstanceFieldsAppEncryptionDeclarationsItem",
    )
    _params.query_list(
        params,
        "fields[apps]",
        "fields_apps",
        fields_apps,
        "AppEncryptionDeclarationsGetInstanceFieldsAppsItem",
    )
    _params.query_list(
        params,
        "fields[builds]",
        "fields_builds",
        fields_builds,
        "AppEncryptionDeclarationsGetInstanceFieldsBuildsItem",
    )
    _params.query_list(
        params,
        "fields[appEncryptionDeclarationDocuments]",
        "fields_app_encryption_declaration_documents",
        fields_app_encryption_declaration_documents,
        "AppEncryptionDeclarationsGetInstanceFieldsAppEncryptionDeclarationDocumentsItem",
    )
    _params.query_list(
        params, "include", "include", include, "AppEncryptionDeclarationsGetInstanceIncludeItem"
    )
    _params.query_value(params, "limit[builds]", "limit_builds", limit_builds, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appEncryptionDeclarations/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppEncryptionDeclarationResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppEncryptionDeclarationResponse.from_dict(response.json())

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
) -> Response[AppEncryptionDeclarationResponse | ErrorResponse]:
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
    fields_app_encryption_declarations: list[
        AppEncryptionDeclarationsGetInstanceFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppEncryptionDeclarationsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_builds: list[AppEncryptionDeclarationsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_app_encryption_declaration_documents: list[
        AppEncryptionDeclarationsGetInstanceFieldsAppEncryptionDeclarationDocumentsItem
    ]
    | Unset = UNSET,
    include: list[AppEncryptionDeclarationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> Response[AppEncryptionDeclarationResponse | ErrorResponse]:
    """``GET /v1/appEncryptionDeclarations/{id}`` (appEncryptionDeclarations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations-_id_


    Args:
        id (str):
        fields_app_encryption_declarations
            (list[AppEncryptionDeclarationsGetInstanceFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_apps (list[AppEncryptionDeclarationsGetInstanceFieldsAppsItem] | Unset):
        fields_builds (list[AppEncryptionDeclarationsGetInstanceFieldsBuildsItem] | Unset):
        fields_app_encryption_declaration_documents
            (list[AppEncryptionDeclarationsGetInstanceFieldsAppEncryptionDeclarationDocumentsItem] |
            Unset):
        include (list[AppEncryptionDeclarationsGetInstanceIncludeItem] | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppEncryptionDeclarationResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_encryption_declarations=fields_app_encryption_declarations,
        fields_apps=fields_apps,
        fields_builds=fields_builds,
        fields_app_encryption_declaration_documents=fields_app_encryption_declaration_documents,
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
    fields_app_encryption_declarations: list[
        AppEncryptionDeclarationsGetInstanceFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppEncryptionDeclarationsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_builds: list[AppEncryptionDeclarationsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_app_encryption_declaration_documents: list[
        AppEncryptionDeclarationsGetInstanceFieldsAppEncryptionDeclarationDocumentsItem
    ]
    | Unset = UNSET,
    include: list[AppEncryptionDeclarationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> AppEncryptionDeclarationResponse | ErrorResponse | None:
    """``GET /v1/appEncryptionDeclarations/{id}`` (appEncryptionDeclarations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations-_id_


    Args:
        id (str):
        fields_app_encryption_declarations
            (list[AppEncryptionDeclarationsGetInstanceFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_apps (list[AppEncryptionDeclarationsGetInstanceFieldsAppsItem] | Unset):
        fields_builds (list[AppEncryptionDeclarationsGetInstanceFieldsBuildsItem] | Unset):
        fields_app_encryption_declaration_documents
            (list[AppEncryptionDeclarationsGetInstanceFieldsAppEncryptionDeclarationDocumentsItem] |
            Unset):
        include (list[AppEncryptionDeclarationsGetInstanceIncludeItem] | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppEncryptionDeclarationResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_encryption_declarations=fields_app_encryption_declarations,
        fields_apps=fields_apps,
        fields_builds=fields_builds,
        fields_app_encryption_declaration_documents=fields_app_encryption_declaration_documents,
        include=include,
        limit_builds=limit_builds,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_encryption_declarations: list[
        AppEncryptionDeclarationsGetInstanceFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppEncryptionDeclarationsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_builds: list[AppEncryptionDeclarationsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_app_encryption_declaration_documents: list[
        AppEncryptionDeclarationsGetInstanceFieldsAppEncryptionDeclarationDocumentsItem
    ]
    | Unset = UNSET,
    include: list[AppEncryptionDeclarationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> Response[AppEncryptionDeclarationResponse | ErrorResponse]:
    """``GET /v1/appEncryptionDeclarations/{id}`` (appEncryptionDeclarations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations-_id_


    Args:
        id (str):
        fields_app_encryption_declarations
            (list[AppEncryptionDeclarationsGetInstanceFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_apps (list[AppEncryptionDeclarationsGetInstanceFieldsAppsItem] | Unset):
        fields_builds (list[AppEncryptionDeclarationsGetInstanceFieldsBuildsItem] | Unset):
        fields_app_encryption_declaration_documents
            (list[AppEncryptionDeclarationsGetInstanceFieldsAppEncryptionDeclarationDocumentsItem] |
            Unset):
        include (list[AppEncryptionDeclarationsGetInstanceIncludeItem] | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppEncryptionDeclarationResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_encryption_declarations=fields_app_encryption_declarations,
        fields_apps=fields_apps,
        fields_builds=fields_builds,
        fields_app_encryption_declaration_documents=fields_app_encryption_declaration_documents,
        include=include,
        limit_builds=limit_builds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_encryption_declarations: list[
        AppEncryptionDeclarationsGetInstanceFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppEncryptionDeclarationsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_builds: list[AppEncryptionDeclarationsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_app_encryption_declaration_documents: list[
        AppEncryptionDeclarationsGetInstanceFieldsAppEncryptionDeclarationDocumentsItem
    ]
    | Unset = UNSET,
    include: list[AppEncryptionDeclarationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> AppEncryptionDeclarationResponse | ErrorResponse | None:
    """``GET /v1/appEncryptionDeclarations/{id}`` (appEncryptionDeclarations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations-_id_


    Args:
        id (str):
        fields_app_encryption_declarations
            (list[AppEncryptionDeclarationsGetInstanceFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_apps (list[AppEncryptionDeclarationsGetInstanceFieldsAppsItem] | Unset):
        fields_builds (list[AppEncryptionDeclarationsGetInstanceFieldsBuildsItem] | Unset):
        fields_app_encryption_declaration_documents
            (list[AppEncryptionDeclarationsGetInstanceFieldsAppEncryptionDeclarationDocumentsItem] |
            Unset):
        include (list[AppEncryptionDeclarationsGetInstanceIncludeItem] | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppEncryptionDeclarationResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_app_encryption_declarations=fields_app_encryption_declarations,
            fields_apps=fields_apps,
            fields_builds=fields_builds,
            fields_app_encryption_declaration_documents=fields_app_encryption_declaration_documents,
            include=include,
            limit_builds=limit_builds,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppEncryptionDeclarationResponse] = AppEncryptionDeclarationResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppEncryptionDeclarationResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
