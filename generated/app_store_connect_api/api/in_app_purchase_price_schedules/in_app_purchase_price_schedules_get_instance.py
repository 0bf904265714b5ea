from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.in_app_purchase_price_schedules_get_instance_fields_in_app_purchase_price_schedules_item import (
        InAppPurchasePriceSchedulesGetInstanceFieldsInAppPurchasePriceSchedulesItem,
    )
    from ...models.in_app_purchase_price_schedules_get_instance_fields_in_app_purchase_prices_item import (
        InAppPurchasePriceSchedulesGetInstanceFieldsInAppPurchasePricesItem,
    )
    from ...models.in_app_purchase_price_schedules_get_instance_fields_territories_item import (
        InAppPurchasePriceSchedulesGetInstanceFieldsTerritoriesItem,
    )
    from ...models.in_app_purchase_price_schedules_get_instance_include_item import (
        InAppPurchasePriceSchedulesGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.in_app_purchase_price_schedule_response import InAppPurchasePriceScheduleResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_in_app_purchase_price_schedules: list[
        InAppPurchasePriceSchedulesGetInstanceFieldsInAppPurchasePriceSchedulesItem
    ]
    | Unset = UNSET,
    fields_territories: list[InAppPurchasePriceSchedulesGetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    fields_in_app_purchase_prices: list[InAppPurchasePriceSchedulesGetInstanceFieldsInAppPurchasePricesItem]
    | Unset = UNSET,
    include: list[InAppPurchasePriceSchedulesGetInstanceIncludeItem] | Unset = UNSET,
    limit_automatic_prices: int | Unset = UNSET,
    limit_manual_prices: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[inAppPurchasePriceSchedules]",
        "fields_in_app_purchase_price_schedules",
        fields_in_app_purchase_price_schedules,
        "InAppPurchasePriceSchedulesGetInstanceFieldsInAppPurchasePriceSchedulesItem",
    )
    _params.query_list(
        params,
        "fields[territories]",
        "fields_territories",
        fields_territories,
        "InAppPurchasePriceSchedulesGetInstanceFieldsTerritoriesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchasePrices]",
        "fields_in_app_purchase_prices",
        fields_in_app_purchase_prices,
        "InAppPurchasePriceSchedulesGetInstanceFieldsInAppPurchasePricesItem",
    )
    _params.query_list(
        params, "include", "include", include, "InAppPurchasePriceSchedulesGetInstanceIncludeItem"
    )
    _params.query_value(
        params, "limit[automaticPrices]", "limit_automatic_prices", limit_automatic_prices, int
    )
    _params.query_value(params, "limit[manualPrices]", "limit_manual_prices", limit_manual_prices, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/inAppPurchasePriceSchedules/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InAppPurchasePriceScheduleResponse | None:
    if response.status_code == 200:
        response_200 = InAppPurchasePriceScheduleResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | InAppPurchasePriceScheduleResponse]:
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
    fields_in_app_purchase_price_schedules: list[
        InAppPurchasePriceSchedulesGetInstanceFieldsInAppPurchasePriceSchedulesItem
    ]
    | Unset = UNSET,
    fields_territories: list[InAppPurchasePriceSchedulesGetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    fields_in_app_purchase_prices: list[InAppPurchasePriceSchedulesGetInstanceFieldsInAppPurchasePricesItem]
    | Unset = UNSET,
    include: list[InAppPurchasePriceSchedulesGetInstanceIncludeItem] | Unset = UNSET,
    limit_automatic_prices: int | Unset = UNSET,
    limit_manual_prices: int | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchasePriceScheduleResponse]:
    """``GET /v1/inAppPurchasePriceSchedules/{id}`` (inAppPurchasePriceSchedules_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_


    Args:
        id (str):
        fields_in_app_purchase_price_schedules
            (list[InAppPurchasePriceSchedulesGetInstanceFieldsInAppPurchasePriceSchedulesItem] |
            Unset):
        fields_territories (list[InAppPurchasePriceSchedulesGetInstanceFieldsTerritoriesItem] |
            Unset):
        fields_in_app_purchase_prices
            (list[InAppPurchasePriceSchedulesGetInstanceFieldsInAppPurchasePricesItem] | Unset):
        include (list[InAppPurchasePriceSchedulesGetInstanceIncludeItem] | Unset):
        limit_automatic_prices (int | Unset):
        limit_manual_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchasePriceScheduleResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_in_app_purchase_price_schedules=fields_in_app_purchase_price_schedules,
        fields_territories=fields_territories,
        fields_in_app_purchase_prices=fields_in_app_purchase_prices,
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
    fields_in_app_purchase_price_schedules: list[
        InAppPurchasePriceSchedulesGetInstanceFieldsInAppPurchasePriceSchedulesItem
    ]
    | Unset = UNSET,
    fields_territories: list[InAppPurchasePriceSchedulesGetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    fields_in_app_purchase_prices: list[InAppPurchasePriceSchedulesGetInstanceFieldsInAppPurchasePricesItem]
    | Unset = UNSET,
    include: list[InAppPurchasePriceSchedulesGetInstanceIncludeItem] | Unset = UNSET,
    limit_automatic_prices: int | Unset = UNSET,
    limit_manual_prices: int | Unset = UNSET,
) -> ErrorResponse | InAppPurchasePriceScheduleResponse | None:
    """``GET /v1/inAppPurchasePriceSchedules/{id}`` (inAppPurchasePriceSchedules_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_


    Args:
        id (str):
        fields_in_app_purchase_price_schedules
            (list[InAppPurchasePriceSchedulesGetInstanceFieldsInAppPurchasePriceSchedulesItem] |
            Unset):
        fields_territories (list[InAppPurchasePriceSchedulesGetInstanceFieldsTerritoriesItem] |
            Unset):
        fields_in_app_purchase_prices
            (list[InAppPurchasePriceSchedulesGetInstanceFieldsInAppPurchasePricesItem] | Unset):
        include (list[InAppPurchasePriceSchedulesGetInstanceIncludeItem] | Unset):
        limit_automatic_prices (int | Unset):
        limit_manual_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchasePriceScheduleResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_in_app_purchase_price_schedules=fields_in_app_purchase_price_schedules,
        fields_territories=fields_territories,
        fields_in_app_purchase_prices=fields_in_app_purchase_prices,
        include=include,
        limit_automatic_prices=limit_automatic_prices,
        limit_manual_prices=limit_manual_prices,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_in_app_purchase_price_schedules: list[
        InAppPurchasePriceSchedulesGetInstanceFieldsInAppPurchasePriceSchedulesItem
    ]
    | Unset = UNSET,
    fields_territories: list[InAppPurchasePriceSchedulesGetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    fields_in_app_purchase_prices: list[InAppPurchasePriceSchedulesGetInstanceFieldsInAppPurchasePricesItem]
    | Unset = UNSET,
    include: list[InAppPurchasePriceSchedulesGetInstanceIncludeItem] | Unset = UNSET,
    limit_automatic_prices: int | Unset = UNSET,
    limit_manual_prices: int | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchasePriceScheduleResponse]:
    """``GET /v1/inAppPurchasePriceSchedules/{id}`` (inAppPurchasePriceSchedules_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_


    Args:
        id (str):
        fields_in_app_purchase_price_schedules
            (list[InAppPurchasePriceSchedulesGetInstanceFieldsInAppPurchasePriceSchedulesItem] |
            Unset):
        fields_territories (list[InAppPurchasePriceSchedulesGetInstanceFieldsTerritoriesItem] |
            Unset):
        fields_in_app_purchase_prices
            (list[InAppPurchasePriceSchedulesGetInstanceFieldsInAppPurchasePricesItem] | Unset):
        include (list[InAppPurchasePriceSchedulesGetInstanceIncludeItem] | Unset):
        limit_automatic_prices (int | Unset):
        limit_manual_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchasePriceScheduleResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_in_app_purchase_price_schedules=fields_in_app_purchase_price_schedules,
        fields_territories=fields_territories,
        fields_in_app_purchase_prices=fields_in_app_purchase_prices,
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
    fields_in_app_purchase_price_schedules: list[
        InAppPurchasePriceSchedulesGetInstanceFieldsInAppPurchasePriceSchedulesItem
    ]
    | Unset = UNSET,
    fields_territories: list[InAppPurchasePriceSchedulesGetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    fields_in_app_purchase_prices: list[InAppPurchasePriceSchedulesGetInstanceFieldsInAppPurchasePricesItem]
    | Unset = UNSET,
    include: list[InAppPurchasePriceSchedulesGetInstanceIncludeItem] | Unset = UNSET,
    limit_automatic_prices: int | Unset = UNSET,
    limit_manual_prices: int | Unset = UNSET,
) -> ErrorResponse | InAppPurchasePriceScheduleResponse | None:
    """``GET /v1/inAppPurchasePriceSchedules/{id}`` (inAppPurchasePriceSchedules_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_


    Args:
        id (str):
        fields_in_app_purchase_price_schedules
            (list[InAppPurchasePriceSchedulesGetInstanceFieldsInAppPurchasePriceSchedulesItem] |
            Unset):
        fields_territories (list[InAppPurchasePriceSchedulesGetInstanceFieldsTerritoriesItem] |
            Unset):
        fields_in_app_purchase_prices
            (list[InAppPurchasePriceSchedulesGetInstanceFieldsInAppPurchasePricesItem] | Unset):
        include (list[InAppPurchasePriceSchedulesGetInstanceIncludeItem] | Unset):
        limit_automatic_prices (int | Unset):
        limit_manual_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchasePriceScheduleResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_in_app_purchase_price_schedules=fields_in_app_purchase_price_schedules,
            fields_territories=fields_territories,
            fields_in_app_purchase_prices=fields_in_app_purchase_prices,
            include=include,
            limit_automatic_prices=limit_automatic_prices,
            limit_manual_prices=limit_manual_prices,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[InAppPurchasePriceScheduleResponse] = InAppPurchasePriceScheduleResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | InAppPurchasePriceScheduleResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
