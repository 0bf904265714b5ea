from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.pre_release_versions_get_collection_fields_apps_item import (
        PreReleaseVersionsGetCollectionFieldsAppsItem,
    )
    from ...models.pre_release_versions_get_collection_fields_builds_item import (
        PreReleaseVersionsGetCollectionFieldsBuildsItem,
    )
    from ...models.pre_release_versions_get_collection_fields_pre_release_versions_item import (
        PreReleaseVersionsGetCollectionFieldsPreReleaseVersionsItem,
    )
    from ...models.pre_release_versions_get_collection_filter_builds_build_audience_type_item import (
        PreReleaseVersionsGetCollectionFilterBuildsBuildAudienceTypeItem,
    )
    from ...models.pre_release_versions_get_collection_filter_builds_processing_state_item import (
        PreReleaseVersionsGetCollectionFilterBuildsProcessingStateItem,
    )
    from ...models.pre_release_versions_get_collection_filter_platform_item import (
        PreReleaseVersionsGetCollectionFilterPlatformItem,
    )
    from ...models.pre_release_versions_get_collection_include_item import (
        PreReleaseVersionsGetCollectionIncludeItem,
    )
    from ...models.pre_release_versions_get_collection_sort_item import (
        PreReleaseVersionsGetCollectionSortItem,
    )

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.pre_release_versions_response import PreReleaseVersionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_builds_build_audience_type: list[PreReleaseVersionsGetCollectionFilterBuildsBuildAudienceTypeItem]
    | Unset = UNSET,
    filter_builds_expired: list[str] | Unset = UNSET,
    filter_builds_processing_state: list[PreReleaseVersionsGetCollectionFilterBuildsProcessingStateItem]
    | Unset = UNSET,
    filter_builds_version: list[str] | Unset = UNSET,
    filter_platform: list[PreReleaseVersionsGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_version: list[str] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    sort: list[PreReleaseVersionsGetCollectionSortItem] | Unset = UNSET,
    fields_pre_release_versions: list[PreReleaseVersionsGetCollectionFieldsPreReleaseVersionsItem]
    | Unset = UNSET,
    fields_builds: list[PreReleaseVersionsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_apps: list[PreReleaseVersionsGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[PreReleaseVersionsGetCollectionIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[builds.buildAudienceType]",
        "filter_builds_build_audience_type",
        filter_builds_build_audience_type,
        "PreReleaseVersionsGetCollectionFilterBuildsBuildAudienceTypeItem",
    )
    _params.query_list(params, "filter[builds.expired]", "filter_builds_expired", filter_builds_expired, str)
    _params.query_list(
        params,
        "filter[builds.processingState]",
        "filter_builds_processing_state",
        filter_builds_processing_state,
        "PreReleaseVersionsGetCollectionFilterBuildsProcessingStateItem",
    )
    _params.query_list(params, "filter[builds.version]", "filter_builds_version", filter_builds_version, str)
    _params.query_list(
        params,
        "filter[platform]",
        "filter_platform",
        filter_platform,
        "PreReleaseVersionsGetCollectionFilterPlatformItem",
    )
    _params.query_list(params, "filter[version]", "filter_version", filter_version, str)
    _params.query_list(params, "filter[app]", "filter_app", filter_app, str)
    _params.query_list(params, "filter[builds]", "filter_builds", filter_builds, str)
    _params.query_list(params, "sort", "sort", sort, "PreReleaseVersionsGetCollectionSortItem")
    _params.query_list(
        params,
        "fields[preReleaseVersions]",
        "fields_pre_release_versions",
        fields_pre_release_versions,
        "PreReleaseVersionsGetCollectionFieldsPreReleaseVersionsItem",
    )
    _params.query_list(
        params,
        "fields[builds]",
        "fields_builds",
        fields_builds,
        "PreReleaseVersionsGetCollectionFieldsBuildsItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "PreReleaseVersionsGetCollectionFieldsAppsItem"
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "PreReleaseVersionsGetCollectionIncludeItem")
    _params.query_value(params, "limit[builds]", "limit_builds", limit_builds, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/preReleaseVersions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PreReleaseVersionsResponse | None:
    if response.status_code == 200:
        response_200 = PreReleaseVersionsResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | PreReleaseVersionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_builds_build_audience_type: list[PreReleaseVersionsGetCollectionFilterBuildsBuildAudienceTypeItem]
    | Unset = UNSET,
    filter_builds_expired: list[str] | Unset = UNSET,
    filter_builds_processing_state: list[PreReleaseVersionsGetCollectionFilterBuildsProcessingStateItem]
    | Unset = UNSET,
    filter_builds_version: list[str] | Unset = UNSET,
    filter_platform: list[PreReleaseVersionsGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_version: list[str] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    sort: list[PreReleaseVersionsGetCollectionSortItem] | Unset = UNSET,
    fields_pre_release_versions: list[PreReleaseVersionsGetCollectionFieldsPreReleaseVersionsItem]
    | Unset = UNSET,
    fields_builds: list[PreReleaseVersionsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_apps: list[PreReleaseVersionsGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[PreReleaseVersionsGetCollectionIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> Response[ErrorResponse | PreReleaseVersionsResponse]:
    """``GET /v1/preReleaseVersions`` (preReleaseVersions_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions


    Args:
        filter_builds_build_audience_type
            (list[PreReleaseVersionsGetCollectionFilterBuildsBuildAudienceTypeItem] | Unset):
        filter_builds_expired (list[str] | Unset):
        filter_builds_processing_state
            (list[PreReleaseVersionsGetCollectionFilterBuildsProcessingStateItem] | Unset):
        filter_builds_version (list[str] | Unset):
        filter_platform (list[PreReleaseVersionsGetCollectionFilterPlatformItem] | Unset):
        filter_version (list[str] | Unset):
        filter_app (list[str] | Unset):
        filter_builds (list[str] | Unset):
        sort (list[PreReleaseVersionsGetCollectionSortItem] | Unset):
        fields_pre_release_versions
            (list[PreReleaseVersionsGetCollectionFieldsPreReleaseVersionsItem] | Unset):
        fields_builds (list[PreReleaseVersionsGetCollectionFieldsBuildsItem] | Unset):
        fields_apps (list[PreReleaseVersionsGetCollectionFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[PreReleaseVersionsGetCollectionIncludeItem] | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PreReleaseVersionsResponse]

    """

    kwargs = _get_kwargs(
        filter_builds_build_audience_type=filter_builds_build_audience_type,
        filter_builds_expired=filter_builds_expired,
        filter_builds_processing_state=filter_builds_processing_state,
        filter_builds_version=filter_builds_version,
        filter_platform=filter_platform,
        filter_version=filter_version,
        filter_app=filter_app,
        filter_builds=filter_builds,
        sort=sort,
        fields_pre_release_versions=fields_pre_release_versions,
        fields_builds=fields_builds,
        fields_apps=fields_apps,
        limit=limit,
        include=include,
        limit_builds=limit_builds,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_builds_build_audience_type: list[PreReleaseVersionsGetCollectionFilterBuildsBuildAudienceTypeItem]
    | Unset = UNSET,
    filter_builds_expired: list[str] | Unset = UNSET,
    filter_builds_processing_state: list[PreReleaseVersionsGetCollectionFilterBuildsProcessingStateItem]
    | Unset = UNSET,
    filter_builds_version: list[str] | Unset = UNSET,
    filter_platform: list[PreReleaseVersionsGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_version: list[str] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    sort: list[PreReleaseVersionsGetCollectionSortItem] | Unset = UNSET,
    fields_pre_release_versions: list[PreReleaseVersionsGetCollectionFieldsPreReleaseVersionsItem]
    | Unset = UNSET,
    fields_builds: list[PreReleaseVersionsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_apps: list[PreReleaseVersionsGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[PreReleaseVersionsGetCollectionIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> ErrorResponse | PreReleaseVersionsResponse | None:
    """``GET /v1/preReleaseVersions`` (preReleaseVersions_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions


    Args:
        filter_builds_build_audience_type
            (list[PreReleaseVersionsGetCollectionFilterBuildsBuildAudienceTypeItem] | Unset):
        filter_builds_expired (list[str] | Unset):
        filter_builds_processing_state
            (list[PreReleaseVersionsGetCollectionFilterBuildsProcessingStateItem] | Unset):
        filter_builds_version (list[str] | Unset):
        filter_platform (list[PreReleaseVersionsGetCollectionFilterPlatformItem] | Unset):
        filter_version (list[str] | Unset):
        filter_app (list[str] | Unset):
        filter_builds (list[str] | Unset):
        sort (list[PreReleaseVersionsGetCollectionSortItem] | Unset):
        fields_pre_release_versions
            (list[PreReleaseVersionsGetCollectionFieldsPreReleaseVersionsItem] | Unset):
        fields_builds (list[PreReleaseVersionsGetCollectionFieldsBuildsItem] | Unset):
        fields_apps (list[PreReleaseVersionsGetCollectionFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[PreReleaseVersionsGetCollectionIncludeItem] | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PreReleaseVersionsResponse

    """

    return sync_detailed(
        client=client,
        filter_builds_build_audience_type=filter_builds_build_audience_type,
        filter_builds_expired=filter_builds_expired,
        filter_builds_processing_state=filter_builds_processing_state,
        filter_builds_version=filter_builds_version,
        filter_platform=filter_platform,
        filter_version=filter_version,
        filter_app=filter_app,
        filter_builds=filter_builds,
        sort=sort,
        fields_pre_release_versions=fields_pre_release_versions,
        fields_builds=fields_builds,
        fields_apps=fields_apps,
        limit=limit,
        include=include,
        limit_builds=limit_builds,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_builds_build_audience_type: list[PreReleaseVersionsGetCollectionFilterBuildsBuildAudienceTypeItem]
    | Unset = UNSET,
    filter_builds_expired: list[str] | Unset = UNSET,
    filter_builds_processing_state: list[PreReleaseVersionsGetCollectionFilterBuildsProcessingStateItem]
    | Unset = UNSET,
    filter_builds_version: list[str] | Unset = UNSET,
    filter_platform: list[PreReleaseVersionsGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_version: list[str] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    sort: list[PreReleaseVersionsGetCollectionSortItem] | Unset = UNSET,
    fields_pre_release_versions: list[PreReleaseVersionsGetCollectionFieldsPreReleaseVersionsItem]
    | Unset = UNSET,
    fields_builds: list[PreReleaseVersionsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_apps: list[PreReleaseVersionsGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[PreReleaseVersionsGetCollectionIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> Response[ErrorResponse | PreReleaseVersionsResponse]:
    """``GET /v1/preReleaseVersions`` (preReleaseVersions_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions


    Args:
        filter_builds_build_audience_type
            (list[PreReleaseVersionsGetCollectionFilterBuildsBuildAudienceTypeItem] | Unset):
        filter_builds_expired (list[str] | Unset):
        filter_builds_processing_state
            (list[PreReleaseVersionsGetCollectionFilterBuildsProcessingStateItem] | Unset):
        filter_builds_version (list[str] | Unset):
        filter_platform (list[PreReleaseVersionsGetCollectionFilterPlatformItem] | Unset):
        filter_version (list[str] | Unset):
        filter_app (list[str] | Unset):
        filter_builds (list[str] | Unset):
        sort (list[PreReleaseVersionsGetCollectionSortItem] | Unset):
        fields_pre_release_versions
            (list[PreReleaseVersionsGetCollectionFieldsPreReleaseVersionsItem] | Unset):
        fields_builds (list[PreReleaseVersionsGetCollectionFieldsBuildsItem] | Unset):
        fields_apps (list[PreReleaseVersionsGetCollectionFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[PreReleaseVersionsGetCollectionIncludeItem] | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PreReleaseVersionsResponse]

    """

    kwargs = _get_kwargs(
        filter_builds_build_audience_type=filter_builds_build_audience_type,
        filter_builds_expired=filter_builds_expired,
        filter_builds_processing_state=filter_builds_processing_state,
        filter_builds_version=filter_builds_version,
        filter_platform=filter_platform,
        filter_version=filter_version,
        filter_app=filter_app,
        filter_builds=filter_builds,
        sort=sort,
        fields_pre_release_versions=fields_pre_release_versions,
        fields_builds=fields_builds,
        fields_apps=fields_apps,
        limit=limit,
        include=include,
        limit_builds=limit_builds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_builds_build_audience_type: list[PreReleaseVersionsGetCollectionFilterBuildsBuildAudienceTypeItem]
    | Unset = UNSET,
    filter_builds_expired: list[str] | Unset = UNSET,
    filter_builds_processing_state: list[PreReleaseVersionsGetCollectionFilterBuildsProcessingStateItem]
    | Unset = UNSET,
    filter_builds_version: list[str] | Unset = UNSET,
    filter_platform: list[PreReleaseVersionsGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_version: list[str] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    sort: list[PreReleaseVersionsGetCollectionSortItem] | Unset = UNSET,
    fields_pre_release_versions: list[PreReleaseVersionsGetCollectionFieldsPreReleaseVersionsItem]
    | Unset = UNSET,
    fields_builds: list[PreReleaseVersionsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_apps: list[PreReleaseVersionsGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[PreReleaseVersionsGetCollectionIncludeItem] | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> ErrorResponse | PreReleaseVersionsResponse | None:
    """``GET /v1/preReleaseVersions`` (preReleaseVersions_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-prereleaseversions


    Args:
        filter_builds_build_audience_type
            (list[PreReleaseVersionsGetCollectionFilterBuildsBuildAudienceTypeItem] | Unset):
        filter_builds_expired (list[str] | Unset):
        filter_builds_processing_state
            (list[PreReleaseVersionsGetCollectionFilterBuildsProcessingStateItem] | Unset):
        filter_builds_version (list[str] | Unset):
        filter_platform (list[PreReleaseVersionsGetCollectionFilterPlatformItem] | Unset):
        filter_version (list[str] | Unset):
        filter_app (list[str] | Unset):
        filter_builds (list[str] | Unset):
        sort (list[PreReleaseVersionsGetCollectionSortItem] | Unset):
        fields_pre_release_versions
            (list[PreReleaseVersionsGetCollectionFieldsPreReleaseVersionsItem] | Unset):
        fields_builds (list[PreReleaseVersionsGetCollectionFieldsBuildsItem] | Unset):
        fields_apps (list[PreReleaseVersionsGetCollectionFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[PreReleaseVersionsGetCollectionIncludeItem] | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PreReleaseVersionsResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_builds_build_audience_type=filter_builds_build_audience_type,
            filter_builds_expired=filter_builds_expired,
            filter_builds_processing_state=filter_builds_processing_state,
            filter_builds_version=filter_builds_version,
            filter_platform=filter_platform,
            filter_version=filter_version,
            filter_app=filter_app,
            filter_builds=filter_builds,
            sort=sort,
            fields_pre_release_versions=fields_pre_release_versions,
            fields_builds=fields_builds,
            fields_apps=fields_apps,
            limit=limit,
            include=include,
            limit_builds=limit_builds,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[PreReleaseVersionsResponse] = PreReleaseVersionsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.prerelease_version import PrereleaseVersion

ITEM_TYPE: type[PrereleaseVersion] = PrereleaseVersion
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | PreReleaseVersionsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
