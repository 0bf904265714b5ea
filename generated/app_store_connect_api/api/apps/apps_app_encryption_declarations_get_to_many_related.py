from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_app_encryption_declarations_get_to_many_related_fields_app_encryption_declaration_documents_item import (
        AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppEncryptionDeclarationDocumentsItem,
    )
    from ...models.apps_app_encryption_declarations_get_to_many_related_fields_app_encryption_declarations_item import (
        AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppEncryptionDeclarationsItem,
    )
    from ...models.apps_app_encryption_declarations_get_to_many_related_fields_apps_item import (
        AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppsItem,
    )
    from ...models.apps_app_encryption_declarations_get_to_many_related_fields_builds_item import (
        AppsAppEncryptionDeclarationsGetToManyRelatedFieldsBuildsItem,
    )
    from ...models.apps_app_encryption_declarations_get_to_many_related_filter_platform_item import (
        AppsAppEncryptionDeclarationsGetToManyRelatedFilterPlatformItem,
    )
    from ...models.apps_app_encryption_declarations_get_to_many_related_include_item import (
        AppsAppEncryptionDeclarationsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_encryption_declarations_response import AppEncryptionDeclarationsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_platform: list[AppsAppEncryptionDeclarationsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    fields_app_encryption_declarations: list[
        AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_builds: list[AppsAppEncryptionDeclarationsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_app_encryption_declaration_documents: list[
        AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppEncryptionDeclarationDocumentsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppEncryptionDeclarationsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[platform]",
        "filter_platform",
        filter_platform,
        "AppsAppEncryptionDeclarationsGetToManyRelatedFilterPlatformItem",
    )
    _params.query_list(params, "filter[builds]", "filter_builds", filter_builds, str)
    _params.query_list(
        params,
        "fields[appEncryptionDeclarations]",
        "fields_app_encryption_declarations",
        fields_app_encryption_declarations,
        "AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppEncryptionDeclarationsItem",
    )
    _params.query_list(
        params,
        "fields[apps]",
        "fields_apps",
        fields_apps,
        "AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppsItem",
    )
    _params.query_list(
        params,
        "fields[builds]",
        "fields_builds",
        fields_builds,
        "AppsAppEncryptionDeclarationsGetToManyRelatedFieldsBuildsItem",
    )
    _params.query_list(
        params,
        "fields[appEncryptionDeclarationDocuments]",
        "fields_app_encryption_declaration_documents",
        fields_app_encryption_declaration_documents,
        "AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppEncryptionDeclarationDocumentsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "AppsAppEncryptionDeclarationsGetToManyRelatedIncludeItem"
    )
    _params.query_value(params, "limit[builds]", "limit_builds", limit_builds, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/appEncryptionDeclarations".format(
            id=quote(str(id), safe=""),
        ),
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
) -> Response[AppEncryptionDeclarationsResponse | ErrorResponse]:
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
    filter_platform: list[AppsAppEncryptionDeclarationsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    fields_app_encryption_declarations: list[
        AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_builds: list[AppsAppEncryptionDeclarationsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_app_encryption_declaration_documents: list[
        AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppEncryptionDeclarationDocumentsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppEncryptionDeclarationsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> Response[AppEncryptionDeclarationsResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/appEncryptionDeclarations`` (apps_appEncryptionDeclarations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appencryptiondeclarations


    Args:
        id (str):
        filter_platform (list[AppsAppEncryptionDeclarationsGetToManyRelatedFilterPlatformItem] |
            Unset):
        filter_builds (list[str] | Unset):
        fields_app_encryption_declarations
            (list[AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppEncryptionDeclarationsItem] |
            Unset):
        fields_apps (list[AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_builds (list[AppsAppEncryptionDeclarationsGetToManyRelatedFieldsBuildsItem] |
            Unset):
        fields_app_encryption_declaration_documents (list[AppsAppEncryptionDeclarationsGetToManyRe
            latedFieldsAppEncryptionDeclarationDocumentsItem] | Unset):
        limit (int | Unset):
        include (list[AppsAppEncryptionDeclarationsGetToManyRelatedIncludeItem] | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppEncryptionDeclarationsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_platform=filter_platform,
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[AppsAppEncryptionDeclarationsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    fields_app_encryption_declarations: list[
        AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_builds: list[AppsAppEncryptionDeclarationsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_app_encryption_declaration_documents: list[
        AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppEncryptionDeclarationDocumentsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppEncryptionDeclarationsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> AppEncryptionDeclarationsResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/appEncryptionDeclarations`` (apps_appEncryptionDeclarations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appencryptiondeclarations


    Args:
        id (str):
        filter_platform (list[AppsAppEncryptionDeclarationsGetToManyRelatedFilterPlatformItem] |
            Unset):
        filter_builds (list[str] | Unset):
        fields_app_encryption_declarations
            (list[AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppEncryptionDeclarationsItem] |
            Unset):
        fields_apps (list[AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_builds (list[AppsAppEncryptionDeclarationsGetToManyRelatedFieldsBuildsItem] |
            Unset):
        fields_app_encryption_declaration_documents (list[AppsAppEncryptionDeclarationsGetToManyRe
            latedFieldsAppEncryptionDeclarationDocumentsItem] | Unset):
        limit (int | Unset):
        include (list[AppsAppEncryptionDeclarationsGetToManyRelatedIncludeItem] | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppEncryptionDeclarationsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_platform=filter_platform,
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[AppsAppEncryptionDeclarationsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    fields_app_encryption_declarations: list[
        AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_builds: list[AppsAppEncryptionDeclarationsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_app_encryption_declaration_documents: list[
        AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppEncryptionDeclarationDocumentsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppEncryptionDeclarationsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> Response[AppEncryptionDeclarationsResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/appEncryptionDeclarations`` (apps_appEncryptionDeclarations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appencryptiondeclarations


    Args:
        id (str):
        filter_platform (list[AppsAppEncryptionDeclarationsGetToManyRelatedFilterPlatformItem] |
            Unset):
        filter_builds (list[str] | Unset):
        fields_app_encryption_declarations
            (list[AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppEncryptionDeclarationsItem] |
            Unset):
        fields_apps (list[AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_builds (list[AppsAppEncryptionDeclarationsGetToManyRelatedFieldsBuildsItem] |
            Unset):
        fields_app_encryption_declaration_documents (list[AppsAppEncryptionDeclarationsGetToManyRe
            latedFieldsAppEncryptionDeclarationDocumentsItem] | Unset):
        limit (int | Unset):
        include (list[AppsAppEncryptionDeclarationsGetToManyRelatedIncludeItem] | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppEncryptionDeclarationsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_platform=filter_platform,
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[AppsAppEncryptionDeclarationsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    fields_app_encryption_declarations: list[
        AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_builds: list[AppsAppEncryptionDeclarationsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_app_encryption_declaration_documents: list[
        AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppEncryptionDeclarationDocumentsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppEncryptionDeclarationsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> AppEncryptionDeclarationsResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/appEncryptionDeclarations`` (apps_appEncryptionDeclarations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appencryptiondeclarations


    Args:
        id (str):
        filter_platform (list[AppsAppEncryptionDeclarationsGetToManyRelatedFilterPlatformItem] |
            Unset):
        filter_builds (list[str] | Unset):
        fields_app_encryption_declarations
            (list[AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppEncryptionDeclarationsItem] |
            Unset):
        fields_apps (list[AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_builds (list[AppsAppEncryptionDeclarationsGetToManyRelatedFieldsBuildsItem] |
            Unset):
        fields_app_encryption_declaration_documents (list[AppsAppEncryptionDeclarationsGetToManyRe
            latedFieldsAppEncryptionDeclarationDocumentsItem] | Unset):
        limit (int | Unset):
        include (list[AppsAppEncryptionDeclarationsGetToManyRelatedIncludeItem] | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppEncryptionDeclarationsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_platform=filter_platform,
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
