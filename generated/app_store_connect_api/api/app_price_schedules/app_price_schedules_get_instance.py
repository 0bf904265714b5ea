from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_price_schedules_get_instance_fields_app_price_schedules_item import (
        AppPriceSchedulesGetInstanceFieldsAppPriceSchedulesItem,
    )
    from ...models.app_price_schedules_get_instance_fields_app_prices_item import (
        AppPriceSchedulesGetInstanceFieldsAppPricesItem,
    )
    from ...models.app_price_schedules_get_instance_fields_apps_item import (
        AppPriceSchedulesGetInstanceFieldsAppsItem,
    )
    from ...models.app_price_schedules_get_instance_fields_territories_item import (
        AppPriceSchedulesGetInstanceFieldsTerritoriesItem,
    )
    from ...models.app_price_schedules_get_instance_include_item import (
        AppPriceSchedulesGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_price_schedule_response import AppPriceScheduleResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_price_schedules: list[AppPriceSchedulesGetInstanceFieldsAppPriceSchedulesItem] | Unset = UNSET,
    fields_apps: list[AppPriceSchedulesGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_territories: list[AppPriceSchedulesGetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    fields_app_prices: list[AppPriceSchedulesGetInstanceFieldsAppPricesItem] | Unset = UNSET,
    include: list[AppPriceSchedulesGetInstanceIncludeItem] | Unset = UNSET,
    limit_automatic_prices: int | Unset = UNSET,
    limit_manual_prices: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appPriceSchedules]",
        "fields_app_price_schedules",
        fields_app_price_schedules,
        "AppPriceSchedulesGetInstanceFieldsAppPriceSchedulesItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "AppPriceSchedulesGetInstanceFieldsAppsItem"
    )
    _params.query_list(
        params,
        "fields[territories]",
        "fields_territories",
        fields_territories,
        "AppPriceSchedulesGetInstanceFieldsTerritoriesItem",
    )
    _params.query_list(
        params,
        "fields[appPrices]",
        "fields_app_prices",
        fields_app_prices,
        "AppPriceSchedulesGetInstanceFieldsAppPricesItem",
    )
    _params.query_list(params, "include", "include", include, "AppPriceSchedulesGetInstanceIncludeItem")
    _params.query_value(
        params, "limit[automaticPrices]", "limit_automatic_prices", limit_automatic_prices, int
    )
    _params.query_value(params, "limit[manualPrices]", "limit_manual_prices", limit_manual_prices, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appPriceSchedules/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppPriceScheduleResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppPriceScheduleResponse.from_dict(response.json())

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
) -> Response[AppPriceScheduleResponse | ErrorResponse]:
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
    fields_app_price_schedules: list[AppPriceSchedulesGetInstanceFieldsAppPriceSchedulesItem] | Unset = UNSET,
    fields_apps: list[AppPriceSchedulesGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_territories: list[AppPriceSchedulesGetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    fields_app_prices: list[AppPriceSchedulesGetInstanceFieldsAppPricesItem] | Unset = UNSET,
    include: list[AppPriceSchedulesGetInstanceIncludeItem] | Unset = UNSET,
    limit_automatic_prices: int | Unset = UNSET,
    limit_manual_prices: int | Unset = UNSET,
) -> Response[AppPriceScheduleResponse | ErrorResponse]:
    """``GET /v1/appPriceSchedules/{id}`` (appPriceSchedules_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_


    Args:
        id (str):
        fields_app_price_schedules (list[AppPriceSchedulesGetInstanceFieldsAppPriceSchedulesItem]
            | Unset):
        fields_apps (list[AppPriceSchedulesGetInstanceFieldsAppsItem] | Unset):
        fields_territories (list[AppPriceSchedulesGetInstanceFieldsTerritoriesItem] | Unset):
        fields_app_prices (list[AppPriceSchedulesGetInstanceFieldsAppPricesItem] | Unset):
        include (list[AppPriceSchedulesGetInstanceIncludeItem] | Unset):
        limit_automatic_prices (int | Unset):
        limit_manual_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppPriceScheduleResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_price_schedules=fields_app_price_schedules,
        fields_apps=fields_apps,
        fields_territories=fields_territories,
        fields_app_prices=fields_app_prices,
        include=include,
        limit_automatic_prices=limit_automatic_prices,
        limit_manual_prices=limit_manual_prices,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_price_schedules: list[AppPriceSchedulesGetInstanceFieldsAppPriceSchedulesItem] | Unset = UNSET,
    fields_apps: list[AppPriceSchedulesGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_territories: list[AppPriceSchedulesGetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    fields_app_prices: list[AppPriceSchedulesGetInstanceFieldsAppPricesItem] | Unset = UNSET,
    include: list[AppPriceSchedulesGetInstanceIncludeItem] | Unset = UNSET,
    limit_automatic_prices: int | Unset = UNSET,
    limit_manual_prices: int | Unset = UNSET,
) -> AppPriceScheduleResponse | ErrorResponse | None:
    """``GET /v1/appPriceSchedules/{id}`` (appPriceSchedules_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_


    Args:
        id (str):
        fields_app_price_schedules (list[AppPriceSchedulesGetInstanceFieldsAppPriceSchedulesItem]
            | Unset):
        fields_apps (list[AppPriceSchedulesGetInstanceFieldsAppsItem] | Unset):
        fields_territories (list[AppPriceSchedulesGetInstanceFieldsTerritoriesItem] | Unset):
        fields_app_prices (list[AppPriceSchedulesGetInstanceFieldsAppPricesItem] | Unset):
        include (list[AppPriceSchedulesGetInstanceIncludeItem] | Unset):
        limit_automatic_prices (int | Unset):
        limit_manual_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppPriceScheduleResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_price_schedules=fields_app_price_schedules,
        fields_apps=fields_apps,
        fields_territories=fields_territories,
        fields_app_prices=fields_app_prices,
        include=include,
        limit_automatic_prices=limit_automatic_prices,
        limit_manual_prices=limit_manual_prices,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_price_schedules: list[AppPriceSchedulesGetInstanceFieldsAppPriceSchedulesItem] | Unset = UNSET,
    fields_apps: list[AppPriceSchedulesGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_territories: list[AppPriceSchedulesGetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    fields_app_prices: list[AppPriceSchedulesGetInstanceFieldsAppPricesItem] | Unset = UNSET,
    include: list[AppPriceSchedulesGetInstanceIncludeItem] | Unset = UNSET,
    limit_automatic_prices: int | Unset = UNSET,
    limit_manual_prices: int | Unset = UNSET,
) -> Response[AppPriceScheduleResponse | ErrorResponse]:
    """``GET /v1/appPriceSchedules/{id}`` (appPriceSchedules_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_


    Args:
        id (str):
        fields_app_price_schedules (list[AppPriceSchedulesGetInstanceFieldsAppPriceSchedulesItem]
            | Unset):
        fields_apps (list[AppPriceSchedulesGetInstanceFieldsAppsItem] | Unset):
        fields_territories (list[AppPriceSchedulesGetInstanceFieldsTerritoriesItem] | Unset):
        fields_app_prices (list[AppPriceSchedulesGetInstanceFieldsAppPricesItem] | Unset):
        include (list[AppPriceSchedulesGetInstanceIncludeItem] | Unset):
        limit_automatic_prices (int | Unset):
        limit_manual_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppPriceScheduleResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_price_schedules=fields_app_price_schedules,
        fields_apps=fields_apps,
        fields_territories=fields_territories,
        fields_app_prices=fields_app_prices,
        include=include,
        limit_automatic_prices=limit_automatic_prices,
        limit_manual_prices=limit_manual_prices,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_price_schedules: list[AppPriceSchedulesGetInstanceFieldsAppPriceSchedulesItem] | Unset = UNSET,
    fields_apps: list[AppPriceSchedulesGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_territories: list[AppPriceSchedulesGetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    fields_app_prices: list[AppPriceSchedulesGetInstanceFieldsAppPricesItem] | Unset = UNSET,
    include: list[AppPriceSchedulesGetInstanceIncludeItem] | Unset = UNSET,
    limit_automatic_prices: int | Unset = UNSET,
    limit_manual_prices: int | Unset = UNSET,
) -> AppPriceScheduleResponse | ErrorResponse | None:
    """``GET /v1/appPriceSchedules/{id}`` (appPriceSchedules_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_


    Args:
        id (str):
        fields_app_price_schedules (list[AppPriceSchedulesGetInstanceFieldsAppPriceSchedulesItem]
            | Unset):
        fields_apps (list[AppPriceSchedulesGetInstanceFieldsAppsItem] | Unset):
        fields_territories (list[AppPriceSchedulesGetInstanceFieldsTerritoriesItem] | Unset):
        fields_app_prices (list[AppPriceSchedulesGetInstanceFieldsAppPricesItem] | Unset):
        include (list[AppPriceSchedulesGetInstanceIncludeItem] | Unset):
        limit_automatic_prices (int | Unset):
        limit_manual_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppPriceScheduleResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_app_price_schedules=fields_app_price_schedules,
            fields_apps=fields_apps,
            fields_territories=fields_territories,
            fields_app_prices=fields_app_prices,
            include=include,
            limit_automatic_prices=limit_automatic_prices,
            limit_manual_prices=limit_manual_prices,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppPriceScheduleResponse] = AppPriceScheduleResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppPriceScheduleResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
