from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_custom_product_page_localizations_get_instance_fields_app_custom_product_page_localizations_item import (
        AppCustomProductPageLocalizationsGetInstanceFieldsAppCustomProductPageLocalizationsItem,
    )
    from ...models.app_custom_product_page_localizations_get_instance_fields_app_custom_product_page_versions_item import (
        AppCustomProductPageLocalizationsGetInstanceFieldsAppCustomProductPageVersionsItem,
    )
    from ...models.app_custom_product_page_localizations_get_instance_fields_app_preview_sets_item import (
        AppCustomProductPageLocalizationsGetInstanceFieldsAppPreviewSetsItem,
    )
    from ...models.app_custom_product_page_localizations_get_instance_fields_app_screenshot_sets_item import (
        AppCustomProductPageLocalizationsGetInstanceFieldsAppScreenshotSetsItem,
    )
    from ...models.app_custom_product_page_localizations_get_instance_include_item import (
        AppCustomProductPageLocalizationsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_custom_product_page_localization_response import AppCustomProductPageLocalizationResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPageLocalizationsGetInstanceFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        AppCustomProductPageLocalizationsGetInstanceFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[AppCustomProductPageLocalizationsGetInstanceFieldsAppScreenshotSetsItem]
    | Unset = UNSET,
    fields_app_preview_sets: list[AppCustomProductPageLocalizationsGetInstanceFieldsAppPreviewSetsItem]
    | Unset = UNSET,
    include: list[AppCustomProductPageLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
    limit_search_keywords: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appCustomProductPageLocalizations]",
        "fields_app_custom_product_page_localizations",
        fields_app_custom_product_page_localizations,
        "AppCustomProductPageLocalizationsGetInstanceFieldsAppCustomProductPageLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appCustomProductPageVersions]",
        "fields_app_custom_product_page_versions",
        fields_app_custom_product_page_versions,
        "AppCustomProductPageLocalizationsGetInstanceFieldsAppCustomProductPageVersionsItem",
    )
    _params.query_list(
        params,
        "fields[appScreenshotSets]",
        "fields_app_screenshot_sets",
        fields_app_screenshot_sets,
        "AppCustomProductPageLocalizationsGetInstanceFieldsAppScreenshotSetsItem",
    )
    _params.query_list(
        params,
        "fields[appPreviewSets]",
        "fields_app_preview_sets",
        fields_app_preview_sets,
        "AppCustomProductPageLocalizationsGetInstanceFieldsAppPreviewSetsItem",
    )
    _params.query_list(
        params, "include", "include", include, "AppCustomProductPageLocalizationsGetInstanceIncludeItem"
    )
    _params.query_value(
        params, "limit[appPreviewSets]", "limit_app_preview_sets", limit_app_preview_sets, int
    )
    _params.query_value(
        params, "limit[appScreenshotSets]", "limit_app_screenshot_sets", limit_app_screenshot_sets, int
    )
    _params.query_value(params, "limit[searchKeywords]", "limit_search_keywords", limit_search_keywords, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appCustomProductPageLocalizations/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppCustomProductPageLocalizationResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppCustomProductPageLocalizationResponse.from_dict(response.json())

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
) -> Response[AppCustomProductPageLocalizationResponse | ErrorResponse]:
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
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPageLocalizationsGetInstanceFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        AppCustomProductPageLocalizationsGetInstanceFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[AppCustomProductPageLocalizationsGetInstanceFieldsAppScreenshotSetsItem]
    | Unset = UNSET,
    fields_app_preview_sets: list[AppCustomProductPageLocalizationsGetInstanceFieldsAppPreviewSetsItem]
    | Unset = UNSET,
    include: list[AppCustomProductPageLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
    limit_search_keywords: int | Unset = UNSET,
) -> Response[AppCustomProductPageLocalizationResponse | ErrorResponse]:
    """``GET /v1/appCustomProductPageLocalizations/{id}`` (appCustomProductPageLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_


    Args:
        id (str):
        fields_app_custom_product_page_localizations (list[AppCustomProductPageLocalizationsGetIns
            tanceFieldsAppCustomProductPageLocalizationsItem] | Unset):
        fields_app_custom_product_page_versions
            (list[AppCustomProductPageLocalizationsGetInstanceFieldsAppCustomProductPageVersionsItem]
            | Unset):
        fields_app_screenshot_sets
            (list[AppCustomProductPageLocalizationsGetInstanceFieldsAppScreenshotSetsItem] | Unset):
        fields_app_preview_sets
            (list[AppCustomProductPageLocalizationsGetInstanceFieldsAppPreviewSetsItem] | Unset):
        include (list[AppCustomProductPageLocalizationsGetInstanceIncludeItem] | Unset):
        limit_app_preview_sets (int | Unset):
        limit_app_screenshot_sets (int | Unset):
        limit_search_keywords (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppCustomProductPageLocalizationResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
        fields_app_custom_product_page_versions=fields_app_custom_product_page_versions,
        fields_app_screenshot_sets=fields_app_screenshot_sets,
        fields_app_preview_sets=fields_app_preview_sets,
        include=include,
        limit_app_preview_sets=limit_app_preview_sets,
        limit_app_screenshot_sets=limit_app_screenshot_sets,
        limit_search_keywords=limit_search_keywords,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPageLocalizationsGetInstanceFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        AppCustomProductPageLocalizationsGetInstanceFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[AppCustomProductPageLocalizationsGetInstanceFieldsAppScreenshotSetsItem]
    | Unset = UNSET,
    fields_app_preview_sets: list[AppCustomProductPageLocalizationsGetInstanceFieldsAppPreviewSetsItem]
    | Unset = UNSET,
    include: list[AppCustomProductPageLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
    limit_search_keywords: int | Unset = UNSET,
) -> AppCustomProductPageLocalizationResponse | ErrorResponse | None:
    """``GET /v1/appCustomProductPageLocalizations/{id}`` (appCustomProductPageLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_


    Args:
        id (str):
        fields_app_custom_product_page_localizations (list[AppCustomProductPageLocalizationsGetIns
            tanceFieldsAppCustomProductPageLocalizationsItem] | Unset):
        fields_app_custom_product_page_versions
            (list[AppCustomProductPageLocalizationsGetInstanceFieldsAppCustomProductPageVersionsItem]
            | Unset):
        fields_app_screenshot_sets
            (list[AppCustomProductPageLocalizationsGetInstanceFieldsAppScreenshotSetsItem] | Unset):
        fields_app_preview_sets
            (list[AppCustomProductPageLocalizationsGetInstanceFieldsAppPreviewSetsItem] | Unset):
        include (list[AppCustomProductPageLocalizationsGetInstanceIncludeItem] | Unset):
        limit_app_preview_sets (int | Unset):
        limit_app_screenshot_sets (int | Unset):
        limit_search_keywords (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppCustomProductPageLocalizationResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
        fields_app_custom_product_page_versions=fields_app_custom_product_page_versions,
        fields_app_screenshot_sets=fields_app_screenshot_sets,
        fields_app_preview_sets=fields_app_preview_sets,
        include=include,
        limit_app_preview_sets=limit_app_preview_sets,
        limit_app_screenshot_sets=limit_app_screenshot_sets,
        limit_search_keywords=limit_search_keywords,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPageLocalizationsGetInstanceFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        AppCustomProductPageLocalizationsGetInstanceFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[AppCustomProductPageLocalizationsGetInstanceFieldsAppScreenshotSetsItem]
    | Unset = UNSET,
    fields_app_preview_sets: list[AppCustomProductPageLocalizationsGetInstanceFieldsAppPreviewSetsItem]
    | Unset = UNSET,
    include: list[AppCustomProductPageLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
    limit_search_keywords: int | Unset = UNSET,
) -> Response[AppCustomProductPageLocalizationResponse | ErrorResponse]:
    """``GET /v1/appCustomProductPageLocalizations/{id}`` (appCustomProductPageLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_


    Args:
        id (str):
        fields_app_custom_product_page_localizations (list[AppCustomProductPageLocalizationsGetIns
            tanceFieldsAppCustomProductPageLocalizationsItem] | Unset):
        fields_app_custom_product_page_versions
            (list[AppCustomProductPageLocalizationsGetInstanceFieldsAppCustomProductPageVersionsItem]
            | Unset):
        fields_app_screenshot_sets
            (list[AppCustomProductPageLocalizationsGetInstanceFieldsAppScreenshotSetsItem] | Unset):
        fields_app_preview_sets
            (list[AppCustomProductPageLocalizationsGetInstanceFieldsAppPreviewSetsItem] | Unset):
        include (list[AppCustomProductPageLocalizationsGetInstanceIncludeItem] | Unset):
        limit_app_preview_sets (int | Unset):
        limit_app_screenshot_sets (int | Unset):
        limit_search_keywords (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppCustomProductPageLocalizationResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
        fields_app_custom_product_page_versions=fields_app_custom_product_page_versions,
        fields_app_screenshot_sets=fields_app_screenshot_sets,
        fields_app_preview_sets=fields_app_preview_sets,
        include=include,
        limit_app_preview_sets=limit_app_preview_sets,
        limit_app_screenshot_sets=limit_app_screenshot_sets,
        limit_search_keywords=limit_search_keywords,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPageLocalizationsGetInstanceFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        AppCustomProductPageLocalizationsGetInstanceFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[AppCustomProductPageLocalizationsGetInstanceFieldsAppScreenshotSetsItem]
    | Unset = UNSET,
    fields_app_preview_sets: list[AppCustomProductPageLocalizationsGetInstanceFieldsAppPreviewSetsItem]
    | Unset = UNSET,
    include: list[AppCustomProductPageLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
    limit_search_keywords: int | Unset = UNSET,
) -> AppCustomProductPageLocalizationResponse | ErrorResponse | None:
    """``GET /v1/appCustomProductPageLocalizations/{id}`` (appCustomProductPageLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_


    Args:
        id (str):
        fields_app_custom_product_page_localizations (list[AppCustomProductPageLocalizationsGetIns
            tanceFieldsAppCustomProductPageLocalizationsItem] | Unset):
        fields_app_custom_product_page_versions
            (list[AppCustomProductPageLocalizationsGetInstanceFieldsAppCustomProductPageVersionsItem]
            | Unset):
        fields_app_screenshot_sets
            (list[AppCustomProductPageLocalizationsGetInstanceFieldsAppScreenshotSetsItem] | Unset):
        fields_app_preview_sets
            (list[AppCustomProductPageLocalizationsGetInstanceFieldsAppPreviewSetsItem] | Unset):
        include (list[AppCustomProductPageLocalizationsGetInstanceIncludeItem] | Unset):
        limit_app_preview_sets (int | Unset):
        limit_app_screenshot_sets (int | Unset):
        limit_search_keywords (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppCustomProductPageLocalizationResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
            fields_app_custom_product_page_versions=fields_app_custom_product_page_versions,
            fields_app_screenshot_sets=fields_app_screenshot_sets,
            fields_app_preview_sets=fields_app_preview_sets,
            include=include,
            limit_app_preview_sets=limit_app_preview_sets,
            limit_app_screenshot_sets=limit_app_screenshot_sets,
            limit_search_keywords=limit_search_keywords,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppCustomProductPageLocalizationResponse] = AppCustomProductPageLocalizationResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppCustomProductPageLocalizationResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
