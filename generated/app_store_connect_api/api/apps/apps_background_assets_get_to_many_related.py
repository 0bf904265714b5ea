from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_background_assets_get_to_many_related_fields_apps_item import (
        AppsBackgroundAssetsGetToManyRelatedFieldsAppsItem,
    )
    from ...models.apps_background_assets_get_to_many_related_fields_background_asset_versions_item import (
        AppsBackgroundAssetsGetToManyRelatedFieldsBackgroundAssetVersionsItem,
    )
    from ...models.apps_background_assets_get_to_many_related_fields_background_assets_item import (
        AppsBackgroundAssetsGetToManyRelatedFieldsBackgroundAssetsItem,
    )
    from ...models.apps_background_assets_get_to_many_related_filter_versions_platforms_item import (
        AppsBackgroundAssetsGetToManyRelatedFilterVersionsPlatformsItem,
    )
    from ...models.apps_background_assets_get_to_many_related_include_item import (
        AppsBackgroundAssetsGetToManyRelatedIncludeItem,
    )
    from ...models.apps_background_assets_get_to_many_related_sort_item import (
        AppsBackgroundAssetsGetToManyRelatedSortItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_assets_response import BackgroundAssetsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_archived: list[str] | Unset = UNSET,
    filter_asset_pack_identifier: list[str] | Unset = UNSET,
    filter_versions_locale: list[str] | Unset = UNSET,
    filter_versions_platforms: list[AppsBackgroundAssetsGetToManyRelatedFilterVersionsPlatformsItem]
    | Unset = UNSET,
    sort: list[AppsBackgroundAssetsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_background_assets: list[AppsBackgroundAssetsGetToManyRelatedFieldsBackgroundAssetsItem]
    | Unset = UNSET,
    fields_apps: list[AppsBackgroundAssetsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_background_asset_versions: list[
        AppsBackgroundAssetsGetToManyRelatedFieldsBackgroundAssetVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsBackgroundAssetsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[archived]", "filter_archived", filter_archived, str)
    _params.query_list(
        params,
        "filter[assetPackIdentifier]",
        "filter_asset_pack_identifier",
        filter_asset_pack_identifier,
        str,
    )
    _params.query_list(
        params, "filter[versions.locale]", "filter_versions_locale", filter_versions_locale, str
    )
    _params.query_list(
        params,
        "filter[versions.platforms]",
        "filter_versions_platforms",
        filter_versions_platforms,
        "AppsBackgroundAssetsGetToManyRelatedFilterVersionsPlatformsItem",
    )
    _params.query_list(params, "sort", "sort", sort, "AppsBackgroundAssetsGetToManyRelatedSortItem")
    _params.query_list(
        params,
        "fields[backgroundAssets]",
        "fields_background_assets",
        fields_background_assets,
        "AppsBackgroundAssetsGetToManyRelatedFieldsBackgroundAssetsItem",
    )
    _params.query_list(
        params,
        "fields[apps]",
        "fields_apps",
        fields_apps,
        "AppsBackgroundAssetsGetToManyRelatedFieldsAppsItem",
    )
    _params.query_list(
        params,
        "fields[backgroundAssetVersions]",
        "fields_background_asset_versions",
        fields_background_asset_versions,
        "AppsBackgroundAssetsGetToManyRelatedFieldsBackgroundAssetVersionsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "AppsBackgroundAssetsGetToManyRelatedIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/backgroundAssets".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundAssetsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BackgroundAssetsResponse.from_dict(response.json())

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
) -> Response[BackgroundAssetsResponse | ErrorResponse]:
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
    filter_archived: list[str] | Unset = UNSET,
    filter_asset_pack_identifier: list[str] | Unset = UNSET,
    filter_versions_locale: list[str] | Unset = UNSET,
    filter_versions_platforms: list[AppsBackgroundAssetsGetToManyRelatedFilterVersionsPlatformsItem]
    | Unset = UNSET,
    sort: list[AppsBackgroundAssetsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_background_assets: list[AppsBackgroundAssetsGetToManyRelatedFieldsBackgroundAssetsItem]
    | Unset = UNSET,
    fields_apps: list[AppsBackgroundAssetsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_background_asset_versions: list[
        AppsBackgroundAssetsGetToManyRelatedFieldsBackgroundAssetVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsBackgroundAssetsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[BackgroundAssetsResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/backgroundAssets`` (apps_backgroundAssets_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-backgroundassets


    Args:
        id (str):
        filter_archived (list[str] | Unset):
        filter_asset_pack_identifier (list[str] | Unset):
        filter_versions_locale (list[str] | Unset):
        filter_versions_platforms
            (list[AppsBackgroundAssetsGetToManyRelatedFilterVersionsPlatformsItem] | Unset):
        sort (list[AppsBackgroundAssetsGetToManyRelatedSortItem] | Unset):
        fields_background_assets
            (list[AppsBackgroundAssetsGetToManyRelatedFieldsBackgroundAssetsItem] | Unset):
        fields_apps (list[AppsBackgroundAssetsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_background_asset_versions
            (list[AppsBackgroundAssetsGetToManyRelatedFieldsBackgroundAssetVersionsItem] | Unset):
        limit (int | Unset):
        include (list[AppsBackgroundAssetsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundAssetsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_archived=filter_archived,
        filter_asset_pack_identifier=filter_asset_pack_identifier,
        filter_versions_locale=filter_versions_locale,
        filter_versions_platforms=filter_versions_platforms,
        sort=sort,
        fields_background_assets=fields_background_assets,
        fields_apps=fields_apps,
        fields_background_asset_versions=fields_background_asset_versions,
        limit=limit,
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
    filter_archived: list[str] | Unset = UNSET,
    filter_asset_pack_identifier: list[str] | Unset = UNSET,
    filter_versions_locale: list[str] | Unset = UNSET,
    filter_versions_platforms: list[AppsBackgroundAssetsGetToManyRelatedFilterVersionsPlatformsItem]
    | Unset = UNSET,
    sort: list[AppsBackgroundAssetsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_background_assets: list[AppsBackgroundAssetsGetToManyRelatedFieldsBackgroundAssetsItem]
    | Unset = UNSET,
    fields_apps: list[AppsBackgroundAssetsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_background_asset_versions: list[
        AppsBackgroundAssetsGetToManyRelatedFieldsBackgroundAssetVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsBackgroundAssetsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> BackgroundAssetsResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/backgroundAssets`` (apps_backgroundAssets_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-backgroundassets


    Args:
        id (str):
        filter_archived (list[str] | Unset):
        filter_asset_pack_identifier (list[str] | Unset):
        filter_versions_locale (list[str] | Unset):
        filter_versions_platforms
            (list[AppsBackgroundAssetsGetToManyRelatedFilterVersionsPlatformsItem] | Unset):
        sort (list[AppsBackgroundAssetsGetToManyRelatedSortItem] | Unset):
        fields_background_assets
            (list[AppsBackgroundAssetsGetToManyRelatedFieldsBackgroundAssetsItem] | Unset):
        fields_apps (list[AppsBackgroundAssetsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_background_asset_versions
            (list[AppsBackgroundAssetsGetToManyRelatedFieldsBackgroundAssetVersionsItem] | Unset):
        limit (int | Unset):
        include (list[AppsBackgroundAssetsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundAssetsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_archived=filter_archived,
        filter_asset_pack_identifier=filter_asset_pack_identifier,
        filter_versions_locale=filter_versions_locale,
        filter_versions_platforms=filter_versions_platforms,
        sort=sort,
        fields_background_assets=fields_background_assets,
        fields_apps=fields_apps,
        fields_background_asset_versions=fields_background_asset_versions,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_archived: list[str] | Unset = UNSET,
    filter_asset_pack_identifier: list[str] | Unset = UNSET,
    filter_versions_locale: list[str] | Unset = UNSET,
    filter_versions_platforms: list[AppsBackgroundAssetsGetToManyRelatedFilterVersionsPlatformsItem]
    | Unset = UNSET,
    sort: list[AppsBackgroundAssetsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_background_assets: list[AppsBackgroundAssetsGetToManyRelatedFieldsBackgroundAssetsItem]
    | Unset = UNSET,
    fields_apps: list[AppsBackgroundAssetsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_background_asset_versions: list[
        AppsBackgroundAssetsGetToManyRelatedFieldsBackgroundAssetVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsBackgroundAssetsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[BackgroundAssetsResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/backgroundAssets`` (apps_backgroundAssets_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-backgroundassets


    Args:
        id (str):
        filter_archived (list[str] | Unset):
        filter_asset_pack_identifier (list[str] | Unset):
        filter_versions_locale (list[str] | Unset):
        filter_versions_platforms
            (list[AppsBackgroundAssetsGetToManyRelatedFilterVersionsPlatformsItem] | Unset):
        sort (list[AppsBackgroundAssetsGetToManyRelatedSortItem] | Unset):
        fields_background_assets
            (list[AppsBackgroundAssetsGetToManyRelatedFieldsBackgroundAssetsItem] | Unset):
        fields_apps (list[AppsBackgroundAssetsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_background_asset_versions
            (list[AppsBackgroundAssetsGetToManyRelatedFieldsBackgroundAssetVersionsItem] | Unset):
        limit (int | Unset):
        include (list[AppsBackgroundAssetsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundAssetsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_archived=filter_archived,
        filter_asset_pack_identifier=filter_asset_pack_identifier,
        filter_versions_locale=filter_versions_locale,
        filter_versions_platforms=filter_versions_platforms,
        sort=sort,
        fields_background_assets=fields_background_assets,
        fields_apps=fields_apps,
        fields_background_asset_versions=fields_background_asset_versions,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_archived: list[str] | Unset = UNSET,
    filter_asset_pack_identifier: list[str] | Unset = UNSET,
    filter_versions_locale: list[str] | Unset = UNSET,
    filter_versions_platforms: list[AppsBackgroundAssetsGetToManyRelatedFilterVersionsPlatformsItem]
    | Unset = UNSET,
    sort: list[AppsBackgroundAssetsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_background_assets: list[AppsBackgroundAssetsGetToManyRelatedFieldsBackgroundAssetsItem]
    | Unset = UNSET,
    fields_apps: list[AppsBackgroundAssetsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_background_asset_versions: list[
        AppsBackgroundAssetsGetToManyRelatedFieldsBackgroundAssetVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsBackgroundAssetsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> BackgroundAssetsResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/backgroundAssets`` (apps_backgroundAssets_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-backgroundassets


    Args:
        id (str):
        filter_archived (list[str] | Unset):
        filter_asset_pack_identifier (list[str] | Unset):
        filter_versions_locale (list[str] | Unset):
        filter_versions_platforms
            (list[AppsBackgroundAssetsGetToManyRelatedFilterVersionsPlatformsItem] | Unset):
        sort (list[AppsBackgroundAssetsGetToManyRelatedSortItem] | Unset):
        fields_background_assets
            (list[AppsBackgroundAssetsGetToManyRelatedFieldsBackgroundAssetsItem] | Unset):
        fields_apps (list[AppsBackgroundAssetsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_background_asset_versions
            (list[AppsBackgroundAssetsGetToManyRelatedFieldsBackgroundAssetVersionsItem] | Unset):
        limit (int | Unset):
        include (list[AppsBackgroundAssetsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundAssetsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_archived=filter_archived,
            filter_asset_pack_identifier=filter_asset_pack_identifier,
            filter_versions_locale=filter_versions_locale,
            filter_versions_platforms=filter_versions_platforms,
            sort=sort,
            fields_background_assets=fields_background_assets,
            fields_apps=fields_apps,
            fields_background_asset_versions=fields_background_asset_versions,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[BackgroundAssetsResponse] = BackgroundAssetsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.background_asset import BackgroundAsset

ITEM_TYPE: type[BackgroundAsset] = BackgroundAsset
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[BackgroundAssetsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
