from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_custom_product_page_versions_app_custom_product_page_localizations_get_to_many_related_fields_app_custom_product_page_localizations_item import (
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem,
    )
    from ...models.app_custom_product_page_versions_app_custom_product_page_localizations_get_to_many_related_fields_app_custom_product_page_versions_item import (
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppCustomProductPageVersionsItem,
    )
    from ...models.app_custom_product_page_versions_app_custom_product_page_localizations_get_to_many_related_fields_app_preview_sets_item import (
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppPreviewSetsItem,
    )
    from ...models.app_custom_product_page_versions_app_custom_product_page_localizations_get_to_many_related_fields_app_screenshot_sets_item import (
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppScreenshotSetsItem,
    )
    from ...models.app_custom_product_page_versions_app_custom_product_page_localizations_get_to_many_related_include_item import (
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_custom_product_page_localizations_response import AppCustomProductPageLocalizationsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_locale: list[str] | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppScreenshotSetsItem
    ]
    | Unset = UNSET,
    fields_app_preview_sets: list[
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    fields_app_keywords: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
    limit_search_keywords: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[locale]", "filter_locale", filter_locale, str)
    _params.query_list(
        params,
        "fields[appCustomProductPageLocalizations]",
        "fields_app_custom_product_page_localizations",
        fields_app_custom_product_page_localizations,
        "AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appCustomProductPageVersions]",
        "fields_app_custom_product_page_versions",
        fields_app_custom_product_page_versions,
        "AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppCustomProductPageVersionsItem",
    )
    _params.query_list(
        params,
        "fields[appScreenshotSets]",
        "fields_app_screenshot_sets",
        fields_app_screenshot_sets,
        "AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppScreenshotSetsItem",
    )
    _params.query_list(
        params,
        "fields[appPreviewSets]",
        "fields_app_preview_sets",
        fields_app_preview_sets,
        "AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppPreviewSetsItem",
    )
    _params.query_list(params, "fields[appKeywords]", "fields_app_keywords", fields_app_keywords, str)
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedIncludeItem",
    )
    _params.query_value(
        params, "limit[appScreenshotSets]", "limit_app_screenshot_sets", limit_app_screenshot_sets, int
    )
    _params.query_value(
        params, "limit[appPreviewSets]", "limit_app_preview_sets", limit_app_preview_sets, int
    )
    _params.query_value(params, "limit[searchKeywords]", "limit_search_keywords", limit_search_keywords, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appCustomProductPageVersions/{id}/appCustomProductPageLocalizations".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppCustomProductPageLocalizationsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppCustomProductPageLocalizationsResponse.from_dict(response.json())

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
) -> Response[AppCustomProductPageLocalizationsResponse | ErrorResponse]:
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
    filter_locale: list[str] | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppScreenshotSetsItem
    ]
    | Unset = UNSET,
    fields_app_preview_sets: list[
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    fields_app_keywords: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
    limit_search_keywords: int | Unset = UNSET,
) -> Response[AppCustomProductPageLocalizationsResponse | ErrorResponse]:
    """``GET /v1/appCustomProductPageVersions/{id}/appCustomProductPageLocalizations`` (appCustomProductPageVersions_appCustomProductPageLocalizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpageversions-_id_-appcustomproductpagelocalizations


    Args:
        id (str):
        filter_locale (list[str] | Unset):
        fields_app_custom_product_page_localizations (list[AppCustomProductPageVersionsAppCustomPr
            oductPageLocalizationsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem] |
            Unset):
        fields_app_custom_product_page_versions (list[AppCustomProductPageVersionsAppCustomProduct
            PageLocalizationsGetToManyRelatedFieldsAppCustomProductPageVersionsItem] | Unset):
        fields_app_screenshot_sets (list[AppCustomProductPageVersionsAppCustomProductPageLocalizat
            ionsGetToManyRelatedFieldsAppScreenshotSetsItem] | Unset):
        fields_app_preview_sets (list[AppCustomProductPageVersionsAppCustomProductPageLocalization
            sGetToManyRelatedFieldsAppPreviewSetsItem] | Unset):
        fields_app_keywords (list[str] | Unset):
        limit (int | Unset):
        include (list[AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelate
            dIncludeItem] | Unset):
        limit_app_screenshot_sets (int | Unset):
        limit_app_preview_sets (int | Unset):
        limit_search_keywords (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppCustomProductPageLocalizationsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_locale=filter_locale,
        fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
        fields_app_custom_product_page_versions=fields_app_custom_product_page_versions,
        fields_app_screenshot_sets=fields_app_screenshot_sets,
        fields_app_preview_sets=fields_app_preview_sets,
        fields_app_keywords=fields_app_keywords,
        limit=limit,
        include=include,
        limit_app_screenshot_sets=limit_app_screenshot_sets,
        limit_app_preview_sets=limit_app_preview_sets,
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
    filter_locale: list[str] | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppScreenshotSetsItem
    ]
    | Unset = UNSET,
    fields_app_preview_sets: list[
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    fields_app_keywords: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
    limit_search_keywords: int | Unset = UNSET,
) -> AppCustomProductPageLocalizationsResponse | ErrorResponse | None:
    """``GET /v1/appCustomProductPageVersions/{id}/appCustomProductPageLocalizations`` (appCustomProductPageVersions_appCustomProductPageLocalizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpageversions-_id_-appcustomproductpagelocalizations


    Args:
        id (str):
        filter_locale (list[str] | Unset):
        fields_app_custom_product_page_localizations (list[AppCustomProductPageVersionsAppCustomPr
            oductPageLocalizationsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem] |
            Unset):
        fields_app_custom_product_page_versions (list[AppCustomProductPageVersionsAppCustomProduct
            PageLocalizationsGetToManyRelatedFieldsAppCustomProductPageVersionsItem] | Unset):
        fields_app_screenshot_sets (list[AppCustomProductPageVersionsAppCustomProductPageLocalizat
            ionsGetToManyRelatedFieldsAppScreenshotSetsItem] | Unset):
        fields_app_preview_sets (list[AppCustomProductPageVersionsAppCustomProductPageLocalization
            sGetToManyRelatedFieldsAppPreviewSetsItem] | Unset):
        fields_app_keywords (list[str] | Unset):
        limit (int | Unset):
        include (list[AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelate
            dIncludeItem] | Unset):
        limit_app_screenshot_sets (int | Unset):
        limit_app_preview_sets (int | Unset):
        limit_search_keywords (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppCustomProductPageLocalizationsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_locale=filter_locale,
        fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
        fields_app_custom_product_page_versions=fields_app_custom_product_page_versions,
        fields_app_screenshot_sets=fields_app_screenshot_sets,
        fields_app_preview_sets=fields_app_preview_sets,
        fields_app_keywords=fields_app_keywords,
        limit=limit,
        include=include,
        limit_app_screenshot_sets=limit_app_screenshot_sets,
        limit_app_preview_sets=limit_app_preview_sets,
        limit_search_keywords=limit_search_keywords,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_locale: list[str] | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppScreenshotSetsItem
    ]
    | Unset = UNSET,
    fields_app_preview_sets: list[
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    fields_app_keywords: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
    limit_search_keywords: int | Unset = UNSET,
) -> Response[AppCustomProductPageLocalizationsResponse | ErrorResponse]:
    """``GET /v1/appCustomProductPageVersions/{id}/appCustomProductPageLocalizations`` (appCustomProductPageVersions_appCustomProductPageLocalizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpageversions-_id_-appcustomproductpagelocalizations


    Args:
        id (str):
        filter_locale (list[str] | Unset):
        fields_app_custom_product_page_localizations (list[AppCustomProductPageVersionsAppCustomPr
            oductPageLocalizationsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem] |
            Unset):
        fields_app_custom_product_page_versions (list[AppCustomProductPageVersionsAppCustomProduct
            PageLocalizationsGetToManyRelatedFieldsAppCustomProductPageVersionsItem] | Unset):
        fields_app_screenshot_sets (list[AppCustomProductPageVersionsAppCustomProductPageLocalizat
            ionsGetToManyRelatedFieldsAppScreenshotSetsItem] | Unset):
        fields_app_preview_sets (list[AppCustomProductPageVersionsAppCustomProductPageLocalization
            sGetToManyRelatedFieldsAppPreviewSetsItem] | Unset):
        fields_app_keywords (list[str] | Unset):
        limit (int | Unset):
        include (list[AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelate
            dIncludeItem] | Unset):
        limit_app_screenshot_sets (int | Unset):
        limit_app_preview_sets (int | Unset):
        limit_search_keywords (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppCustomProductPageLocalizationsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_locale=filter_locale,
        fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
        fields_app_custom_product_page_versions=fields_app_custom_product_page_versions,
        fields_app_screenshot_sets=fields_app_screenshot_sets,
        fields_app_preview_sets=fields_app_preview_sets,
        fields_app_keywords=fields_app_keywords,
        limit=limit,
        include=include,
        limit_app_screenshot_sets=limit_app_screenshot_sets,
        limit_app_preview_sets=limit_app_preview_sets,
        limit_search_keywords=limit_search_keywords,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_locale: list[str] | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppScreenshotSetsItem
    ]
    | Unset = UNSET,
    fields_app_preview_sets: list[
        AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    fields_app_keywords: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
    limit_search_keywords: int | Unset = UNSET,
) -> AppCustomProductPageLocalizationsResponse | ErrorResponse | None:
    """``GET /v1/appCustomProductPageVersions/{id}/appCustomProductPageLocalizations`` (appCustomProductPageVersions_appCustomProductPageLocalizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpageversions-_id_-appcustomproductpagelocalizations


    Args:
        id (str):
        filter_locale (list[str] | Unset):
        fields_app_custom_product_page_localizations (list[AppCustomProductPageVersionsAppCustomPr
            oductPageLocalizationsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem] |
            Unset):
        fields_app_custom_product_page_versions (list[AppCustomProductPageVersionsAppCustomProduct
            PageLocalizationsGetToManyRelatedFieldsAppCustomProductPageVersionsItem] | Unset):
        fields_app_screenshot_sets (list[AppCustomProductPageVersionsAppCustomProductPageLocalizat
            ionsGetToManyRelatedFieldsAppScreenshotSetsItem] | Unset):
        fields_app_preview_sets (list[AppCustomProductPageVersionsAppCustomProductPageLocalization
            sGetToManyRelatedFieldsAppPreviewSetsItem] | Unset):
        fields_app_keywords (list[str] | Unset):
        limit (int | Unset):
        include (list[AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelate
            dIncludeItem] | Unset):
        limit_app_screenshot_sets (int | Unset):
        limit_app_preview_sets (int | Unset):
        limit_search_keywords (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppCustomProductPageLocalizationsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_locale=filter_locale,
            fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
            fields_app_custom_product_page_versions=fields_app_custom_product_page_versions,
            fields_app_screenshot_sets=fields_app_screenshot_sets,
            fields_app_preview_sets=fields_app_preview_sets,
            fields_app_keywords=fields_app_keywords,
            limit=limit,
            include=include,
            limit_app_screenshot_sets=limit_app_screenshot_sets,
            limit_app_preview_sets=limit_app_preview_sets,
            limit_search_keywords=limit_search_keywords,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppCustomProductPageLocalizationsResponse] = AppCustomProductPageLocalizationsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app_custom_product_page_localization import AppCustomProductPageLocalization

ITEM_TYPE: type[AppCustomProductPageLocalization] = AppCustomProductPageLocalization
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppCustomProductPageLocalizationsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
