from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.background_assets_versions_get_to_many_related_fields_background_asset_upload_files_item import (
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetUploadFilesItem,
    )
    from ...models.background_assets_versions_get_to_many_related_fields_background_asset_version_app_store_releases_item import (
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionAppStoreReleasesItem,
    )
    from ...models.background_assets_versions_get_to_many_related_fields_background_asset_version_external_beta_releases_item import (
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionExternalBetaReleasesItem,
    )
    from ...models.background_assets_versions_get_to_many_related_fields_background_asset_version_internal_beta_releases_item import (
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionInternalBetaReleasesItem,
    )
    from ...models.background_assets_versions_get_to_many_related_fields_background_asset_versions_item import (
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionsItem,
    )
    from ...models.background_assets_versions_get_to_many_related_fields_background_assets_item import (
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetsItem,
    )
    from ...models.background_assets_versions_get_to_many_related_filter_app_store_release_state_item import (
        BackgroundAssetsVersionsGetToManyRelatedFilterAppStoreReleaseStateItem,
    )
    from ...models.background_assets_versions_get_to_many_related_filter_external_beta_release_state_item import (
        BackgroundAssetsVersionsGetToManyRelatedFilterExternalBetaReleaseStateItem,
    )
    from ...models.background_assets_versions_get_to_many_related_filter_internal_beta_release_state_item import (
        BackgroundAssetsVersionsGetToManyRelatedFilterInternalBetaReleaseStateItem,
    )
    from ...models.background_assets_versions_get_to_many_related_filter_platforms_item import (
        BackgroundAssetsVersionsGetToManyRelatedFilterPlatformsItem,
    )
    from ...models.background_assets_versions_get_to_many_related_filter_state_item import (
        BackgroundAssetsVersionsGetToManyRelatedFilterStateItem,
    )
    from ...models.background_assets_versions_get_to_many_related_include_item import (
        BackgroundAssetsVersionsGetToManyRelatedIncludeItem,
    )
    from ...models.background_assets_versions_get_to_many_related_sort_item import (
        BackgroundAssetsVersionsGetToManyRelatedSortItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_asset_versions_response import BackgroundAssetVersionsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_locale: list[str] | Unset = UNSET,
    filter_platforms: list[BackgroundAssetsVersionsGetToManyRelatedFilterPlatformsItem] | Unset = UNSET,
    filter_state: list[BackgroundAssetsVersionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    filter_version: list[str] | Unset = UNSET,
    filter_internal_beta_release_state: list[
        BackgroundAssetsVersionsGetToManyRelatedFilterInternalBetaReleaseStateItem
    ]
    | Unset = UNSET,
    filter_external_beta_release_state: list[
        BackgroundAssetsVersionsGetToManyRelatedFilterExternalBetaReleaseStateItem
    ]
    | Unset = UNSET,
    filter_app_store_release_state: list[
        BackgroundAssetsVersionsGetToManyRelatedFilterAppStoreReleaseStateItem
    ]
    | Unset = UNSET,
    sort: list[BackgroundAssetsVersionsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_background_asset_versions: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionsItem
    ]
    | Unset = UNSET,
    fields_background_assets: list[BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetsItem]
    | Unset = UNSET,
    fields_background_asset_version_internal_beta_releases: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionInternalBetaReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_version_external_beta_releases: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionExternalBetaReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_version_app_store_releases: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionAppStoreReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_upload_files: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetUploadFilesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BackgroundAssetsVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[locale]", "filter_locale", filter_locale, str)
    _params.query_list(
        params,
        "filter[platforms]",
        "filter_platforms",
        filter_platforms,
        "BackgroundAssetsVersionsGetToManyRelatedFilterPlatformsItem",
    )
    _params.query_list(
        params,
        "filter[state]",
        "filter_state",
        filter_state,
        "BackgroundAssetsVersionsGetToManyRelatedFilterStateItem",
    )
    _params.query_list(params, "filter[version]", "filter_version", filter_version, str)
    _params.query_list(
        params,
        "filter[internalBetaRelease.state]",
        "filter_internal_beta_release_state",
        filter_internal_beta_release_state,
        "BackgroundAssetsVersionsGetToManyRelatedFilterInternalBetaReleaseStateItem",
    )
    _params.query_list(
        params,
        "filter[externalBetaRelease.state]",
        "filter_external_beta_release_state",
        filter_external_beta_release_state,
        "BackgroundAssetsVersionsGetToManyRelatedFilterExternalBetaReleaseStateItem",
    )
    _params.query_list(
        params,
        "filter[appStoreRelease.state]",
        "filter_app_store_release_state",
        filter_app_store_release_state,
        "BackgroundAssetsVersionsGetToManyRelatedFilterAppStoreReleaseStateItem",
    )
    _params.query_list(params, "sort", "sort", sort, "BackgroundAssetsVersionsGetToManyRelatedSortItem")
    _params.query_list(
        params,
        "fields[backgroundAssetVersions]",
        "fields_background_asset_versions",
        fields_background_asset_versions,
        "BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionsItem",
    )
    _params.query_list(
        params,
        "fields[backgroundAssets]",
        "fields_background_assets",
        fields_background_assets,
        "BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetsItem",
    )
    _params.query_list(
        params,
        "fields[backgroundAssetVersionInternalBetaReleases]",
        "fields_background_asset_version_internal_beta_releases",
        fields_background_asset_version_internal_beta_releases,
        "BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionInternalBetaReleasesItem",
    )
    _params.query_list(
        params,
        "fields[backgroundAssetVersionExternalBetaReleases]",
        "fields_background_asset_version_external_beta_releases",
        fields_background_asset_version_external_beta_releases,
        "BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionExternalBetaReleasesItem",
    )
    _params.query_list(
        params,
        "fields[backgroundAssetVersionAppStoreReleases]",
        "fields_background_asset_version_app_store_releases",
        fields_background_asset_version_app_store_releases,
        "BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionAppStoreReleasesItem",
    )
    _params.query_list(
        params,
        "fields[backgroundAssetUploadFiles]",
        "fields_background_asset_upload_files",
        fields_background_asset_upload_files,
        "BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetUploadFilesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "BackgroundAssetsVersionsGetToManyRelatedIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/backgroundAssets/{id}/versions".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundAssetVersionsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BackgroundAssetVersionsResponse.from_dict(response.json())

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
) -> Response[BackgroundAssetVersionsResponse | ErrorResponse]:
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
    filter_platforms: list[BackgroundAssetsVersionsGetToManyRelatedFilterPlatformsItem] | Unset = UNSET,
    filter_state: list[BackgroundAssetsVersionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    filter_version: list[str] | Unset = UNSET,
    filter_internal_beta_release_state: list[
        BackgroundAssetsVersionsGetToManyRelatedFilterInternalBetaReleaseStateItem
    ]
    | Unset = UNSET,
    filter_external_beta_release_state: list[
        BackgroundAssetsVersionsGetToManyRelatedFilterExternalBetaReleaseStateItem
    ]
    | Unset = UNSET,
    filter_app_store_release_state: list[
        BackgroundAssetsVersionsGetToManyRelatedFilterAppStoreReleaseStateItem
    ]
    | Unset = UNSET,
    sort: list[BackgroundAssetsVersionsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_background_asset_versions: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionsItem
    ]
    | Unset = UNSET,
    fields_background_assets: list[BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetsItem]
    | Unset = UNSET,
    fields_background_asset_version_internal_beta_releases: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionInternalBetaReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_version_external_beta_releases: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionExternalBetaReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_version_app_store_releases: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionAppStoreReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_upload_files: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetUploadFilesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BackgroundAssetsVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[BackgroundAssetVersionsResponse | ErrorResponse]:
    """``GET /v1/backgroundAssets/{id}/versions`` (backgroundAssets_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassets-_id_-versions


    Args:
        id (str):
        filter_locale (list[str] | Unset):
        filter_platforms (list[BackgroundAssetsVersionsGetToManyRelatedFilterPlatformsItem] |
            Unset):
        filter_state (list[BackgroundAssetsVersionsGetToManyRelatedFilterStateItem] | Unset):
        filter_version (list[str] | Unset):
        filter_internal_beta_release_state
            (list[BackgroundAssetsVersionsGetToManyRelatedFilterInternalBetaReleaseStateItem] |
            Unset):
        filter_external_beta_release_state
            (list[BackgroundAssetsVersionsGetToManyRelatedFilterExternalBetaReleaseStateItem] |
            Unset):
        filter_app_store_release_state
            (list[BackgroundAssetsVersionsGetToManyRelatedFilterAppStoreReleaseStateItem] | Unset):
        sort (list[BackgroundAssetsVersionsGetToManyRelatedSortItem] | Unset):
        fields_background_asset_versions
            (list[BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionsItem] | Unset):
        fields_background_assets
            (list[BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetsItem] | Unset):
        fields_background_asset_version_internal_beta_releases (list[BackgroundAssetsVersionsGetTo
            ManyRelatedFieldsBackgroundAssetVersionInternalBetaReleasesItem] | Unset):
        fields_background_asset_version_external_beta_releases (list[BackgroundAssetsVersionsGetTo
            ManyRelatedFieldsBackgroundAssetVersionExternalBetaReleasesItem] | Unset):
        fields_background_asset_version_app_store_releases (list[BackgroundAssetsVersionsGetToMany
            RelatedFieldsBackgroundAssetVersionAppStoreReleasesItem] | Unset):
        fields_background_asset_upload_files
            (list[BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetUploadFilesItem] |
            Unset):
        limit (int | Unset):
        include (list[BackgroundAssetsVersionsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundAssetVersionsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_locale=filter_locale,
        filter_platforms=filter_platforms,
        filter_state=filter_state,
        filter_version=filter_version,
        filter_internal_beta_release_state=filter_internal_beta_release_state,
        filter_external_beta_release_state=filter_external_beta_release_state,
        filter_app_store_release_state=filter_app_store_release_state,
        sort=sort,
        fields_background_asset_versions=fields_background_asset_versions,
        fields_background_assets=fields_background_assets,
        fields_background_asset_version_internal_beta_releases=fields_background_asset_version_internal_beta_releases,
        fields_background_asset_version_external_beta_releases=fields_background_asset_version_external_beta_releases,
        fields_background_asset_version_app_store_releases=fields_background_asset_version_app_store_releases,
        fields_background_asset_upload_files=fields_background_asset_upload_files,
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
    filter_locale: list[str] | Unset = UNSET,
    filter_platforms: list[BackgroundAssetsVersionsGetToManyRelatedFilterPlatformsItem] | Unset = UNSET,
    filter_state: list[BackgroundAssetsVersionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    filter_version: list[str] | Unset = UNSET,
    filter_internal_beta_release_state: list[
        BackgroundAssetsVersionsGetToManyRelatedFilterInternalBetaReleaseStateItem
    ]
    | Unset = UNSET,
    filter_external_beta_release_state: list[
        BackgroundAssetsVersionsGetToManyRelatedFilterExternalBetaReleaseStateItem
    ]
    | Unset = UNSET,
    filter_app_store_release_state: list[
        BackgroundAssetsVersionsGetToManyRelatedFilterAppStoreReleaseStateItem
    ]
    | Unset = UNSET,
    sort: list[BackgroundAssetsVersionsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_background_asset_versions: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionsItem
    ]
    | Unset = UNSET,
    fields_background_assets: list[BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetsItem]
    | Unset = UNSET,
    fields_background_asset_version_internal_beta_releases: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionInternalBetaReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_version_external_beta_releases: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionExternalBetaReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_version_app_store_releases: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionAppStoreReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_upload_files: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetUploadFilesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BackgroundAssetsVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> BackgroundAssetVersionsResponse | ErrorResponse | None:
    """``GET /v1/backgroundAssets/{id}/versions`` (backgroundAssets_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassets-_id_-versions


    Args:
        id (str):
        filter_locale (list[str] | Unset):
        filter_platforms (list[BackgroundAssetsVersionsGetToManyRelatedFilterPlatformsItem] |
            Unset):
        filter_state (list[BackgroundAssetsVersionsGetToManyRelatedFilterStateItem] | Unset):
        filter_version (list[str] | Unset):
        filter_internal_beta_release_state
            (list[BackgroundAssetsVersionsGetToManyRelatedFilterInternalBetaReleaseStateItem] |
            Unset):
        filter_external_beta_release_state
            (list[BackgroundAssetsVersionsGetToManyRelatedFilterExternalBetaReleaseStateItem] |
            Unset):
        filter_app_store_release_state
            (list[BackgroundAssetsVersionsGetToManyRelatedFilterAppStoreReleaseStateItem] | Unset):
        sort (list[BackgroundAssetsVersionsGetToManyRelatedSortItem] | Unset):
        fields_background_asset_versions
            (list[BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionsItem] | Unset):
        fields_background_assets
            (list[BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetsItem] | Unset):
        fields_background_asset_version_internal_beta_releases (list[BackgroundAssetsVersionsGetTo
            ManyRelatedFieldsBackgroundAssetVersionInternalBetaReleasesItem] | Unset):
        fields_background_asset_version_external_beta_releases (list[BackgroundAssetsVersionsGetTo
            ManyRelatedFieldsBackgroundAssetVersionExternalBetaReleasesItem] | Unset):
        fields_background_asset_version_app_store_releases (list[BackgroundAssetsVersionsGetToMany
            RelatedFieldsBackgroundAssetVersionAppStoreReleasesItem] | Unset):
        fields_background_asset_upload_files
            (list[BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetUploadFilesItem] |
            Unset):
        limit (int | Unset):
        include (list[BackgroundAssetsVersionsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundAssetVersionsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_locale=filter_locale,
        filter_platforms=filter_platforms,
        filter_state=filter_state,
        filter_version=filter_version,
        filter_internal_beta_release_state=filter_internal_beta_release_state,
        filter_external_beta_release_state=filter_external_beta_release_state,
        filter_app_store_release_state=filter_app_store_release_state,
        sort=sort,
        fields_background_asset_versions=fields_background_asset_versions,
        fields_background_assets=fields_background_assets,
        fields_background_asset_version_internal_beta_releases=fields_background_asset_version_internal_beta_releases,
        fields_background_asset_version_external_beta_releases=fields_background_asset_version_external_beta_releases,
        fields_background_asset_version_app_store_releases=fields_background_asset_version_app_store_releases,
        fields_background_asset_upload_files=fields_background_asset_upload_files,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_locale: list[str] | Unset = UNSET,
    filter_platforms: list[BackgroundAssetsVersionsGetToManyRelatedFilterPlatformsItem] | Unset = UNSET,
    filter_state: list[BackgroundAssetsVersionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    filter_version: list[str] | Unset = UNSET,
    filter_internal_beta_release_state: list[
        BackgroundAssetsVersionsGetToManyRelatedFilterInternalBetaReleaseStateItem
    ]
    | Unset = UNSET,
    filter_external_beta_release_state: list[
        BackgroundAssetsVersionsGetToManyRelatedFilterExternalBetaReleaseStateItem
    ]
    | Unset = UNSET,
    filter_app_store_release_state: list[
        BackgroundAssetsVersionsGetToManyRelatedFilterAppStoreReleaseStateItem
    ]
    | Unset = UNSET,
    sort: list[BackgroundAssetsVersionsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_background_asset_versions: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionsItem
    ]
    | Unset = UNSET,
    fields_background_assets: list[BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetsItem]
    | Unset = UNSET,
    fields_background_asset_version_internal_beta_releases: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionInternalBetaReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_version_external_beta_releases: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionExternalBetaReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_version_app_store_releases: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionAppStoreReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_upload_files: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetUploadFilesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BackgroundAssetsVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[BackgroundAssetVersionsResponse | ErrorResponse]:
    """``GET /v1/backgroundAssets/{id}/versions`` (backgroundAssets_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassets-_id_-versions


    Args:
        id (str):
        filter_locale (list[str] | Unset):
        filter_platforms (list[BackgroundAssetsVersionsGetToManyRelatedFilterPlatformsItem] |
            Unset):
        filter_state (list[BackgroundAssetsVersionsGetToManyRelatedFilterStateItem] | Unset):
        filter_version (list[str] | Unset):
        filter_internal_beta_release_state
            (list[BackgroundAssetsVersionsGetToManyRelatedFilterInternalBetaReleaseStateItem] |
            Unset):
        filter_external_beta_release_state
            (list[BackgroundAssetsVersionsGetToManyRelatedFilterExternalBetaReleaseStateItem] |
            Unset):
        filter_app_store_release_state
            (list[BackgroundAssetsVersionsGetToManyRelatedFilterAppStoreReleaseStateItem] | Unset):
        sort (list[BackgroundAssetsVersionsGetToManyRelatedSortItem] | Unset):
        fields_background_asset_versions
            (list[BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionsItem] | Unset):
        fields_background_assets
            (list[BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetsItem] | Unset):
        fields_background_asset_version_internal_beta_releases (list[BackgroundAssetsVersionsGetTo
            ManyRelatedFieldsBackgroundAssetVersionInternalBetaReleasesItem] | Unset):
        fields_background_asset_version_external_beta_releases (list[BackgroundAssetsVersionsGetTo
            ManyRelatedFieldsBackgroundAssetVersionExternalBetaReleasesItem] | Unset):
        fields_background_asset_version_app_store_releases (list[BackgroundAssetsVersionsGetToMany
            RelatedFieldsBackgroundAssetVersionAppStoreReleasesItem] | Unset):
        fields_background_asset_upload_files
            (list[BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetUploadFilesItem] |
            Unset):
        limit (int | Unset):
        include (list[BackgroundAssetsVersionsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundAssetVersionsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_locale=filter_locale,
        filter_platforms=filter_platforms,
        filter_state=filter_state,
        filter_version=filter_version,
        filter_internal_beta_release_state=filter_internal_beta_release_state,
        filter_external_beta_release_state=filter_external_beta_release_state,
        filter_app_store_release_state=filter_app_store_release_state,
        sort=sort,
        fields_background_asset_versions=fields_background_asset_versions,
        fields_background_assets=fields_background_assets,
        fields_background_asset_version_internal_beta_releases=fields_background_asset_version_internal_beta_releases,
        fields_background_asset_version_external_beta_releases=fields_background_asset_version_external_beta_releases,
        fields_background_asset_version_app_store_releases=fields_background_asset_version_app_store_releases,
        fields_background_asset_upload_files=fields_background_asset_upload_files,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_locale: list[str] | Unset = UNSET,
    filter_platforms: list[BackgroundAssetsVersionsGetToManyRelatedFilterPlatformsItem] | Unset = UNSET,
    filter_state: list[BackgroundAssetsVersionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    filter_version: list[str] | Unset = UNSET,
    filter_internal_beta_release_state: list[
        BackgroundAssetsVersionsGetToManyRelatedFilterInternalBetaReleaseStateItem
    ]
    | Unset = UNSET,
    filter_external_beta_release_state: list[
        BackgroundAssetsVersionsGetToManyRelatedFilterExternalBetaReleaseStateItem
    ]
    | Unset = UNSET,
    filter_app_store_release_state: list[
        BackgroundAssetsVersionsGetToManyRelatedFilterAppStoreReleaseStateItem
    ]
    | Unset = UNSET,
    sort: list[BackgroundAssetsVersionsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_background_asset_versions: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionsItem
    ]
    | Unset = UNSET,
    fields_background_assets: list[BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetsItem]
    | Unset = UNSET,
    fields_background_asset_version_internal_beta_releases: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionInternalBetaReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_version_external_beta_releases: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionExternalBetaReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_version_app_store_releases: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionAppStoreReleasesItem
    ]
    | Unset = UNSET,
    fields_background_asset_upload_files: list[
        BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetUploadFilesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BackgroundAssetsVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> BackgroundAssetVersionsResponse | ErrorResponse | None:
    """``GET /v1/backgroundAssets/{id}/versions`` (backgroundAssets_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-backgroundassets-_id_-versions


    Args:
        id (str):
        filter_locale (list[str] | Unset):
        filter_platforms (list[BackgroundAssetsVersionsGetToManyRelatedFilterPlatformsItem] |
            Unset):
        filter_state (list[BackgroundAssetsVersionsGetToManyRelatedFilterStateItem] | Unset):
        filter_version (list[str] | Unset):
        filter_internal_beta_release_state
            (list[BackgroundAssetsVersionsGetToManyRelatedFilterInternalBetaReleaseStateItem] |
            Unset):
        filter_external_beta_release_state
            (list[BackgroundAssetsVersionsGetToManyRelatedFilterExternalBetaReleaseStateItem] |
            Unset):
        filter_app_store_release_state
            (list[BackgroundAssetsVersionsGetToManyRelatedFilterAppStoreReleaseStateItem] | Unset):
        sort (list[BackgroundAssetsVersionsGetToManyRelatedSortItem] | Unset):
        fields_background_asset_versions
            (list[BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetVersionsItem] | Unset):
        fields_background_assets
            (list[BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetsItem] | Unset):
        fields_background_asset_version_internal_beta_releases (list[BackgroundAssetsVersionsGetTo
            ManyRelatedFieldsBackgroundAssetVersionInternalBetaReleasesItem] | Unset):
        fields_background_asset_version_external_beta_releases (list[BackgroundAssetsVersionsGetTo
            ManyRelatedFieldsBackgroundAssetVersionExternalBetaReleasesItem] | Unset):
        fields_background_asset_version_app_store_releases (list[BackgroundAssetsVersionsGetToMany
            RelatedFieldsBackgroundAssetVersionAppStoreReleasesItem] | Unset):
        fields_background_asset_upload_files
            (list[BackgroundAssetsVersionsGetToManyRelatedFieldsBackgroundAssetUploadFilesItem] |
            Unset):
        limit (int | Unset):
        include (list[BackgroundAssetsVersionsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundAssetVersionsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_locale=filter_locale,
            filter_platforms=filter_platforms,
            filter_state=filter_state,
            filter_version=filter_version,
            filter_internal_beta_release_state=filter_internal_beta_release_state,
            filter_external_beta_release_state=filter_external_beta_release_state,
            filter_app_store_release_state=filter_app_store_release_state,
            sort=sort,
            fields_background_asset_versions=fields_background_asset_versions,
            fields_background_assets=fields_background_assets,
            fields_background_asset_version_internal_beta_releases=fields_background_asset_version_internal_beta_releases,
            fields_background_asset_version_external_beta_releases=fields_background_asset_version_external_beta_releases,
            fields_background_asset_version_app_store_releases=fields_background_asset_version_app_store_releases,
            fields_background_asset_upload_files=fields_background_asset_upload_files,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[BackgroundAssetVersionsResponse] = BackgroundAssetVersionsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.background_asset_version import BackgroundAssetVersion

ITEM_TYPE: type[BackgroundAssetVersion] = BackgroundAssetVersion
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[BackgroundAssetVersionsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
