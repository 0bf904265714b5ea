from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.bundle_ids_get_instance_fields_apps_item import BundleIdsGetInstanceFieldsAppsItem
    from ...models.bundle_ids_get_instance_fields_bundle_id_capabilities_item import (
        BundleIdsGetInstanceFieldsBundleIdCapabilitiesItem,
    )
    from ...models.bundle_ids_get_instance_fields_bundle_ids_item import (
        BundleIdsGetInstanceFieldsBundleIdsItem,
    )
    from ...models.bundle_ids_get_instance_fields_profiles_item import BundleIdsGetInstanceFieldsProfilesItem
    from ...models.bundle_ids_get_instance_include_item import BundleIdsGetInstanceIncludeItem

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bundle_id_response import BundleIdResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_bundle_ids: list[BundleIdsGetInstanceFieldsBundleIdsItem] | Unset = UNSET,
    fields_profiles: list[BundleIdsGetInstanceFieldsProfilesItem] | Unset = UNSET,
    fields_bundle_id_capabilities: list[BundleIdsGetInstanceFieldsBundleIdCapabilitiesItem] | Unset = UNSET,
    fields_apps: list[BundleIdsGetInstanceFieldsAppsItem] | Unset = UNSET,
    include: list[BundleIdsGetInstanceIncludeItem] | Unset = UNSET,
    limit_bundle_id_capabilities: int | Unset = UNSET,
    limit_profiles: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[bundleIds]",
        "fields_bundle_ids",
        fields_bundle_ids,
        "BundleIdsGetInstanceFieldsBundleIdsItem",
    )
    _params.query_list(
        params,
        "fields[profiles]",
        "fields_profiles",
        fields_profiles,
        "BundleIdsGetInstanceFieldsProfilesItem",
    )
    _params.query_list(
        params,
        "fields[bundleIdCapabilities]",
        "fields_bundle_id_capabilities",
        fields_bundle_id_capabilities,
        "BundleIdsGetInstanceFieldsBundleIdCapabilitiesItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "BundleIdsGetInstanceFieldsAppsItem"
    )
    _params.query_list(params, "include", "include", include, "BundleIdsGetInstanceIncludeItem")
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
        "url": "/v1/bundleIds/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BundleIdResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BundleIdResponse.from_dict(response.json())

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
) -> Response[BundleIdResponse | ErrorResponse]:
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
    fields_bundle_ids: list[BundleIdsGetInstanceFieldsBundleIdsItem] | Unset = UNSET,
    fields_profiles: list[BundleIdsGetInstanceFieldsProfilesItem] | Unset = UNSET,
    fields_bundle_id_capabilities: list[BundleIdsGetInstanceFieldsBundleIdCapabilitiesItem] | Unset = UNSET,
    fields_apps: list[BundleIdsGetInstanceFieldsAppsItem] | Unset = UNSET,
    include: list[BundleIdsGetInstanceIncludeItem] | Unset = UNSET,
    limit_bundle_id_capabilities: int | Unset = UNSET,
    limit_profiles: int | Unset = UNSET,
) -> Response[BundleIdResponse | ErrorResponse]:
    """``GET /v1/bundleIds/{id}`` (bundleIds_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_


    Args:
        id (str):
        fields_bundle_ids (list[BundleIdsGetInstanceFieldsBundleIdsItem] | Unset):
        fields_profiles (list[BundleIdsGetInstanceFieldsProfilesItem] | Unset):
        fields_bundle_id_capabilities (list[BundleIdsGetInstanceFieldsBundleIdCapabilitiesItem] |
            Unset):
        fields_apps (list[BundleIdsGetInstanceFieldsAppsItem] | Unset):
        include (list[BundleIdsGetInstanceIncludeItem] | Unset):
        limit_bundle_id_capabilities (int | Unset):
        limit_profiles (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BundleIdResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_bundle_ids=fields_bundle_ids,
        fields_profiles=fields_profiles,
        fields_bundle_id_capabilities=fields_bundle_id_capabilities,
        fields_apps=fields_apps,
        include=include,
        limit_bundle_id_capabilities=limit_bundle_id_capabilities,
        limit_profiles=limit_profiles,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_bundle_ids: list[BundleIdsGetInstanceFieldsBundleIdsItem] | Unset = UNSET,
    fields_profiles: list[BundleIdsGetInstanceFieldsProfilesItem] | Unset = UNSET,
    fields_bundle_id_capabilities: list[BundleIdsGetInstanceFieldsBundleIdCapabilitiesItem] | Unset = UNSET,
    fields_apps: list[BundleIdsGetInstanceFieldsAppsItem] | Unset = UNSET,
    include: list[BundleIdsGetInstanceIncludeItem] | Unset = UNSET,
    limit_bundle_id_capabilities: int | Unset = UNSET,
    limit_profiles: int | Unset = UNSET,
) -> BundleIdResponse | ErrorResponse | None:
    """``GET /v1/bundleIds/{id}`` (bundleIds_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_


    Args:
        id (str):
        fields_bundle_ids (list[BundleIdsGetInstanceFieldsBundleIdsItem] | Unset):
        fields_profiles (list[BundleIdsGetInstanceFieldsProfilesItem] | Unset):
        fields_bundle_id_capabilities (list[BundleIdsGetInstanceFieldsBundleIdCapabilitiesItem] |
            Unset):
        fields_apps (list[BundleIdsGetInstanceFieldsAppsItem] | Unset):
        include (list[BundleIdsGetInstanceIncludeItem] | Unset):
        limit_bundle_id_capabilities (int | Unset):
        limit_profiles (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BundleIdResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_bundle_ids=fields_bundle_ids,
        fields_profiles=fields_profiles,
        fields_bundle_id_capabilities=fields_bundle_id_capabilities,
        fields_apps=fields_apps,
        include=include,
        limit_bundle_id_capabilities=limit_bundle_id_capabilities,
        limit_profiles=limit_profiles,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_bundle_ids: list[BundleIdsGetInstanceFieldsBundleIdsItem] | Unset = UNSET,
    fields_profiles: list[BundleIdsGetInstanceFieldsProfilesItem] | Unset = UNSET,
    fields_bundle_id_capabilities: list[BundleIdsGetInstanceFieldsBundleIdCapabilitiesItem] | Unset = UNSET,
    fields_apps: list[BundleIdsGetInstanceFieldsAppsItem] | Unset = UNSET,
    include: list[BundleIdsGetInstanceIncludeItem] | Unset = UNSET,
    limit_bundle_id_capabilities: int | Unset = UNSET,
    limit_profiles: int | Unset = UNSET,
) -> Response[BundleIdResponse | ErrorResponse]:
    """``GET /v1/bundleIds/{id}`` (bundleIds_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_


    Args:
        id (str):
        fields_bundle_ids (list[BundleIdsGetInstanceFieldsBundleIdsItem] | Unset):
        fields_profiles (list[BundleIdsGetInstanceFieldsProfilesItem] | Unset):
        fields_bundle_id_capabilities (list[BundleIdsGetInstanceFieldsBundleIdCapabilitiesItem] |
            Unset):
        fields_apps (list[BundleIdsGetInstanceFieldsAppsItem] | Unset):
        include (list[BundleIdsGetInstanceIncludeItem] | Unset):
        limit_bundle_id_capabilities (int | Unset):
        limit_profiles (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BundleIdResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_bundle_ids=fields_bundle_ids,
        fields_profiles=fields_profiles,
        fields_bundle_id_capabilities=fields_bundle_id_capabilities,
        fields_apps=fields_apps,
        include=include,
        limit_bundle_id_capabilities=limit_bundle_id_capabilities,
        limit_profiles=limit_profiles,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_bundle_ids: list[BundleIdsGetInstanceFieldsBundleIdsItem] | Unset = UNSET,
    fields_profiles: list[BundleIdsGetInstanceFieldsProfilesItem] | Unset = UNSET,
    fields_bundle_id_capabilities: list[BundleIdsGetInstanceFieldsBundleIdCapabilitiesItem] | Unset = UNSET,
    fields_apps: list[BundleIdsGetInstanceFieldsAppsItem] | Unset = UNSET,
    include: list[BundleIdsGetInstanceIncludeItem] | Unset = UNSET,
    limit_bundle_id_capabilities: int | Unset = UNSET,
    limit_profiles: int | Unset = UNSET,
) -> BundleIdResponse | ErrorResponse | None:
    """``GET /v1/bundleIds/{id}`` (bundleIds_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-bundleids-_id_


    Args:
        id (str):
        fields_bundle_ids (list[BundleIdsGetInstanceFieldsBundleIdsItem] | Unset):
        fields_profiles (list[BundleIdsGetInstanceFieldsProfilesItem] | Unset):
        fields_bundle_id_capabilities (list[BundleIdsGetInstanceFieldsBundleIdCapabilitiesItem] |
            Unset):
        fields_apps (list[BundleIdsGetInstanceFieldsAppsItem] | Unset):
        include (list[BundleIdsGetInstanceIncludeItem] | Unset):
        limit_bundle_id_capabilities (int | Unset):
        limit_profiles (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BundleIdResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_bundle_ids=fields_bundle_ids,
            fields_profiles=fields_profiles,
            fields_bundle_id_capabilities=fields_bundle_id_capabilities,
            fields_apps=fields_apps,
            include=include,
            limit_bundle_id_capabilities=limit_bundle_id_capabilities,
            limit_profiles=limit_profiles,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[BundleIdResponse] = BundleIdResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[BundleIdResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
