from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.bundle_ids_get_collection_fields_apps_item import BundleIdsGetCollectionFieldsAppsItem
    from ...models.bundle_ids_get_collection_fields_bundle_id_capabilities_item import (
        BundleIdsGetCollectionFieldsBundleIdCapabilitiesItem,
    )
    from ...models.bundle_ids_get_collection_fields_bundle_ids_item import (
        BundleIdsGetCollectionFieldsBundleIdsItem,
    )
    from ...models.bundle_ids_get_collection_fields_profiles_item import (
        BundleIdsGetCollectionFieldsProfilesItem,
    )
    from ...models.bundle_ids_get_collection_filter_platform_item import (
        BundleIdsGetCollectionFilterPlatformItem,
    )
    from ...models.bundle_ids_get_collection_include_item import BundleIdsGetCollectionIncludeItem
    from ...models.bundle_ids_get_collection_sort_item import BundleIdsGetCollectionSortItem

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bundle_ids_response import BundleIdsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_name: list[str] | Unset = UNSET,
    filter_platform: list[BundleIdsGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_identifier: list[str] | Unset = UNSET,
    filter_seed_id: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[BundleIdsGetCollectionSortItem] | Unset = UNSET,
    fields_bundle_ids: list[BundleIdsGetCollectionFieldsBundleIdsItem] | Unset = UNSET,
    fields_profiles: list[BundleIdsGetCollectionFieldsProfilesItem] | Unset = UNSET,
    fields_bundle_id_capabilities: list[BundleIdsGetCollectionFieldsBundleIdCapabilitiesItem] | Unset = UNSET,
    fields_apps: list[BundleIdsGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BundleIdsGetCollectionIncludeItem] | Unset = UNSET,
    limit_bundle_id_capabilities: int | Unset = UNSET,
    limit_profiles: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[name]", "filter_name", filter_name, str)
    _params.query_list(
        params,
        "filter[platform]",
        "filter_platform",
        filter_platform,
        "BundleIdsGetCollectionFilterPlatformItem",
    )
    _params.query_list(params, "filter[identifier]", "filter_identifier", filter_identifier, str)
    _params.query_list(params, "filter[seedId]", "filter_seed_id", filter_seed_id, str)
    _params.query_list(params, "filter[id]", "filter_id", filter_id, str)
    _params.query_list(params, "sort", "sort", sort, "BundleIdsGetCollectionSortItem")
    _params.query_list(
        params,
        "fields[bundleIds]",
        "fields_bundle_ids",
        fields_bundle_ids,
        "BundleIdsGetCollectionFieldsBundleIdsItem",
    )
    _params.query_list(
        params,
        "fields[profiles]",
        "fields_profiles",
        fields_profiles,
        "BundleIdsGetCollectionFieldsProfilesItem",
    )
    _params.query_list(
        params,
        "fields[bundleIdCapabilities]",
        "fields_bundle_id_capabilities",
        fields_bundle_id_capabilities,
        "BundleIdsGetCollectionFieldsBundleIdCapabilitiesItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "BundleIdsGetCollectionFieldsAppsItem"
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "BundleIdsGetCollectionIncludeItem")
    _params.query_value(
        params,
        "limit[bundleIdCapabilities]",
        "limit_bundle_id_capabilities",
        limit_bundle_id_capabilities,
        int,
    )
    _params.query_value(params, "limit[profiles]", "limit_profiles", limit_profiles, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/bundleIds",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BundleIdsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BundleIdsResponse.from_dict(response.json())

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
) -> Response[BundleIdsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_name: list[str] | Unset = UNSET,
    filter_platform: list[BundleIdsGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_identifier: list[str] | Unset = UNSET,
    filter_seed_id: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[BundleIdsGetCollectionSortItem] | Unset = UNSET,
    fields_bundle_ids: list[BundleIdsGetCollectionFieldsBundleIdsItem] | Unset = UNSET,
    fields_profiles: list[BundleIdsGetCollectionFieldsProfilesItem] | Unset = UNSET,
    fields_bundle_id_capabilities: list[BundleIdsGetCollectionFieldsBundleIdCapabilitiesItem] | Unset = UNSET,
    fields_apps: list[BundleIdsGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BundleIdsGetCollectionIncludeItem] | Unset = UNSET,
    limit_bundle_id_capabilities: int | Unset = UNSET,
    limit_profiles: int | Unset = UNSET,
) -> Response[BundleIdsResponse | ErrorResponse]:
    """``GET /v1/bundleIds`` (bundleIds_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids


    Args:
        filter_name (list[str] | Unset):
        filter_platform (list[BundleIdsGetCollectionFilterPlatformItem] | Unset):
        filter_identifier (list[str] | Unset):
        filter_seed_id (list[str] | Unset):
        filter_id (list[str] | Unset):
        sort (list[BundleIdsGetCollectionSortItem] | Unset):
        fields_bundle_ids (list[BundleIdsGetCollectionFieldsBundleIdsItem] | Unset):
        fields_profiles (list[BundleIdsGetCollectionFieldsProfilesItem] | Unset):
        fields_bundle_id_capabilities (list[BundleIdsGetCollectionFieldsBundleIdCapabilitiesItem]
            | Unset):
        fields_apps (list[BundleIdsGetCollectionFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[BundleIdsGetCollectionIncludeItem] | Unset):
        limit_bundle_id_capabilities (int | Unset):
        limit_profiles (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BundleIdsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_name=filter_name,
        filter_platform=filter_platform,
        filter_identifier=filter_identifier,
        filter_seed_id=filter_seed_id,
        filter_id=filter_id,
        sort=sort,
        fields_bundle_ids=fields_bundle_ids,
        fields_profiles=fields_profiles,
        fields_bundle_id_capabilities=fields_bundle_id_capabilities,
        fields_apps=fields_apps,
        limit=limit,
        include=include,
        limit_bundle_id_capabilities=limit_bundle_id_capabilities,
        limit_profiles=limit_profiles,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_name: list[str] | Unset = UNSET,
    filter_platform: list[BundleIdsGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_identifier: list[str] | Unset = UNSET,
    filter_seed_id: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[BundleIdsGetCollectionSortItem] | Unset = UNSET,
    fields_bundle_ids: list[BundleIdsGetCollectionFieldsBundleIdsItem] | Unset = UNSET,
    fields_profiles: list[BundleIdsGetCollectionFieldsProfilesItem] | Unset = UNSET,
    fields_bundle_id_capabilities: list[BundleIdsGetCollectionFieldsBundleIdCapabilitiesItem] | Unset = UNSET,
    fields_apps: list[BundleIdsGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BundleIdsGetCollectionIncludeItem] | Unset = UNSET,
    limit_bundle_id_capabilities: int | Unset = UNSET,
    limit_profiles: int | Unset = UNSET,
) -> BundleIdsResponse | ErrorResponse | None:
    """``GET /v1/bundleIds`` (bundleIds_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids


    Args:
        filter_name (list[str] | Unset):
        filter_platform (list[BundleIdsGetCollectionFilterPlatformItem] | Unset):
        filter_identifier (list[str] | Unset):
        filter_seed_id (list[str] | Unset):
        filter_id (list[str] | Unset):
        sort (list[BundleIdsGetCollectionSortItem] | Unset):
        fields_bundle_ids (list[BundleIdsGetCollectionFieldsBundleIdsItem] | Unset):
        fields_profiles (list[BundleIdsGetCollectionFieldsProfilesItem] | Unset):
        fields_bundle_id_capabilities (list[BundleIdsGetCollectionFieldsBundleIdCapabilitiesItem]
            | Unset):
        fields_apps (list[BundleIdsGetCollectionFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[BundleIdsGetCollectionIncludeItem] | Unset):
        limit_bundle_id_capabilities (int | Unset):
        limit_profiles (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BundleIdsResponse | ErrorResponse

    """

    return sync_detailed(
        client=client,
        filter_name=filter_name,
        filter_platform=filter_platform,
        filter_identifier=filter_identifier,
        filter_seed_id=filter_seed_id,
        filter_id=filter_id,
        sort=sort,
        fields_bundle_ids=fields_bundle_ids,
        fields_profiles=fields_profiles,
        fields_bundle_id_capabilities=fields_bundle_id_capabilities,
        fields_apps=fields_apps,
        limit=limit,
        include=include,
        limit_bundle_id_capabilities=limit_bundle_id_capabilities,
        limit_profiles=limit_profiles,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_name: list[str] | Unset = UNSET,
    filter_platform: list[BundleIdsGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_identifier: list[str] | Unset = UNSET,
    filter_seed_id: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[BundleIdsGetCollectionSortItem] | Unset = UNSET,
    fields_bundle_ids: list[BundleIdsGetCollectionFieldsBundleIdsItem] | Unset = UNSET,
    fields_profiles: list[BundleIdsGetCollectionFieldsProfilesItem] | Unset = UNSET,
    fields_bundle_id_capabilities: list[BundleIdsGetCollectionFieldsBundleIdCapabilitiesItem] | Unset = UNSET,
    fields_apps: list[BundleIdsGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BundleIdsGetCollectionIncludeItem] | Unset = UNSET,
    limit_bundle_id_capabilities: int | Unset = UNSET,
    limit_profiles: int | Unset = UNSET,
) -> Response[BundleIdsResponse | ErrorResponse]:
    """``GET /v1/bundleIds`` (bundleIds_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids


    Args:
        filter_name (list[str] | Unset):
        filter_platform (list[BundleIdsGetCollectionFilterPlatformItem] | Unset):
        filter_identifier (list[str] | Unset):
        filter_seed_id (list[str] | Unset):
        filter_id (list[str] | Unset):
        sort (list[BundleIdsGetCollectionSortItem] | Unset):
        fields_bundle_ids (list[BundleIdsGetCollectionFieldsBundleIdsItem] | Unset):
        fields_profiles (list[BundleIdsGetCollectionFieldsProfilesItem] | Unset):
        fields_bundle_id_capabilities (list[BundleIdsGetCollectionFieldsBundleIdCapabilitiesItem]
            | Unset):
        fields_apps (list[BundleIdsGetCollectionFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[BundleIdsGetCollectionIncludeItem] | Unset):
        limit_bundle_id_capabilities (int | Unset):
        limit_profiles (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BundleIdsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_name=filter_name,
        filter_platform=filter_platform,
        filter_identifier=filter_identifier,
        filter_seed_id=filter_seed_id,
        filter_id=filter_id,
        sort=sort,
        fields_bundle_ids=fields_bundle_ids,
        fields_profiles=fields_profiles,
        fields_bundle_id_capabilities=fields_bundle_id_capabilities,
        fields_apps=fields_apps,
        limit=limit,
        include=include,
        limit_bundle_id_capabilities=limit_bundle_id_capabilities,
        limit_profiles=limit_profiles,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_name: list[str] | Unset = UNSET,
    filter_platform: list[BundleIdsGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_identifier: list[str] | Unset = UNSET,
    filter_seed_id: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[BundleIdsGetCollectionSortItem] | Unset = UNSET,
    fields_bundle_ids: list[BundleIdsGetCollectionFieldsBundleIdsItem] | Unset = UNSET,
    fields_profiles: list[BundleIdsGetCollectionFieldsProfilesItem] | Unset = UNSET,
    fields_bundle_id_capabilities: list[BundleIdsGetCollectionFieldsBundleIdCapabilitiesItem] | Unset = UNSET,
    fields_apps: list[BundleIdsGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BundleIdsGetCollectionIncludeItem] | Unset = UNSET,
    limit_bundle_id_capabilities: int | Unset = UNSET,
    limit_profiles: int | Unset = UNSET,
) -> BundleIdsResponse | ErrorResponse | None:
    """``GET /v1/bundleIds`` (bundleIds_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids


    Args:
        filter_name (list[str] | Unset):
        filter_platform (list[BundleIdsGetCollectionFilterPlatformItem] | Unset):
        filter_identifier (list[str] | Unset):
        filter_seed_id (list[str] | Unset):
        filter_id (list[str] | Unset):
        sort (list[BundleIdsGetCollectionSortItem] | Unset):
        fields_bundle_ids (list[BundleIdsGetCollectionFieldsBundleIdsItem] | Unset):
        fields_profiles (list[BundleIdsGetCollectionFieldsProfilesItem] | Unset):
        fields_bundle_id_capabilities (list[BundleIdsGetCollectionFieldsBundleIdCapabilitiesItem]
            | Unset):
        fields_apps (list[BundleIdsGetCollectionFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[BundleIdsGetCollectionIncludeItem] | Unset):
        limit_bundle_id_capabilities (int | Unset):
        limit_profiles (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BundleIdsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_name=filter_name,
            filter_platform=filter_platform,
            filter_identifier=filter_identifier,
            filter_seed_id=filter_seed_id,
            filter_id=filter_id,
            sort=sort,
            fields_bundle_ids=fields_bundle_ids,
            fields_profiles=fields_profiles,
            fields_bundle_id_capabilities=fields_bundle_id_capabilities,
            fields_apps=fields_apps,
            limit=limit,
            include=include,
            limit_bundle_id_capabilities=limit_bundle_id_capabilities,
            limit_profiles=limit_profiles,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[BundleIdsResponse] = BundleIdsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.bundle_id import BundleId

ITEM_TYPE: type[BundleId] = BundleId
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[BundleIdsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
