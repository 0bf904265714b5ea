from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.background_assets_get_instance_fields_apps_item import (
        BackgroundAssetsGetInstanceFieldsAppsItem,
    )
    from ...models.background_assets_get_instance_fields_background_asset_versions_item import (
        BackgroundAssetsGetInstanceFieldsBackgroundAssetVersionsItem,
    )
    from ...models.background_assets_get_instance_fields_background_assets_item import (
        BackgroundAssetsGetInstanceFieldsBackgroundAssetsItem,
    )
    from ...models.background_assets_get_instance_include_item import BackgroundAssetsGetInstanceIncludeItem

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_asset_response import BackgroundAssetResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_background_assets: list[BackgroundAssetsGetInstanceFieldsBackgroundAssetsItem] | Unset = UNSET,
    fields_apps: list[BackgroundAssetsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_background_asset_versions: list[BackgroundAssetsGetInstanceFieldsBackgroundAssetVersionsItem]
    | Unset = UNSET,
    include: list[BackgroundAssetsGetInstanceIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[backgroundAssets]",
        "fields_background_assets",
        fields_background_assets,
        "BackgroundAssetsGetInstanceFieldsBackgroundAssetsItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "BackgroundAssetsGetInstanceFieldsAppsItem"
    )
    _params.query_list(
        params,
        "fields[backgroundAssetVersions]",
        "fields_background_asset_versions",
        fields_background_asset_versions,
        "BackgroundAssetsGetInstanceFieldsBackgroundAssetVersionsItem",
    )
    _params.query_list(params, "include", "include", include, "BackgroundAssetsGetInstanceIncludeItem")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/backgroundAssets/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundAssetResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BackgroundAssetResponse.from_dict(response.json())

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
) -> Response[BackgroundAssetResponse | ErrorResponse]:
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
    fields_background_assets: list[BackgroundAssetsGetInstanceFieldsBackgroundAssetsItem] | Unset = UNSET,
    fields_apps: list[BackgroundAssetsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_background_asset_versions: list[BackgroundAssetsGetInstanceFieldsBackgroundAssetVersionsItem]
    | Unset = UNSET,
    include: list[BackgroundAssetsGetInstanceIncludeItem] | Unset = UNSET,
) -> Response[BackgroundAssetResponse | ErrorResponse]:
    """``GET /v1/backgroundAssets/{id}`` (backgroundAssets_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassets-_id_


    Args:
        id (str):
        fields_background_assets (list[BackgroundAssetsGetInstanceFieldsBackgroundAssetsItem] |
            Unset):
        fields_apps (list[BackgroundAssetsGetInstanceFieldsAppsItem] | Unset):
        fields_background_asset_versions
            (list[BackgroundAssetsGetInstanceFieldsBackgroundAssetVersionsItem] | Unset):
        include (list[BackgroundAssetsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundAssetResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_background_assets=fields_background_assets,
        fields_apps=fields_apps,
        fields_background_asset_versions=fields_background_asset_versions,
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
    fields_background_assets: list[BackgroundAssetsGetInstanceFieldsBackgroundAssetsItem] | Unset = UNSET,
    fields_apps: list[BackgroundAssetsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_background_asset_versions: list[BackgroundAssetsGetInstanceFieldsBackgroundAssetVersionsItem]
    | Unset = UNSET,
    include: list[BackgroundAssetsGetInstanceIncludeItem] | Unset = UNSET,
) -> BackgroundAssetResponse | ErrorResponse | None:
    """``GET /v1/backgroundAssets/{id}`` (backgroundAssets_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassets-_id_


    Args:
        id (str):
        fields_background_assets (list[BackgroundAssetsGetInstanceFieldsBackgroundAssetsItem] |
            Unset):
        fields_apps (list[BackgroundAssetsGetInstanceFieldsAppsItem] | Unset):
        fields_background_asset_versions
            (list[BackgroundAssetsGetInstanceFieldsBackgroundAssetVersionsItem] | Unset):
        include (list[BackgroundAssetsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundAssetResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_background_assets=fields_background_assets,
        fields_apps=fields_apps,
        fields_background_asset_versions=fields_background_asset_versions,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_background_assets: list[BackgroundAssetsGetInstanceFieldsBackgroundAssetsItem] | Unset = UNSET,
    fields_apps: list[BackgroundAssetsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_background_asset_versions: list[BackgroundAssetsGetInstanceFieldsBackgroundAssetVersionsItem]
    | Unset = UNSET,
    include: list[BackgroundAssetsGetInstanceIncludeItem] | Unset = UNSET,
) -> Response[BackgroundAssetResponse | ErrorResponse]:
    """``GET /v1/backgroundAssets/{id}`` (backgroundAssets_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassets-_id_


    Args:
        id (str):
        fields_background_assets (list[BackgroundAssetsGetInstanceFieldsBackgroundAssetsItem] |
            Unset):
        fields_apps (list[BackgroundAssetsGetInstanceFieldsAppsItem] | Unset):
        fields_background_asset_versions
            (list[BackgroundAssetsGetInstanceFieldsBackgroundAssetVersionsItem] | Unset):
        include (list[BackgroundAssetsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundAssetResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_background_assets=fields_background_assets,
        fields_apps=fields_apps,
        fields_background_asset_versions=fields_background_asset_versions,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_background_assets: list[BackgroundAssetsGetInstanceFieldsBackgroundAssetsItem] | Unset = UNSET,
    fields_apps: list[BackgroundAssetsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_background_asset_versions: list[BackgroundAssetsGetInstanceFieldsBackgroundAssetVersionsItem]
    | Unset = UNSET,
    include: list[BackgroundAssetsGetInstanceIncludeItem] | Unset = UNSET,
) -> BackgroundAssetResponse | ErrorResponse | None:
    """``GET /v1/backgroundAssets/{id}`` (backgroundAssets_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassets-_id_


    Args:
        id (str):
        fields_background_assets (list[BackgroundAssetsGetInstanceFieldsBackgroundAssetsItem] |
            Unset):
        fields_apps (list[BackgroundAssetsGetInstanceFieldsAppsItem] | Unset):
        fields_background_asset_versions
            (list[BackgroundAssetsGetInstanceFieldsBackgroundAssetVersionsItem] | Unset):
        include (list[BackgroundAssetsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundAssetResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_background_assets=fields_background_assets,
            fields_apps=fields_apps,
            fields_background_asset_versions=fields_background_asset_versions,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[BackgroundAssetResponse] = BackgroundAssetResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[BackgroundAssetResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
