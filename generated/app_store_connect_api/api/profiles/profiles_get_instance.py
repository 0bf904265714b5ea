from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.profiles_get_instance_fields_bundle_ids_item import ProfilesGetInstanceFieldsBundleIdsItem
    from ...models.profiles_get_instance_fields_certificates_item import (
        ProfilesGetInstanceFieldsCertificatesItem,
    )
    from ...models.profiles_get_instance_fields_devices_item import ProfilesGetInstanceFieldsDevicesItem
    from ...models.profiles_get_instance_fields_profiles_item import ProfilesGetInstanceFieldsProfilesItem
    from ...models.profiles_get_instance_include_item import ProfilesGetInstanceIncludeItem

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.profile_response import ProfileResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_profiles: list[ProfilesGetInstanceFieldsProfilesItem] | Unset = UNSET,
    fields_bundle_ids: list[ProfilesGetInstanceFieldsBundleIdsItem] | Unset = UNSET,
    fields_devices: list[ProfilesGetInstanceFieldsDevicesItem] | Unset = UNSET,
    fields_certificates: list[ProfilesGetInstanceFieldsCertificatesItem] | Unset = UNSET,
    include: list[ProfilesGetInstanceIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
    limit_devices: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[profiles]",
        "fields_profiles",
        fields_profiles,
        "ProfilesGetInstanceFieldsProfilesItem",
    )
    _params.query_list(
        params,
        "fields[bundleIds]",
        "fields_bundle_ids",
        fields_bundle_ids,
        "ProfilesGetInstanceFieldsBundleIdsItem",
    )
    _params.query_list(
        params, "fields[devices]", "fields_devices", fields_devices, "ProfilesGetInstanceFieldsDevicesItem"
    )
    _params.query_list(
        params,
        "fields[certificates]",
        "fields_certificates",
        fields_certificates,
        "ProfilesGetInstanceFieldsCertificatesItem",
    )
    _params.query_list(params, "include", "include", include, "ProfilesGetInstanceIncludeItem")
    _params.query_value(params, "limit[certificates]", "limit_certificates", limit_certificates, int)
    _params.query_value(params, "limit[devices]", "limit_devices", limit_devices, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/profiles/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProfileResponse | None:
    if response.status_code == 200:
        response_200 = ProfileResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ProfileResponse]:
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
    fields_profiles: list[ProfilesGetInstanceFieldsProfilesItem] | Unset = UNSET,
    fields_bundle_ids: list[ProfilesGetInstanceFieldsBundleIdsItem] | Unset = UNSET,
    fields_devices: list[ProfilesGetInstanceFieldsDevicesItem] | Unset = UNSET,
    fields_certificates: list[ProfilesGetInstanceFieldsCertificatesItem] | Unset = UNSET,
    include: list[ProfilesGetInstanceIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
    limit_devices: int | Unset = UNSET,
) -> Response[ErrorResponse | ProfileResponse]:
    """``GET /v1/profiles/{id}`` (profiles_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_


    Args:
        id (str):
        fields_profiles (list[ProfilesGetInstanceFieldsProfilesItem] | Unset):
        fields_bundle_ids (list[ProfilesGetInstanceFieldsBundleIdsItem] | Unset):
        fields_devices (list[ProfilesGetInstanceFieldsDevicesItem] | Unset):
        fields_certificates (list[ProfilesGetInstanceFieldsCertificatesItem] | Unset):
        include (list[ProfilesGetInstanceIncludeItem] | Unset):
        limit_certificates (int | Unset):
        limit_devices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProfileResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_profiles=fields_profiles,
        fields_bundle_ids=fields_bundle_ids,
        fields_devices=fields_devices,
        fields_certificates=fields_certificates,
        include=include,
        limit_certificates=limit_certificates,
        limit_devices=limit_devices,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_profiles: list[ProfilesGetInstanceFieldsProfilesItem] | Unset = UNSET,
    fields_bundle_ids: list[ProfilesGetInstanceFieldsBundleIdsItem] | Unset = UNSET,
    fields_devices: list[ProfilesGetInstanceFieldsDevicesItem] | Unset = UNSET,
    fields_certificates: list[ProfilesGetInstanceFieldsCertificatesItem] | Unset = UNSET,
    include: list[ProfilesGetInstanceIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
    limit_devices: int | Unset = UNSET,
) -> ErrorResponse | ProfileResponse | None:
    """``GET /v1/profiles/{id}`` (profiles_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_


    Args:
        id (str):
        fields_profiles (list[ProfilesGetInstanceFieldsProfilesItem] | Unset):
        fields_bundle_ids (list[ProfilesGetInstanceFieldsBundleIdsItem] | Unset):
        fields_devices (list[ProfilesGetInstanceFieldsDevicesItem] | Unset):
        fields_certificates (list[ProfilesGetInstanceFieldsCertificatesItem] | Unset):
        include (list[ProfilesGetInstanceIncludeItem] | Unset):
        limit_certificates (int | Unset):
        limit_devices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProfileResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_profiles=fields_profiles,
        fields_bundle_ids=fields_bundle_ids,
        fields_devices=fields_devices,
        fields_certificates=fields_certificates,
        include=include,
        limit_certificates=limit_certificates,
        limit_devices=limit_devices,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_profiles: list[ProfilesGetInstanceFieldsProfilesItem] | Unset = UNSET,
    fields_bundle_ids: list[ProfilesGetInstanceFieldsBundleIdsItem] | Unset = UNSET,
    fields_devices: list[ProfilesGetInstanceFieldsDevicesItem] | Unset = UNSET,
    fields_certificates: list[ProfilesGetInstanceFieldsCertificatesItem] | Unset = UNSET,
    include: list[ProfilesGetInstanceIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
    limit_devices: int | Unset = UNSET,
) -> Response[ErrorResponse | ProfileResponse]:
    """``GET /v1/profiles/{id}`` (profiles_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_


    Args:
        id (str):
        fields_profiles (list[ProfilesGetInstanceFieldsProfilesItem] | Unset):
        fields_bundle_ids (list[ProfilesGetInstanceFieldsBundleIdsItem] | Unset):
        fields_devices (list[ProfilesGetInstanceFieldsDevicesItem] | Unset):
        fields_certificates (list[ProfilesGetInstanceFieldsCertificatesItem] | Unset):
        include (list[ProfilesGetInstanceIncludeItem] | Unset):
        limit_certificates (int | Unset):
        limit_devices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProfileResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_profiles=fields_profiles,
        fields_bundle_ids=fields_bundle_ids,
        fields_devices=fields_devices,
        fields_certificates=fields_certificates,
        include=include,
        limit_certificates=limit_certificates,
        limit_devices=limit_devices,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_profiles: list[ProfilesGetInstanceFieldsProfilesItem] | Unset = UNSET,
    fields_bundle_ids: list[ProfilesGetInstanceFieldsBundleIdsItem] | Unset = UNSET,
    fields_devices: list[ProfilesGetInstanceFieldsDevicesItem] | Unset = UNSET,
    fields_certificates: list[ProfilesGetInstanceFieldsCertificatesItem] | Unset = UNSET,
    include: list[ProfilesGetInstanceIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
    limit_devices: int | Unset = UNSET,
) -> ErrorResponse | ProfileResponse | None:
    """``GET /v1/profiles/{id}`` (profiles_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-profiles-_id_


    Args:
        id (str):
        fields_profiles (list[ProfilesGetInstanceFieldsProfilesItem] | Unset):
        fields_bundle_ids (list[ProfilesGetInstanceFieldsBundleIdsItem] | Unset):
        fields_devices (list[ProfilesGetInstanceFieldsDevicesItem] | Unset):
        fields_certificates (list[ProfilesGetInstanceFieldsCertificatesItem] | Unset):
        include (list[ProfilesGetInstanceIncludeItem] | Unset):
        limit_certificates (int | Unset):
        limit_devices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProfileResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_profiles=fields_profiles,
            fields_bundle_ids=fields_bundle_ids,
            fields_devices=fields_devices,
            fields_certificates=fields_certificates,
            include=include,
            limit_certificates=limit_certificates,
            limit_devices=limit_devices,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[ProfileResponse] = ProfileResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | ProfileResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
