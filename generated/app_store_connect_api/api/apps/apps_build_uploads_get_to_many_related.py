from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_build_uploads_get_to_many_related_fields_build_upload_files_item import (
        AppsBuildUploadsGetToManyRelatedFieldsBuildUploadFilesItem,
    )
    from ...models.apps_build_uploads_get_to_many_related_fields_build_uploads_item import (
        AppsBuildUploadsGetToManyRelatedFieldsBuildUploadsItem,
    )
    from ...models.apps_build_uploads_get_to_many_related_fields_builds_item import (
        AppsBuildUploadsGetToManyRelatedFieldsBuildsItem,
    )
    from ...models.apps_build_uploads_get_to_many_related_filter_platform_item import (
        AppsBuildUploadsGetToManyRelatedFilterPlatformItem,
    )
    from ...models.apps_build_uploads_get_to_many_related_include_item import (
        AppsBuildUploadsGetToManyRelatedIncludeItem,
    )
    from ...models.apps_build_uploads_get_to_many_related_sort_item import (
        AppsBuildUploadsGetToManyRelatedSortItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build_uploads_response import BuildUploadsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_cf_bundle_short_version_string: list[str] | Unset = UNSET,
    filter_cf_bundle_version: list[str] | Unset = UNSET,
    filter_platform: list[AppsBuildUploadsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_state: list[str] | Unset = UNSET,
    sort: list[AppsBuildUploadsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_build_uploads: list[AppsBuildUploadsGetToManyRelatedFieldsBuildUploadsItem] | Unset = UNSET,
    fields_builds: list[AppsBuildUploadsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_build_upload_files: list[AppsBuildUploadsGetToManyRelatedFieldsBuildUploadFilesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsBuildUploadsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[cfBundleShortVersionString]",
        "filter_cf_bundle_short_version_string",
        filter_cf_bundle_short_version_string,
        str,
    )
    _params.query_list(
        params, "filter[cfBundleVersion]", "filter_cf_bundle_version", filter_cf_bundle_version, str
    )
    _params.query_list(
        params,
        "filter[platform]",
        "filter_platform",
        filter_platform,
        "AppsBuildUploadsGetToManyRelatedFilterPlatformItem",
    )
    _params.query_list(params, "filter[state]", "filter_state", filter_state, str)
    _params.query_list(params, "sort", "sort", sort, "AppsBuildUploadsGetToManyRelatedSortItem")
    _params.query_list(
        params,
        "fields[buildUploads]",
        "fields_build_uploads",
        fields_build_uploads,
        "AppsBuildUploadsGetToManyRelatedFieldsBuildUploadsItem",
    )
    _params.query_list(
        params,
        "fields[builds]",
        "fields_builds",
        fields_builds,
        "AppsBuildUploadsGetToManyRelatedFieldsBuildsItem",
    )
    _params.query_list(
        params,
        "fields[buildUploadFiles]",
        "fields_build_upload_files",
        fields_build_upload_files,
        "AppsBuildUploadsGetToManyRelatedFieldsBuildUploadFilesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "AppsBuildUploadsGetToManyRelatedIncludeItem")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/buildUploads".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BuildUploadsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BuildUploadsResponse.from_dict(response.json())

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
) -> Response[BuildUploadsResponse | ErrorResponse]:
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
    filter_cf_bundle_short_version_string: list[str] | Unset = UNSET,
    filter_cf_bundle_version: list[str] | Unset = UNSET,
    filter_platform: list[AppsBuildUploadsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_state: list[str] | Unset = UNSET,
    sort: list[AppsBuildUploadsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_build_uploads: list[AppsBuildUploadsGetToManyRelatedFieldsBuildUploadsItem] | Unset = UNSET,
    fields_builds: list[AppsBuildUploadsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_build_upload_files: list[AppsBuildUploadsGetToManyRelatedFieldsBuildUploadFilesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsBuildUploadsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[BuildUploadsResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/buildUploads`` (apps_buildUploads_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-builduploads


    Args:
        id (str):
        filter_cf_bundle_short_version_string (list[str] | Unset):
        filter_cf_bundle_version (list[str] | Unset):
        filter_platform (list[AppsBuildUploadsGetToManyRelatedFilterPlatformItem] | Unset):
        filter_state (list[str] | Unset):
        sort (list[AppsBuildUploadsGetToManyRelatedSortItem] | Unset):
        fields_build_uploads (list[AppsBuildUploadsGetToManyRelatedFieldsBuildUploadsItem] |
            Unset):
        fields_builds (list[AppsBuildUploadsGetToManyRelatedFieldsBuildsItem] | Unset):
        fields_build_upload_files
            (list[AppsBuildUploadsGetToManyRelatedFieldsBuildUploadFilesItem] | Unset):
        limit (int | Unset):
        include (list[AppsBuildUploadsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildUploadsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_cf_bundle_short_version_string=filter_cf_bundle_short_version_string,
        filter_cf_bundle_version=filter_cf_bundle_version,
        filter_platform=filter_platform,
        filter_state=filter_state,
        sort=sort,
        fields_build_uploads=fields_build_uploads,
        fields_builds=fields_builds,
        fields_build_upload_files=fields_build_upload_files,
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
    filter_cf_bundle_short_version_string: list[str] | Unset = UNSET,
    filter_cf_bundle_version: list[str] | Unset = UNSET,
    filter_platform: list[AppsBuildUploadsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_state: list[str] | Unset = UNSET,
    sort: list[AppsBuildUploadsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_build_uploads: list[AppsBuildUploadsGetToManyRelatedFieldsBuildUploadsItem] | Unset = UNSET,
    fields_builds: list[AppsBuildUploadsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_build_upload_files: list[AppsBuildUploadsGetToManyRelatedFieldsBuildUploadFilesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsBuildUploadsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> BuildUploadsResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/buildUploads`` (apps_buildUploads_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-builduploads


    Args:
        id (str):
        filter_cf_bundle_short_version_string (list[str] | Unset):
        filter_cf_bundle_version (list[str] | Unset):
        filter_platform (list[AppsBuildUploadsGetToManyRelatedFilterPlatformItem] | Unset):
        filter_state (list[str] | Unset):
        sort (list[AppsBuildUploadsGetToManyRelatedSortItem] | Unset):
        fields_build_uploads (list[AppsBuildUploadsGetToManyRelatedFieldsBuildUploadsItem] |
            Unset):
        fields_builds (list[AppsBuildUploadsGetToManyRelatedFieldsBuildsItem] | Unset):
        fields_build_upload_files
            (list[AppsBuildUploadsGetToManyRelatedFieldsBuildUploadFilesItem] | Unset):
        limit (int | Unset):
        include (list[AppsBuildUploadsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildUploadsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_cf_bundle_short_version_string=filter_cf_bundle_short_version_string,
        filter_cf_bundle_version=filter_cf_bundle_version,
        filter_platform=filter_platform,
        filter_state=filter_state,
        sort=sort,
        fields_build_uploads=fields_build_uploads,
        fields_builds=fields_builds,
        fields_build_upload_files=fields_build_upload_files,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_cf_bundle_short_version_string: list[str] | Unset = UNSET,
    filter_cf_bundle_version: list[str] | Unset = UNSET,
    filter_platform: list[AppsBuildUploadsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_state: list[str] | Unset = UNSET,
    sort: list[AppsBuildUploadsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_build_uploads: list[AppsBuildUploadsGetToManyRelatedFieldsBuildUploadsItem] | Unset = UNSET,
    fields_builds: list[AppsBuildUploadsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_build_upload_files: list[AppsBuildUploadsGetToManyRelatedFieldsBuildUploadFilesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsBuildUploadsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[BuildUploadsResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/buildUploads`` (apps_buildUploads_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-builduploads


    Args:
        id (str):
        filter_cf_bundle_short_version_string (list[str] | Unset):
        filter_cf_bundle_version (list[str] | Unset):
        filter_platform (list[AppsBuildUploadsGetToManyRelatedFilterPlatformItem] | Unset):
        filter_state (list[str] | Unset):
        sort (list[AppsBuildUploadsGetToManyRelatedSortItem] | Unset):
        fields_build_uploads (list[AppsBuildUploadsGetToManyRelatedFieldsBuildUploadsItem] |
            Unset):
        fields_builds (list[AppsBuildUploadsGetToManyRelatedFieldsBuildsItem] | Unset):
        fields_build_upload_files
            (list[AppsBuildUploadsGetToManyRelatedFieldsBuildUploadFilesItem] | Unset):
        limit (int | Unset):
        include (list[AppsBuildUploadsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildUploadsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_cf_bundle_short_version_string=filter_cf_bundle_short_version_string,
        filter_cf_bundle_version=filter_cf_bundle_version,
        filter_platform=filter_platform,
        filter_state=filter_state,
        sort=sort,
        fields_build_uploads=fields_build_uploads,
        fields_builds=fields_builds,
        fields_build_upload_files=fields_build_upload_files,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_cf_bundle_short_version_string: list[str] | Unset = UNSET,
    filter_cf_bundle_version: list[str] | Unset = UNSET,
    filter_platform: list[AppsBuildUploadsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_state: list[str] | Unset = UNSET,
    sort: list[AppsBuildUploadsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_build_uploads: list[AppsBuildUploadsGetToManyRelatedFieldsBuildUploadsItem] | Unset = UNSET,
    fields_builds: list[AppsBuildUploadsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_build_upload_files: list[AppsBuildUploadsGetToManyRelatedFieldsBuildUploadFilesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsBuildUploadsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> BuildUploadsResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/buildUploads`` (apps_buildUploads_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-builduploads


    Args:
        id (str):
        filter_cf_bundle_short_version_string (list[str] | Unset):
        filter_cf_bundle_version (list[str] | Unset):
        filter_platform (list[AppsBuildUploadsGetToManyRelatedFilterPlatformItem] | Unset):
        filter_state (list[str] | Unset):
        sort (list[AppsBuildUploadsGetToManyRelatedSortItem] | Unset):
        fields_build_uploads (list[AppsBuildUploadsGetToManyRelatedFieldsBuildUploadsItem] |
            Unset):
        fields_builds (list[AppsBuildUploadsGetToManyRelatedFieldsBuildsItem] | Unset):
        fields_build_upload_files
            (list[AppsBuildUploadsGetToManyRelatedFieldsBuildUploadFilesItem] | Unset):
        limit (int | Unset):
        include (list[AppsBuildUploadsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildUploadsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_cf_bundle_short_version_string=filter_cf_bundle_short_version_string,
            filter_cf_bundle_version=filter_cf_bundle_version,
            filter_platform=filter_platform,
            filter_state=filter_state,
            sort=sort,
            fields_build_uploads=fields_build_uploads,
            fields_builds=fields_builds,
            fields_build_upload_files=fields_build_upload_files,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[BuildUploadsResponse] = BuildUploadsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.build_upload import BuildUpload

ITEM_TYPE: type[BuildUpload] = BuildUpload
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[BuildUploadsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
