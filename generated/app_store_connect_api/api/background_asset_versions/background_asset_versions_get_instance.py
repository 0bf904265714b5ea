from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.background_asset_versions_get_instance_fields_background_asset_upload_files_item import (
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetUploadFilesItem,
    )
    from ...models.background_asset_versions_get_instance_fields_background_asset_version_app_store_releases_item import (
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionAppStoreReleasesItem,
    )
    from ...models.background_asset_versions_get_instance_fields_background_asset_version_external_beta_releases_item import (
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionExternalBetaReleasesItem,
    )
    from ...models.background_asset_versions_get_instance_fields_background_asset_version_internal_beta_releases_item import (
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionInternalBetaReleasesItem,
    )
    from ...models.background_asset_versions_get_instance_fields_background_asset_versions_item import (
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionsItem,
    )
    from ...models.background_asset_versions_get_instance_fields_background_assets_item import (
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetsItem,
    )
    from ...models.background_asset_versions_get_instance_include_item import (
        BackgroundAssetVersionsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_asset_version_response import BackgroundAssetVersionResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_background_asset_versions: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionsItem
    ]
    | Unset = UNSET,
    fields_background_assets: list[BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetsItem]
    | Unset = UNSET,
    fields_background_asset_version_internal_beta_releases: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionInternalBetaReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_version_external_beta_releases: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionExternalBetaReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_version_app_store_releases: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionAppStoreReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_upload_files: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetUploadFilesItem
    ]
    | Unset = UNSET,
    include: list[BackgroundAssetVersionsGetInstanceIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[backgroundAssetVersions]",
        "fields_background_asset_versions",
        fields_background_asset_versions,
        "BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionsItem",
    )
    _params.query_list(
        params,
        "fields[backgroundAssets]",
        "fields_background_assets",
        fields_background_assets,
        "BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetsItem",
    )
    _params.query_list(
        params,
        "fields[backgroundAssetVersionInternalBetaReleases]",
        "fields_background_asset_version_internal_beta_releases",
        fields_background_asset_version_internal_beta_releases,
        "BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionInternalBetaReleasesItem",
    )
    _params.query_list(
        params,
        "fields[backgroundAssetVersionExternalBetaReleases]",
        "fields_background_asset_version_external_beta_releases",
        fields_background_asset_version_external_beta_releases,
        "BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionExternalBetaReleasesItem",
    )
    _params.query_list(
        params,
        "fields[backgroundAssetVersionAppStoreReleases]",
        "fields_background_asset_version_app_store_releases",
        fields_background_asset_version_app_store_releases,
        "BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionAppStoreReleasesItem",
    )
    _params.query_list(
        params,
        "fields[backgroundAssetUploadFiles]",
        "fields_background_asset_upload_files",
        fields_background_asset_upload_files,
        "BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetUploadFilesItem",
    )
    _params.query_list(params, "include", "include", include, "BackgroundAssetVersionsGetInstanceIncludeItem")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/backgroundAssetVersions/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundAssetVersionResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BackgroundAssetVersionResponse.from_dict(response.json())

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
) -> Response[BackgroundAssetVersionResponse | ErrorResponse]:
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
    fields_background_asset_versions: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionsItem
    ]
    | Unset = UNSET,
    fields_background_assets: list[BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetsItem]
    | Unset = UNSET,
    fields_background_asset_version_internal_beta_releases: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionInternalBetaReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_version_external_beta_releases: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionExternalBetaReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_version_app_store_releases: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionAppStoreReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_upload_files: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetUploadFilesItem
    ]
    | Unset = UNSET,
    include: list[BackgroundAssetVersionsGetInstanceIncludeItem] | Unset = UNSET,
) -> Response[BackgroundAssetVersionResponse | ErrorResponse]:
    """``GET /v1/backgroundAssetVersions/{id}`` (backgroundAssetVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetversions-_id_


    Args:
        id (str):
        fields_background_asset_versions
            (list[BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionsItem] | Unset):
        fields_background_assets
            (list[BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetsItem] | Unset):
        fields_background_asset_version_internal_beta_releases (list[BackgroundAssetVersionsGetIns
            tanceFieldsBackgroundAssetVersionInternalBetaReleasesItem] | Unset):
        fields_background_asset_version_external_beta_releases (list[BackgroundAssetVersionsGetIns
            tanceFieldsBackgroundAssetVersionExternalBetaReleasesItem] | Unset):
        fields_background_asset_version_app_store_releases
            (list[BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionAppStoreReleasesItem]
            | Unset):
        fields_background_asset_upload_files
            (list[BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetUploadFilesItem] | Unset):
        include (list[BackgroundAssetVersionsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundAssetVersionResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_background_asset_versions=fields_background_asset_versions,
        fields_background_assets=fields_background_assets,
        fields_background_asset_version_internal_beta_releases=fields_background_asset_version_internal_beta_releases,
        fields_background_asset_version_external_beta_releases=fields_background_asset_version_external_beta_releases,
        fields_background_asset_version_app_store_releases=fields_background_asset_version_app_store_releases,
        fields_background_asset_upload_files=fields_background_asset_upload_files,
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
    fields_background_asset_versions: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionsItem
    ]
    | Unset = UNSET,
    fields_background_assets: list[BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetsItem]
    | Unset = UNSET,
    fields_background_asset_version_internal_beta_releases: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionInternalBetaReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_version_external_beta_releases: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionExternalBetaReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_version_app_store_releases: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionAppStoreReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_upload_files: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetUploadFilesItem
    ]
    | Unset = UNSET,
    include: list[BackgroundAssetVersionsGetInstanceIncludeItem] | Unset = UNSET,
) -> BackgroundAssetVersionResponse | ErrorResponse | None:
    """``GET /v1/backgroundAssetVersions/{id}`` (backgroundAssetVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetversions-_id_


    Args:
        id (str):
        fields_background_asset_versions
            (list[BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionsItem] | Unset):
        fields_background_assets
            (list[BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetsItem] | Unset):
        fields_background_asset_version_internal_beta_releases (list[BackgroundAssetVersionsGetIns
            tanceFieldsBackgroundAssetVersionInternalBetaReleasesItem] | Unset):
        fields_background_asset_version_external_beta_releases (list[BackgroundAssetVersionsGetIns
            tanceFieldsBackgroundAssetVersionExternalBetaReleasesItem] | Unset):
        fields_background_asset_version_app_store_releases
            (list[BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionAppStoreReleasesItem]
            | Unset):
        fields_background_asset_upload_files
            (list[BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetUploadFilesItem] | Unset):
        include (list[BackgroundAssetVersionsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundAssetVersionResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_background_asset_versions=fields_background_asset_versions,
        fields_background_assets=fields_background_assets,
        fields_background_asset_version_internal_beta_releases=fields_background_asset_version_internal_beta_releases,
        fields_background_asset_version_external_beta_releases=fields_background_asset_version_external_beta_releases,
        fields_background_asset_version_app_store_releases=fields_background_asset_version_app_store_releases,
        fields_background_asset_upload_files=fields_background_asset_upload_files,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_background_asset_versions: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionsItem
    ]
    | Unset = UNSET,
    fields_background_assets: list[BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetsItem]
    | Unset = UNSET,
    fields_background_asset_version_internal_beta_releases: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionInternalBetaReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_version_external_beta_releases: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionExternalBetaReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_version_app_store_releases: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionAppStoreReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_upload_files: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetUploadFilesItem
    ]
    | Unset = UNSET,
    include: list[BackgroundAssetVersionsGetInstanceIncludeItem] | Unset = UNSET,
) -> Response[BackgroundAssetVersionResponse | ErrorResponse]:
    """``GET /v1/backgroundAssetVersions/{id}`` (backgroundAssetVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetversions-_id_


    Args:
        id (str):
        fields_background_asset_versions
            (list[BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionsItem] | Unset):
        fields_background_assets
            (list[BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetsItem] | Unset):
        fields_background_asset_version_internal_beta_releases (list[BackgroundAssetVersionsGetIns
            tanceFieldsBackgroundAssetVersionInternalBetaReleasesItem] | Unset):
        fields_background_asset_version_external_beta_releases (list[BackgroundAssetVersionsGetIns
            tanceFieldsBackgroundAssetVersionExternalBetaReleasesItem] | Unset):
        fields_background_asset_version_app_store_releases
            (list[BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionAppStoreReleasesItem]
            | Unset):
        fields_background_asset_upload_files
            (list[BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetUploadFilesItem] | Unset):
        include (list[BackgroundAssetVersionsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundAssetVersionResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_background_asset_versions=fields_background_asset_versions,
        fields_background_assets=fields_background_assets,
        fields_background_asset_version_internal_beta_releases=fields_background_asset_version_internal_beta_releases,
        fields_background_asset_version_external_beta_releases=fields_background_asset_version_external_beta_releases,
        fields_background_asset_version_app_store_releases=fields_background_asset_version_app_store_releases,
        fields_background_asset_upload_files=fields_background_asset_upload_files,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_background_asset_versions: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionsItem
    ]
    | Unset = UNSET,
    fields_background_assets: list[BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetsItem]
    | Unset = UNSET,
    fields_background_asset_version_internal_beta_releases: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionInternalBetaReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_version_external_beta_releases: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionExternalBetaReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_version_app_store_releases: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionAppStoreReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_upload_files: list[
        BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetUploadFilesItem
    ]
    | Unset = UNSET,
    include: list[BackgroundAssetVersionsGetInstanceIncludeItem] | Unset = UNSET,
) -> BackgroundAssetVersionResponse | ErrorResponse | None:
    """``GET /v1/backgroundAssetVersions/{id}`` (backgroundAssetVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassetversions-_id_


    Args:
        id (str):
        fields_background_asset_versions
            (list[BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionsItem] | Unset):
        fields_background_assets
            (list[BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetsItem] | Unset):
        fields_background_asset_version_internal_beta_releases (list[BackgroundAssetVersionsGetIns
            tanceFieldsBackgroundAssetVersionInternalBetaReleasesItem] | Unset):
        fields_background_asset_version_external_beta_releases (list[BackgroundAssetVersionsGetIns
            tanceFieldsBackgroundAssetVersionExternalBetaReleasesItem] | Unset):
        fields_background_asset_version_app_store_releases
            (list[BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetVersionAppStoreReleasesItem]
            | Unset):
        fields_background_asset_upload_files
            (list[BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetUploadFilesItem] | Unset):
        include (list[BackgroundAssetVersionsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundAssetVersionResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_background_asset_versions=fields_background_asset_versions,
            fields_background_assets=fields_background_assets,
            fields_background_asset_version_internal_beta_releases=fields_background_asset_version_internal_beta_releases,
            fields_background_asset_version_external_beta_releases=fields_background_asset_version_external_beta_releases,
            fields_background_asset_version_app_store_releases=fields_background_asset_version_app_store_releases,
            fields_background_asset_upload_files=fields_background_asset_upload_files,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[BackgroundAssetVersionResponse] = BackgroundAssetVersionResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[BackgroundAssetVersionResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
