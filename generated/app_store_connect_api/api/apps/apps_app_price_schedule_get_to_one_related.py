from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_app_price_schedule_get_to_one_related_fields_app_price_schedules_item import (
        AppsAppPriceScheduleGetToOneRelatedFieldsAppPriceSchedulesItem,
    )
    from ...models.apps_app_price_schedule_get_to_one_related_fields_app_prices_item import (
        AppsAppPriceScheduleGetToOneRelatedFieldsAppPricesItem,
    )
    from ...models.apps_app_price_schedule_get_to_one_related_fields_apps_item import (
        AppsAppPriceScheduleGetToOneRelatedFieldsAppsItem,
    )
    from ...models.apps_app_price_schedule_get_to_one_related_fields_territories_item import (
        AppsAppPriceScheduleGetToOneRelatedFieldsTerritoriesItem,
    )
    from ...models.apps_app_price_schedule_get_to_one_related_include_item import (
        AppsAppPriceScheduleGetToOneRelatedIncludeItem,
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
    fields_app_price_schedules: list[AppsAppPriceScheduleGetToOneRelatedFieldsAppPriceSchedulesItem]
    | Unset = UNSET,
    fields_apps: list[AppsAppPriceScheduleGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
    fields_territories: list[AppsAppPriceScheduleGetToOneRelatedFieldsTerritoriesItem] | Unset = UNSET,
    fields_app_prices: list[AppsAppPriceScheduleGetToOneRelatedFieldsAppPricesItem] | Unset = UNSET,
    include: list[AppsAppPriceScheduleGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_manual_prices: int | Unset = UNSET,
    limit_automatic_prices: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appPriceSchedules]",
        "fields_app_price_schedules",
        fields_app_price_schedules,
        "AppsAppPriceScheduleGetToOneRelatedFieldsAppPriceSchedulesItem",
    )
    _params.query_list(
        params,
        "fields[apps]",
        "fields_apps",
        fields_apps,
        "AppsAppPriceScheduleGetToOneRelatedFieldsAppsItem",
    )
    _params.query_list(
        params,
        "fields[territories]",
        "fields_territories",
        fields_territories,
        "AppsAppPriceScheduleGetToOneRelatedFieldsTerritoriesItem",
    )
    _params.query_list(
        params,
        "fields[appPrices]",
        "fields_app_prices",
        fields_app_prices,
        "AppsAppPriceScheduleGetToOneRelatedFieldsAppPricesItem",
    )
    _params.query_list(
        params, "include", "include", include, "AppsAppPriceScheduleGetToOneRelatedIncludeItem"
    )
    _params.query_value(params, "limit[manualPrices]", "limit_manual_prices", limit_manual_prices, int)
    _params.query_value(
        params, "limit[automaticPrices]", "limit_automatic_prices", limit_automatic_prices, int
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/appPriceSchedule".format(
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
    fields_app_price_schedules: list[AppsAppPriceScheduleGetToOneRelatedFieldsAppPriceSchedulesItem]
    | Unset = UNSET,
    fields_apps: list[AppsAppPriceScheduleGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
    fields_territories: list[AppsAppPriceScheduleGetToOneRelatedFieldsTerritoriesItem] | Unset = UNSET,
    fields_app_prices: list[AppsAppPriceScheduleGetToOneRelatedFieldsAppPricesItem] | Unset = UNSET,
    include: list[AppsAppPriceScheduleGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_manual_prices: int | Unset = UNSET,
    limit_automatic_prices: int | Unset = UNSET,
) -> Response[AppPriceScheduleResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/appPriceSchedule`` (apps_appPriceSchedule_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apppriceschedule


    Args:
        id (str):
        fields_app_price_schedules
            (list[AppsAppPriceScheduleGetToOneRelatedFieldsAppPriceSchedulesItem] | Unset):
        fields_apps (list[AppsAppPriceScheduleGetToOneRelatedFieldsAppsItem] | Unset):
        fields_territories (list[AppsAppPriceScheduleGetToOneRelatedFieldsTerritoriesItem] |
            Unset):
        fields_app_prices (list[AppsAppPriceScheduleGetToOneRelatedFieldsAppPricesItem] | Unset):
        include (list[AppsAppPriceScheduleGetToOneRelatedIncludeItem] | Unset):
        limit_manual_prices (int | Unset):
        limit_automatic_prices (int | Unset):

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
        limit_manual_prices=limit_manual_prices,
        limit_automatic_prices=limit_automatic_prices,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_price_schedules: list[AppsAppPriceScheduleGetToOneRelatedFieldsAppPriceSchedulesItem]
    | Unset = UNSET,
    fields_apps: list[AppsAppPriceScheduleGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
    fields_territories: list[AppsAppPriceScheduleGetToOneRelatedFieldsTerritoriesItem] | Unset = UNSET,
    fields_app_prices: list[AppsAppPriceScheduleGetToOneRelatedFieldsAppPricesItem] | Unset = UNSET,
    include: list[AppsAppPriceScheduleGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_manual_prices: int | Unset = UNSET,
    limit_automatic_prices: int | Unset = UNSET,
) -> AppPriceScheduleResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/appPriceSchedule`` (apps_appPriceSchedule_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apppriceschedule


    Args:
        id (str):
        fields_app_price_schedules
            (list[AppsAppPriceScheduleGetToOneRelatedFieldsAppPriceSchedulesItem] | Unset):
        fields_apps (list[AppsAppPriceScheduleGetToOneRelatedFieldsAppsItem] | Unset):
        fields_territories (list[AppsAppPriceScheduleGetToOneRelatedFieldsTerritoriesItem] |
            Unset):
        fields_app_prices (list[AppsAppPriceScheduleGetToOneRelatedFieldsAppPricesItem] | Unset):
        include (list[AppsAppPriceScheduleGetToOneRelatedIncludeItem] | Unset):
        limit_manual_prices (int | Unset):
        limit_automatic_prices (int | Unset):

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
        limit_manual_prices=limit_manual_prices,
        limit_automatic_prices=limit_automatic_prices,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_price_schedules: list[AppsAppPriceScheduleGetToOneRelatedFieldsAppPriceSchedulesItem]
    | Unset = UNSET,
    fields_apps: list[AppsAppPriceScheduleGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
    fields_territories: list[AppsAppPriceScheduleGetToOneRelatedFieldsTerritoriesItem] | Unset = UNSET,
    fields_app_prices: list[AppsAppPriceScheduleGetToOneRelatedFieldsAppPricesItem] | Unset = UNSET,
    include: list[AppsAppPriceScheduleGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_manual_prices: int | Unset = UNSET,
    limit_automatic_prices: int | Unset = UNSET,
) -> Response[AppPriceScheduleResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/appPriceSchedule`` (apps_appPriceSchedule_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apppriceschedule


    Args:
        id (str):
        fields_app_price_schedules
            (list[AppsAppPriceScheduleGetToOneRelatedFieldsAppPriceSchedulesItem] | Unset):
        fields_apps (list[AppsAppPriceScheduleGetToOneRelatedFieldsAppsItem] | Unset):
        fields_territories (list[AppsAppPriceScheduleGetToOneRelatedFieldsTerritoriesItem] |
            Unset):
        fields_app_prices (list[AppsAppPriceScheduleGetToOneRelatedFieldsAppPricesItem] | Unset):
        include (list[AppsAppPriceScheduleGetToOneRelatedIncludeItem] | Unset):
        limit_manual_prices (int | Unset):
        limit_automatic_prices (int | Unset):

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
        limit_manual_prices=limit_manual_prices,
        limit_automatic_prices=limit_automatic_prices,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_price_schedules: list[AppsAppPriceScheduleGetToOneRelatedFieldsAppPriceSchedulesItem]
    | Unset = UNSET,
    fields_apps: list[AppsAppPriceScheduleGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
    fields_territories: list[AppsAppPriceScheduleGetToOneRelatedFieldsTerritoriesItem] | Unset = UNSET,
    fields_app_prices: list[AppsAppPriceScheduleGetToOneRelatedFieldsAppPricesItem] | Unset = UNSET,
    include: list[AppsAppPriceScheduleGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_manual_prices: int | Unset = UNSET,
    limit_automatic_prices: int | Unset = UNSET,
) -> AppPriceScheduleResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/appPriceSchedule`` (apps_appPriceSchedule_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apppriceschedule


    Args:
        id (str):
        fields_app_price_schedules
            (list[AppsAppPriceScheduleGetToOneRelatedFieldsAppPriceSchedulesItem] | Unset):
        fields_apps (list[AppsAppPriceScheduleGetToOneRelatedFieldsAppsItem] | Unset):
        fields_territories (list[AppsAppPriceScheduleGetToOneRelatedFieldsTerritoriesItem] |
            Unset):
        fields_app_prices (list[AppsAppPriceScheduleGetToOneRelatedFieldsAppPricesItem] | Unset):
        include (list[AppsAppPriceScheduleGetToOneRelatedIncludeItem] | Unset):
        limit_manual_prices (int | Unset):
        limit_automatic_prices (int | Unset):

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
            limit_manual_prices=limit_manual_prices,
            limit_automatic_prices=limit_automatic_prices,
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
