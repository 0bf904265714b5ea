from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_store_version_localizations_get_instance_fields_app_preview_sets_item import (
        AppStoreVersionLocalizationsGetInstanceFieldsAppPreviewSetsItem,
    )
    from ...models.app_store_version_localizations_get_instance_fields_app_screenshot_sets_item import (
        AppStoreVersionLocalizationsGetInstanceFieldsAppScreenshotSetsItem,
    )
    from ...models.app_store_version_localizations_get_instance_fields_app_store_version_localizations_item import (
        AppStoreVersionLocalizationsGetInstanceFieldsAppStoreVersionLocalizationsItem,
    )
    from ...models.app_store_version_localizations_get_instance_fields_app_store_versions_item import (
        AppStoreVersionLocalizationsGetInstanceFieldsAppStoreVersionsItem,
    )
    from ...models.app_store_version_localizations_get_instance_include_item import (
        AppStoreVersionLocalizationsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_store_version_localization_response import AppStoreVersionLocalizationResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_store_version_localizations: list[
        AppStoreVersionLocalizationsGetInstanceFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[AppStoreVersionLocalizationsGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[AppStoreVersionLocalizationsGetInstanceFieldsAppScreenshotSetsItem]
    | Unset = UNSET,
    fields_app_preview_sets: list[AppStoreVersionLocalizationsGetInstanceFieldsAppPreviewSetsItem]
    | Unset = UNSET,
    include: list[AppStoreVersionLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
    limit_search_keywords: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appStoreVersionLocalizations]",
        "fields_app_store_version_localizations",
        fields_app_store_version_localizations,
        "AppStoreVersionLocalizationsGetInstanceFieldsAppStoreVersionLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersions]",
        "fields_app_store_versions",
        fields_app_store_versions,
        "AppStoreVersionLocalizationsGetInstanceFieldsAppStoreVersionsItem",
    )
    _params.query_list(
        params,
        "fields[appScreenshotSets]",
        "fields_app_screenshot_sets",
        fields_app_screenshot_sets,
        "AppStoreVersionLocalizationsGetInstanceFieldsAppScreenshotSetsItem",
    )
    _params.query_list(
        params,
        "fields[appPreviewSets]",
        "fields_app_preview_sets",
        fields_app_preview_sets,
        "AppStoreVersionLocalizationsGetInstanceFieldsAppPreviewSetsItem",
    )
    _params.query_list(
        params, "include", "include", include, "AppStoreVersionLocalizationsGetInstanceIncludeItem"
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
        "url": "/v1/appStoreVersionLocalizations/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppStoreVersionLocalizationResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppStoreVersionLocalizationResponse.from_dict(response.json())

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
) -> Response[AppStoreVersionLocalizationResponse | ErrorResponse]:
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
    fields_app_store_version_localizations: list[
        AppStoreVersionLocalizationsGetInstanceFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[AppStoreVersionLocalizationsGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[AppStoreVersionLocalizationsGetInstanceFieldsAppScreenshotSetsItem]
    | Unset = UNSET,
    fields_app_preview_sets: list[AppStoreVersionLocalizationsGetInstanceFieldsAppPreviewSetsItem]
    | Unset = UNSET,
    include: list[AppStoreVersionLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
    limit_search_keywords: int | Unset = UNSET,
) -> Response[AppStoreVersionLocalizationResponse | ErrorResponse]:
    """``GET /v1/appStoreVersionLocalizations/{id}`` (appStoreVersionLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_


    Args:
        id (str):
        fields_app_store_version_localizations
            (list[AppStoreVersionLocalizationsGetInstanceFieldsAppStoreVersionLocalizationsItem] |
            Unset):
        fields_app_store_versions
            (list[AppStoreVersionLocalizationsGetInstanceFieldsAppStoreVersionsItem] | Unset):
        fields_app_screenshot_sets
            (list[AppStoreVersionLocalizationsGetInstanceFieldsAppScreenshotSetsItem] | Unset):
        fields_app_preview_sets
            (list[AppStoreVersionLocalizationsGetInstanceFieldsAppPreviewSetsItem] | Unset):
        include (list[AppStoreVersionLocalizationsGetInstanceIncludeItem] | Unset):
        limit_app_preview_sets (int | Unset):
        limit_app_screenshot_sets (int | Unset):
        limit_search_keywords (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppStoreVersionLocalizationResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_store_version_localizations=fields_app_store_version_localizations,
        fields_app_store_versions=fields_app_store_versions,
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
    fields_app_store_version_localizations: list[
        AppStoreVersionLocalizationsGetInstanceFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[AppStoreVersionLocalizationsGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[AppStoreVersionLocalizationsGetInstanceFieldsAppScreenshotSetsItem]
    | Unset = UNSET,
    fields_app_preview_sets: list[AppStoreVersionLocalizationsGetInstanceFieldsAppPreviewSetsItem]
    | Unset = UNSET,
    include: list[AppStoreVersionLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
    limit_search_keywords: int | Unset = UNSET,
) -> AppStoreVersionLocalizationResponse | ErrorResponse | None:
    """``GET /v1/appStoreVersionLocalizations/{id}`` (appStoreVersionLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_


    Args:
        id (str):
        fields_app_store_version_localizations
            (list[AppStoreVersionLocalizationsGetInstanceFieldsAppStoreVersionLocalizationsItem] |
            Unset):
        fields_app_store_versions
            (list[AppStoreVersionLocalizationsGetInstanceFieldsAppStoreVersionsItem] | Unset):
        fields_app_screenshot_sets
            (list[AppStoreVersionLocalizationsGetInstanceFieldsAppScreenshotSetsItem] | Unset):
        fields_app_preview_sets
            (list[AppStoreVersionLocalizationsGetInstanceFieldsAppPreviewSetsItem] | Unset):
        include (list[AppStoreVersionLocalizationsGetInstanceIncludeItem] | Unset):
        limit_app_preview_sets (int | Unset):
        limit_app_screenshot_sets (int | Unset):
        limit_search_keywords (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppStoreVersionLocalizationResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_store_version_localizations=fields_app_store_version_localizations,
        fields_app_store_versions=fields_app_store_versions,
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
    fields_app_store_version_localizations: list[
        AppStoreVersionLocalizationsGetInstanceFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[AppStoreVersionLocalizationsGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[AppStoreVersionLocalizationsGetInstanceFieldsAppScreenshotSetsItem]
    | Unset = UNSET,
    fields_app_preview_sets: list[AppStoreVersionLocalizationsGetInstanceFieldsAppPreviewSetsItem]
    | Unset = UNSET,
    include: list[AppStoreVersionLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
    limit_search_keywords: int | Unset = UNSET,
) -> Response[AppStoreVersionLocalizationResponse | ErrorResponse]:
    """``GET /v1/appStoreVersionLocalizations/{id}`` (appStoreVersionLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_


    Args:
        id (str):
        fields_app_store_version_localizations
            (list[AppStoreVersionLocalizationsGetInstanceFieldsAppStoreVersionLocalizationsItem] |
            Unset):
        fields_app_store_versions
            (list[AppStoreVersionLocalizationsGetInstanceFieldsAppStoreVersionsItem] | Unset):
        fields_app_screenshot_sets
            (list[AppStoreVersionLocalizationsGetInstanceFieldsAppScreenshotSetsItem] | Unset):
        fields_app_preview_sets
            (list[AppStoreVersionLocalizationsGetInstanceFieldsAppPreviewSetsItem] | Unset):
        include (list[AppStoreVersionLocalizationsGetInstanceIncludeItem] | Unset):
        limit_app_preview_sets (int | Unset):
        limit_app_screenshot_sets (int | Unset):
        limit_search_keywords (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppStoreVersionLocalizationResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_store_version_localizations=fields_app_store_version_localizations,
        fields_app_store_versions=fields_app_store_versions,
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
    fields_app_store_version_localizations: list[
        AppStoreVersionLocalizationsGetInstanceFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[AppStoreVersionLocalizationsGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[AppStoreVersionLocalizationsGetInstanceFieldsAppScreenshotSetsItem]
    | Unset = UNSET,
    fields_app_preview_sets: list[AppStoreVersionLocalizationsGetInstanceFieldsAppPreviewSetsItem]
    | Unset = UNSET,
    include: list[AppStoreVersionLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
    limit_search_keywords: int | Unset = UNSET,
) -> AppStoreVersionLocalizationResponse | ErrorResponse | None:
    """``GET /v1/appStoreVersionLocalizations/{id}`` (appStoreVersionLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_


    Args:
        id (str):
        fields_app_store_version_localizations
            (list[AppStoreVersionLocalizationsGetInstanceFieldsAppStoreVersionLocalizationsItem] |
            Unset):
        fields_app_store_versions
            (list[AppStoreVersionLocalizationsGetInstanceFieldsAppStoreVersionsItem] | Unset):
        fields_app_screenshot_sets
            (list[AppStoreVersionLocalizationsGetInstanceFieldsAppScreenshotSetsItem] | Unset):
        fields_app_preview_sets
            (list[AppStoreVersionLocalizationsGetInstanceFieldsAppPreviewSetsItem] | Unset):
        include (list[AppStoreVersionLocalizationsGetInstanceIncludeItem] | Unset):
        limit_app_preview_sets (int | Unset):
        limit_app_screenshot_sets (int | Unset):
        limit_search_keywords (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppStoreVersionLocalizationResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_app_store_version_localizations=fields_app_store_version_localizations,
            fields_app_store_versions=fields_app_store_versions,
            fields_app_screenshot_sets=fields_app_screenshot_sets,
            fields_app_preview_sets=fields_app_preview_sets,
            include=include,
            limit_app_preview_sets=limit_app_preview_sets,
            limit_app_screenshot_sets=limit_app_screenshot_sets,
            limit_search_keywords=limit_search_keywords,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppStoreVersionLocalizationResponse] = AppStoreVersionLocalizationResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppStoreVersionLocalizationResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
