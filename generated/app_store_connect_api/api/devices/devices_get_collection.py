from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.devices_get_collection_fields_devices_item import DevicesGetCollectionFieldsDevicesItem
    from ...models.devices_get_collection_filter_platform_item import DevicesGetCollectionFilterPlatformItem
    from ...models.devices_get_collection_filter_status_item import DevicesGetCollectionFilterStatusItem
    from ...models.devices_get_collection_sort_item import DevicesGetCollectionSortItem

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.devices_response import DevicesResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_name: list[str] | Unset = UNSET,
    filter_platform: list[DevicesGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_udid: list[str] | Unset = UNSET,
    filter_status: list[DevicesGetCollectionFilterStatusItem] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[DevicesGetCollectionSortItem] | Unset = UNSET,
    fields_devices: list[DevicesGetCollectionFieldsDevicesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[name]", "filter_name", filter_name, str)
    _params.query_list(
        params,
        "filter[platform]",
        "filter_platform",
        filter_platform,
        "DevicesGetCollectionFilterPlatformItem",
    )
    _params.query_list(params, "filter[udid]", "filter_udid", filter_udid, str)
    _params.query_list(
        params, "filter[status]", "filter_status", filter_status, "DevicesGetCollectionFilterStatusItem"
    )
    _params.query_list(params, "filter[id]", "filter_id", filter_id, str)
    _params.query_list(params, "sort", "sort", sort, "DevicesGetCollectionSortItem")
    _params.query_list(
        params, "fields[devices]", "fields_devices", fields_devices, "DevicesGetCollectionFieldsDevicesItem"
    )
    _params.query_value(params, "limit", "limit", limit, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/devices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DevicesResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DevicesResponse.from_dict(response.json())

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
) -> Response[DevicesResponse | ErrorResponse]:
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
    filter_platform: list[DevicesGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_udid: list[str] | Unset = UNSET,
    filter_status: list[DevicesGetCollectionFilterStatusItem] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[DevicesGetCollectionSortItem] | Unset = UNSET,
    fields_devices: list[DevicesGetCollectionFieldsDevicesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[DevicesResponse | ErrorResponse]:
    """``GET /v1/devices`` (devices_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-devices


    Args:
        filter_name (list[str] | Unset):
        filter_platform (list[DevicesGetCollectionFilterPlatformItem] | Unset):
        filter_udid (list[str] | Unset):
        filter_status (list[DevicesGetCollectionFilterStatusItem] | Unset):
        filter_id (list[str] | Unset):
        sort (list[DevicesGetCollectionSortItem] | Unset):
        fields_devices (list[DevicesGetCollectionFieldsDevicesItem] | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevicesResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_name=filter_name,
        filter_platform=filter_platform,
        filter_udid=filter_udid,
        filter_status=filter_status,
        filter_id=filter_id,
        sort=sort,
        fields_devices=fields_devices,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_name: list[str] | Unset = UNSET,
    filter_platform: list[DevicesGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_udid: list[str] | Unset = UNSET,
    filter_status: list[DevicesGetCollectionFilterStatusItem] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[DevicesGetCollectionSortItem] | Unset = UNSET,
    fields_devices: list[DevicesGetCollectionFieldsDevicesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> DevicesResponse | ErrorResponse | None:
    """``GET /v1/devices`` (devices_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-devices


    Args:
        filter_name (list[str] | Unset):
        filter_platform (list[DevicesGetCollectionFilterPlatformItem] | Unset):
        filter_udid (list[str] | Unset):
        filter_status (list[DevicesGetCollectionFilterStatusItem] | Unset):
        filter_id (list[str] | Unset):
        sort (list[DevicesGetCollectionSortItem] | Unset):
        fields_devices (list[DevicesGetCollectionFieldsDevicesItem] | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevicesResponse | ErrorResponse

    """

    return sync_detailed(
        client=client,
        filter_name=filter_name,
        filter_platform=filter_platform,
        filter_udid=filter_udid,
        filter_status=filter_status,
        filter_id=filter_id,
        sort=sort,
        fields_devices=fields_devices,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_name: list[str] | Unset = UNSET,
    filter_platform: list[DevicesGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_udid: list[str] | Unset = UNSET,
    filter_status: list[DevicesGetCollectionFilterStatusItem] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[DevicesGetCollectionSortItem] | Unset = UNSET,
    fields_devices: list[DevicesGetCollectionFieldsDevicesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[DevicesResponse | ErrorResponse]:
    """``GET /v1/devices`` (devices_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-devices


    Args:
        filter_name (list[str] | Unset):
        filter_platform (list[DevicesGetCollectionFilterPlatformItem] | Unset):
        filter_udid (list[str] | Unset):
        filter_status (list[DevicesGetCollectionFilterStatusItem] | Unset):
        filter_id (list[str] | Unset):
        sort (list[DevicesGetCollectionSortItem] | Unset):
        fields_devices (list[DevicesGetCollectionFieldsDevicesItem] | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevicesResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_name=filter_name,
        filter_platform=filter_platform,
        filter_udid=filter_udid,
        filter_status=filter_status,
        filter_id=filter_id,
        sort=sort,
        fields_devices=fields_devices,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_name: list[str] | Unset = UNSET,
    filter_platform: list[DevicesGetCollectionFilterPlatformItem] | Unset = UNSET,
    filter_udid: list[str] | Unset = UNSET,
    filter_status: list[DevicesGetCollectionFilterStatusItem] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[DevicesGetCollectionSortItem] | Unset = UNSET,
    fields_devices: list[DevicesGetCollectionFieldsDevicesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> DevicesResponse | ErrorResponse | None:
    """``GET /v1/devices`` (devices_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-devices


    Args:
        filter_name (list[str] | Unset):
        filter_platform (list[DevicesGetCollectionFilterPlatformItem] | Unset):
        filter_udid (list[str] | Unset):
        filter_status (list[DevicesGetCollectionFilterStatusItem] | Unset):
        filter_id (list[str] | Unset):
        sort (list[DevicesGetCollectionSortItem] | Unset):
        fields_devices (list[DevicesGetCollectionFieldsDevicesItem] | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevicesResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_name=filter_name,
            filter_platform=filter_platform,
            filter_udid=filter_udid,
            filter_status=filter_status,
            filter_id=filter_id,
            sort=sort,
            fields_devices=fields_devices,
            limit=limit,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[DevicesResponse] = DevicesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.device import Device

ITEM_TYPE: type[Device] = Device
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[DevicesResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
