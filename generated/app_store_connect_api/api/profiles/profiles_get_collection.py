from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.profiles_get_collection_fields_bundle_ids_item import (
        ProfilesGetCollectionFieldsBundleIdsItem,
    )
    from ...models.profiles_get_collection_fields_certificates_item import (
        ProfilesGetCollectionFieldsCertificatesItem,
    )
    from ...models.profiles_get_collection_fields_devices_item import ProfilesGetCollectionFieldsDevicesItem
    from ...models.profiles_get_collection_fields_profiles_item import ProfilesGetCollectionFieldsProfilesItem
    from ...models.profiles_get_collection_filter_profile_state_item import (
        ProfilesGetCollectionFilterProfileStateItem,
    )
    from ...models.profiles_get_collection_filter_profile_type_item import (
        ProfilesGetCollectionFilterProfileTypeItem,
    )
    from ...models.profiles_get_collection_include_item import ProfilesGetCollectionIncludeItem
    from ...models.profiles_get_collection_sort_item import ProfilesGetCollectionSortItem

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.profiles_response import ProfilesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_name: list[str] | Unset = UNSET,
    filter_profile_type: list[ProfilesGetCollectionFilterProfileTypeItem] | Unset = UNSET,
    filter_profile_state: list[ProfilesGetCollectionFilterProfileStateItem] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[ProfilesGetCollectionSortItem] | Unset = UNSET,
    fields_profiles: list[ProfilesGetCollectionFieldsProfilesItem] | Unset = UNSET,
    fields_bundle_ids: list[ProfilesGetCollectionFieldsBundleIdsItem] | Unset = UNSET,
    fields_devices: list[ProfilesGetCollectionFieldsDevicesItem] | Unset = UNSET,
    fields_certificates: list[ProfilesGetCollectionFieldsCertificatesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[ProfilesGetCollectionIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
    limit_devices: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[name]", "filter_name", filter_name, str)
    _params.query_list(
        params,
        "filter[profileType]",
        "filter_profile_type",
        filter_profile_type,
        "ProfilesGetCollectionFilterProfileTypeItem",
    )
    _params.query_list(
        params,
        "filter[profileState]",
        "filter_profile_state",
        filter_profile_state,
        "ProfilesGetCollectionFilterProfileStateItem",
    )
    _params.query_list(params, "filter[id]", "filter_id", filter_id, str)
    _params.query_list(params, "sort", "sort", sort, "ProfilesGetCollectionSortItem")
    _params.query_list(
        params,
        "fields[profiles]",
        "fields_profiles",
        fields_profiles,
        "ProfilesGetCollectionFieldsProfilesItem",
    )
    _params.query_list(
        params,
        "fields[bundleIds]",
        "fields_bundle_ids",
        fields_bundle_ids,
        "ProfilesGetCollectionFieldsBundleIdsItem",
    )
    _params.query_list(
        params, "fields[devices]", "fields_devices", fields_devices, "ProfilesGetCollectionFieldsDevicesItem"
    )
    _params.query_list(
        params,
        "fields[certificates]",
        "fields_certificates",
        fields_certificates,
        "ProfilesGetCollectionFieldsCertificatesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "ProfilesGetCollectionIncludeItem")
    _params.query_value(params, "limit[certificates]", "limit_certificates", limit_certificates, int)
    _params.query_value(params, "limit[devices]", "limit_devices", limit_devices, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/profiles",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProfilesResponse | None:
    if response.status_code == 200:
        response_200 = ProfilesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ProfilesResponse]:
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
    filter_profile_type: list[ProfilesGetCollectionFilterProfileTypeItem] | Unset = UNSET,
    filter_profile_state: list[ProfilesGetCollectionFilterProfileStateItem] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[ProfilesGetCollectionSortItem] | Unset = UNSET,
    fields_profiles: list[ProfilesGetCollectionFieldsProfilesItem] | Unset = UNSET,
    fields_bundle_ids: list[ProfilesGetCollectionFieldsBundleIdsItem] | Unset = UNSET,
    fields_devices: list[ProfilesGetCollectionFieldsDevicesItem] | Unset = UNSET,
    fields_certificates: list[ProfilesGetCollectionFieldsCertificatesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[ProfilesGetCollectionIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
    limit_devices: int | Unset = UNSET,
) -> Response[ErrorResponse | ProfilesResponse]:
    """``GET /v1/profiles`` (profiles_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles


    Args:
        filter_name (list[str] | Unset):
        filter_profile_type (list[ProfilesGetCollectionFilterProfileTypeItem] | Unset):
        filter_profile_state (list[ProfilesGetCollectionFilterProfileStateItem] | Unset):
        filter_id (list[str] | Unset):
        sort (list[ProfilesGetCollectionSortItem] | Unset):
        fields_profiles (list[ProfilesGetCollectionFieldsProfilesItem] | Unset):
        fields_bundle_ids (list[ProfilesGetCollectionFieldsBundleIdsItem] | Unset):
        fields_devices (list[ProfilesGetCollectionFieldsDevicesItem] | Unset):
        fields_certificates (list[ProfilesGetCollectionFieldsCertificatesItem] | Unset):
        limit (int | Unset):
        include (list[ProfilesGetCollectionIncludeItem] | Unset):
        limit_certificates (int | Unset):
        limit_devices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProfilesResponse]

    """

    kwargs = _get_kwargs(
        filter_name=filter_name,
        filter_profile_type=filter_profile_type,
        filter_profile_state=filter_profile_state,
        filter_id=filter_id,
        sort=sort,
        fields_profiles=fields_profiles,
        fields_bundle_ids=fields_bundle_ids,
        fields_devices=fields_devices,
        fields_certificates=fields_certificates,
        limit=limit,
        include=include,
        limit_certificates=limit_certificates,
        limit_devices=limit_devices,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_name: list[str] | Unset = UNSET,
    filter_profile_type: list[ProfilesGetCollectionFilterProfileTypeItem] | Unset = UNSET,
    filter_profile_state: list[ProfilesGetCollectionFilterProfileStateItem] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[ProfilesGetCollectionSortItem] | Unset = UNSET,
    fields_profiles: list[ProfilesGetCollectionFieldsProfilesItem] | Unset = UNSET,
    fields_bundle_ids: list[ProfilesGetCollectionFieldsBundleIdsItem] | Unset = UNSET,
    fields_devices: list[ProfilesGetCollectionFieldsDevicesItem] | Unset = UNSET,
    fields_certificates: list[ProfilesGetCollectionFieldsCertificatesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[ProfilesGetCollectionIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
    limit_devices: int | Unset = UNSET,
) -> ErrorResponse | ProfilesResponse | None:
    """``GET /v1/profiles`` (profiles_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles


    Args:
        filter_name (list[str] | Unset):
        filter_profile_type (list[ProfilesGetCollectionFilterProfileTypeItem] | Unset):
        filter_profile_state (list[ProfilesGetCollectionFilterProfileStateItem] | Unset):
        filter_id (list[str] | Unset):
        sort (list[ProfilesGetCollectionSortItem] | Unset):
        fields_profiles (list[ProfilesGetCollectionFieldsProfilesItem] | Unset):
        fields_bundle_ids (list[ProfilesGetCollectionFieldsBundleIdsItem] | Unset):
        fields_devices (list[ProfilesGetCollectionFieldsDevicesItem] | Unset):
        fields_certificates (list[ProfilesGetCollectionFieldsCertificatesItem] | Unset):
        limit (int | Unset):
        include (list[ProfilesGetCollectionIncludeItem] | Unset):
        limit_certificates (int | Unset):
        limit_devices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProfilesResponse

    """

    return sync_detailed(
        client=client,
        filter_name=filter_name,
        filter_profile_type=filter_profile_type,
        filter_profile_state=filter_profile_state,
        filter_id=filter_id,
        sort=sort,
        fields_profiles=fields_profiles,
        fields_bundle_ids=fields_bundle_ids,
        fields_devices=fields_devices,
        fields_certificates=fields_certificates,
        limit=limit,
        include=include,
        limit_certificates=limit_certificates,
        limit_devices=limit_devices,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_name: list[str] | Unset = UNSET,
    filter_profile_type: list[ProfilesGetCollectionFilterProfileTypeItem] | Unset = UNSET,
    filter_profile_state: list[ProfilesGetCollectionFilterProfileStateItem] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[ProfilesGetCollectionSortItem] | Unset = UNSET,
    fields_profiles: list[ProfilesGetCollectionFieldsProfilesItem] | Unset = UNSET,
    fields_bundle_ids: list[ProfilesGetCollectionFieldsBundleIdsItem] | Unset = UNSET,
    fields_devices: list[ProfilesGetCollectionFieldsDevicesItem] | Unset = UNSET,
    fields_certificates: list[ProfilesGetCollectionFieldsCertificatesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[ProfilesGetCollectionIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
    limit_devices: int | Unset = UNSET,
) -> Response[ErrorResponse | ProfilesResponse]:
    """``GET /v1/profiles`` (profiles_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles


    Args:
        filter_name (list[str] | Unset):
        filter_profile_type (list[ProfilesGetCollectionFilterProfileTypeItem] | Unset):
        filter_profile_state (list[ProfilesGetCollectionFilterProfileStateItem] | Unset):
        filter_id (list[str] | Unset):
        sort (list[ProfilesGetCollectionSortItem] | Unset):
        fields_profiles (list[ProfilesGetCollectionFieldsProfilesItem] | Unset):
        fields_bundle_ids (list[ProfilesGetCollectionFieldsBundleIdsItem] | Unset):
        fields_devices (list[ProfilesGetCollectionFieldsDevicesItem] | Unset):
        fields_certificates (list[ProfilesGetCollectionFieldsCertificatesItem] | Unset):
        limit (int | Unset):
        include (list[ProfilesGetCollectionIncludeItem] | Unset):
        limit_certificates (int | Unset):
        limit_devices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProfilesResponse]

    """

    kwargs = _get_kwargs(
        filter_name=filter_name,
        filter_profile_type=filter_profile_type,
        filter_profile_state=filter_profile_state,
        filter_id=filter_id,
        sort=sort,
        fields_profiles=fields_profiles,
        fields_bundle_ids=fields_bundle_ids,
        fields_devices=fields_devices,
        fields_certificates=fields_certificates,
        limit=limit,
        include=include,
        limit_certificates=limit_certificates,
        limit_devices=limit_devices,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_name: list[str] | Unset = UNSET,
    filter_profile_type: list[ProfilesGetCollectionFilterProfileTypeItem] | Unset = UNSET,
    filter_profile_state: list[ProfilesGetCollectionFilterProfileStateItem] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[ProfilesGetCollectionSortItem] | Unset = UNSET,
    fields_profiles: list[ProfilesGetCollectionFieldsProfilesItem] | Unset = UNSET,
    fields_bundle_ids: list[ProfilesGetCollectionFieldsBundleIdsItem] | Unset = UNSET,
    fields_devices: list[ProfilesGetCollectionFieldsDevicesItem] | Unset = UNSET,
    fields_certificates: list[ProfilesGetCollectionFieldsCertificatesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[ProfilesGetCollectionIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
    limit_devices: int | Unset = UNSET,
) -> ErrorResponse | ProfilesResponse | None:
    """``GET /v1/profiles`` (profiles_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles


    Args:
        filter_name (list[str] | Unset):
        filter_profile_type (list[ProfilesGetCollectionFilterProfileTypeItem] | Unset):
        filter_profile_state (list[ProfilesGetCollectionFilterProfileStateItem] | Unset):
        filter_id (list[str] | Unset):
        sort (list[ProfilesGetCollectionSortItem] | Unset):
        fields_profiles (list[ProfilesGetCollectionFieldsProfilesItem] | Unset):
        fields_bundle_ids (list[ProfilesGetCollectionFieldsBundleIdsItem] | Unset):
        fields_devices (list[ProfilesGetCollectionFieldsDevicesItem] | Unset):
        fields_certificates (list[ProfilesGetCollectionFieldsCertificatesItem] | Unset):
        limit (int | Unset):
        include (list[ProfilesGetCollectionIncludeItem] | Unset):
        limit_certificates (int | Unset):
        limit_devices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProfilesResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_name=filter_name,
            filter_profile_type=filter_profile_type,
            filter_profile_state=filter_profile_state,
            filter_id=filter_id,
            sort=sort,
            fields_profiles=fields_profiles,
            fields_bundle_ids=fields_bundle_ids,
            fields_devices=fields_devices,
            fields_certificates=fields_certificates,
            limit=limit,
            include=include,
            limit_certificates=limit_certificates,
            limit_devices=limit_devices,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[ProfilesResponse] = ProfilesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.profile import Profile

ITEM_TYPE: type[Profile] = Profile
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | ProfilesResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
