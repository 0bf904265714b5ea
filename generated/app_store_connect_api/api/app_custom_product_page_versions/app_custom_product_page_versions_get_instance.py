from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_custom_product_page_versions_get_instance_fields_app_custom_product_page_localizations_item import (
        AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPageLocalizationsItem,
    )
    from ...models.app_custom_product_page_versions_get_instance_fields_app_custom_product_page_versions_item import (
        AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPageVersionsItem,
    )
    from ...models.app_custom_product_page_versions_get_instance_fields_app_custom_product_pages_item import (
        AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPagesItem,
    )
    from ...models.app_custom_product_page_versions_get_instance_include_item import (
        AppCustomProductPageVersionsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_custom_product_page_version_response import AppCustomProductPageVersionResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_custom_product_page_versions: list[
        AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_pages: list[
        AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPagesItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[AppCustomProductPageVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_custom_product_page_localizations: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appCustomProductPageVersions]",
        "fields_app_custom_product_page_versions",
        fields_app_custom_product_page_versions,
        "AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPageVersionsItem",
    )
    _params.query_list(
        params,
        "fields[appCustomProductPages]",
        "fields_app_custom_product_pages",
        fields_app_custom_product_pages,
        "AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPagesItem",
    )
    _params.query_list(
        params,
        "fields[appCustomProductPageLocalizations]",
        "fields_app_custom_product_page_localizations",
        fields_app_custom_product_page_localizations,
        "AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPageLocalizationsItem",
    )
    _params.query_list(
        params, "include", "include", include, "AppCustomProductPageVersionsGetInstanceIncludeItem"
    )
    _params.query_value(
        params,
        "limit[appCustomProductPageLocalizations]",
        "limit_app_custom_product_page_localizations",
        limit_app_custom_product_page_localizations,
        int,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appCustomProductPageVersions/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppCustomProductPageVersionResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppCustomProductPageVersionResponse.from_dict(response.json())

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
) -> Response[AppCustomProductPageVersionResponse | ErrorResponse]:
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
    fields_app_custom_product_page_versions: list[
        AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_pages: list[
        AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPagesItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[AppCustomProductPageVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_custom_product_page_localizations: int | Unset = UNSET,
) -> Response[AppCustomProductPageVersionResponse | ErrorResponse]:
    """``GET /v1/appCustomProductPageVersions/{id}`` (appCustomProductPageVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpageversions-_id_


    Args:
        id (str):
        fields_app_custom_product_page_versions
            (list[AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPageVersionsItem] |
            Unset):
        fields_app_custom_product_pages
            (list[AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPagesItem] | Unset):
        fields_app_custom_product_page_localizations
            (list[AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPageLocalizationsItem]
            | Unset):
        include (list[AppCustomProductPageVersionsGetInstanceIncludeItem] | Unset):
        limit_app_custom_product_page_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppCustomProductPageVersionResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_custom_product_page_versions=fields_app_custom_product_page_versions,
        fields_app_custom_product_pages=fields_app_custom_product_pages,
        fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
        include=include,
        limit_app_custom_product_page_localizations=limit_app_custom_product_page_localizations,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_custom_product_page_versions: list[
        AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_pages: list[
        AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPagesItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[AppCustomProductPageVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_custom_product_page_localizations: int | Unset = UNSET,
) -> AppCustomProductPageVersionResponse | ErrorResponse | None:
    """``GET /v1/appCustomProductPageVersions/{id}`` (appCustomProductPageVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpageversions-_id_


    Args:
        id (str):
        fields_app_custom_product_page_versions
            (list[AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPageVersionsItem] |
            Unset):
        fields_app_custom_product_pages
            (list[AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPagesItem] | Unset):
        fields_app_custom_product_page_localizations
            (list[AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPageLocalizationsItem]
            | Unset):
        include (list[AppCustomProductPageVersionsGetInstanceIncludeItem] | Unset):
        limit_app_custom_product_page_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppCustomProductPageVersionResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_custom_product_page_versions=fields_app_custom_product_page_versions,
        fields_app_custom_product_pages=fields_app_custom_product_pages,
        fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
        include=include,
        limit_app_custom_product_page_localizations=limit_app_custom_product_page_localizations,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_custom_product_page_versions: list[
        AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_pages: list[
        AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPagesItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[AppCustomProductPageVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_custom_product_page_localizations: int | Unset = UNSET,
) -> Response[AppCustomProductPageVersionResponse | ErrorResponse]:
    """``GET /v1/appCustomProductPageVersions/{id}`` (appCustomProductPageVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpageversions-_id_


    Args:
        id (str):
        fields_app_custom_product_page_versions
            (list[AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPageVersionsItem] |
            Unset):
        fields_app_custom_product_pages
            (list[AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPagesItem] | Unset):
        fields_app_custom_product_page_localizations
            (list[AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPageLocalizationsItem]
            | Unset):
        include (list[AppCustomProductPageVersionsGetInstanceIncludeItem] | Unset):
        limit_app_custom_product_page_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppCustomProductPageVersionResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_custom_product_page_versions=fields_app_custom_product_page_versions,
        fields_app_custom_product_pages=fields_app_custom_product_pages,
        fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
        include=include,
        limit_app_custom_product_page_localizations=limit_app_custom_product_page_localizations,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_custom_product_page_versions: list[
        AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_pages: list[
        AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPagesItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[AppCustomProductPageVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_custom_product_page_localizations: int | Unset = UNSET,
) -> AppCustomProductPageVersionResponse | ErrorResponse | None:
    """``GET /v1/appCustomProductPageVersions/{id}`` (appCustomProductPageVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpageversions-_id_


    Args:
        id (str):
        fields_app_custom_product_page_versions
            (list[AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPageVersionsItem] |
            Unset):
        fields_app_custom_product_pages
            (list[AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPagesItem] | Unset):
        fields_app_custom_product_page_localizations
            (list[AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPageLocalizationsItem]
            | Unset):
        include (list[AppCustomProductPageVersionsGetInstanceIncludeItem] | Unset):
        limit_app_custom_product_page_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppCustomProductPageVersionResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_app_custom_product_page_versions=fields_app_custom_product_page_versions,
            fields_app_custom_product_pages=fields_app_custom_product_pages,
            fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
            include=include,
            limit_app_custom_product_page_localizations=limit_app_custom_product_page_localizations,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppCustomProductPageVersionResponse] = AppCustomProductPageVersionResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppCustomProductPageVersionResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
