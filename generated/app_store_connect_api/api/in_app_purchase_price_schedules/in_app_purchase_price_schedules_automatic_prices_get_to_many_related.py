from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.in_app_purchase_price_schedules_automatic_prices_get_to_many_related_fields_in_app_purchase_price_points_item import (
        InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsInAppPurchasePricePointsItem,
    )
    from ...models.in_app_purchase_price_schedules_automatic_prices_get_to_many_related_fields_in_app_purchase_prices_item import (
        InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsInAppPurchasePricesItem,
    )
    from ...models.in_app_purchase_price_schedules_automatic_prices_get_to_many_related_fields_territories_item import (
        InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsTerritoriesItem,
    )
    from ...models.in_app_purchase_price_schedules_automatic_prices_get_to_many_related_include_item import (
        InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.in_app_purchase_prices_response import InAppPurchasePricesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_territory: list[str] | Unset = UNSET,
    fields_in_app_purchase_prices: list[
        InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsInAppPurchasePricesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_price_points: list[
        InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsInAppPurchasePricePointsItem
    ]
    | Unset = UNSET,
    fields_territories: list[InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[territory]", "filter_territory", filter_territory, str)
    _params.query_list(
        params,
        "fields[inAppPurchasePrices]",
        "fields_in_app_purchase_prices",
        fields_in_app_purchase_prices,
        "InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsInAppPurchasePricesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchasePricePoints]",
        "fields_in_app_purchase_price_points",
        fields_in_app_purchase_price_points,
        "InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsInAppPurchasePricePointsItem",
    )
    _params.query_list(
        params,
        "fields[territories]",
        "fields_territories",
        fields_territories,
        "InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsTerritoriesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedIncludeItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/inAppPurchasePriceSchedules/{id}/automaticPrices".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InAppPurchasePricesResponse | None:
    if response.status_code == 200:
        response_200 = InAppPurchasePricesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | InAppPurchasePricesResponse]:
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
    filter_territory: list[str] | Unset = UNSET,
    fields_in_app_purchase_prices: list[
        InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsInAppPurchasePricesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_price_points: list[
        InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsInAppPurchasePricePointsItem
    ]
    | Unset = UNSET,
    fields_territories: list[InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchasePricesResponse]:
    """``GET /v1/inAppPurchasePriceSchedules/{id}/automaticPrices`` (inAppPurchasePriceSchedules_automaticPrices_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-automaticprices


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        fields_in_app_purchase_prices (list[InAppPurchasePriceSchedulesAutomaticPricesGetToManyRel
            atedFieldsInAppPurchasePricesItem] | Unset):
        fields_in_app_purchase_price_points (list[InAppPurchasePriceSchedulesAutomaticPricesGetToM
            anyRelatedFieldsInAppPurchasePricePointsItem] | Unset):
        fields_territories
            (list[InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsTerritoriesItem] |
            Unset):
        limit (int | Unset):
        include (list[InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchasePricesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_territory=filter_territory,
        fields_in_app_purchase_prices=fields_in_app_purchase_prices,
        fields_in_app_purchase_price_points=fields_in_app_purchase_price_points,
        fields_territories=fields_territories,
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
    filter_territory: list[str] | Unset = UNSET,
    fields_in_app_purchase_prices: list[
        InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsInAppPurchasePricesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_price_points: list[
        InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsInAppPurchasePricePointsItem
    ]
    | Unset = UNSET,
    fields_territories: list[InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | InAppPurchasePricesResponse | None:
    """``GET /v1/inAppPurchasePriceSchedules/{id}/automaticPrices`` (inAppPurchasePriceSchedules_automaticPrices_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-automaticprices


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        fields_in_app_purchase_prices (list[InAppPurchasePriceSchedulesAutomaticPricesGetToManyRel
            atedFieldsInAppPurchasePricesItem] | Unset):
        fields_in_app_purchase_price_points (list[InAppPurchasePriceSchedulesAutomaticPricesGetToM
            anyRelatedFieldsInAppPurchasePricePointsItem] | Unset):
        fields_territories
            (list[InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsTerritoriesItem] |
            Unset):
        limit (int | Unset):
        include (list[InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchasePricesResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_territory=filter_territory,
        fields_in_app_purchase_prices=fields_in_app_purchase_prices,
        fields_in_app_purchase_price_points=fields_in_app_purchase_price_points,
        fields_territories=fields_territories,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_territory: list[str] | Unset = UNSET,
    fields_in_app_purchase_prices: list[
        InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsInAppPurchasePricesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_price_points: list[
        InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsInAppPurchasePricePointsItem
    ]
    | Unset = UNSET,
    fields_territories: list[InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchasePricesResponse]:
    """``GET /v1/inAppPurchasePriceSchedules/{id}/automaticPrices`` (inAppPurchasePriceSchedules_automaticPrices_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-automaticprices


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        fields_in_app_purchase_prices (list[InAppPurchasePriceSchedulesAutomaticPricesGetToManyRel
            atedFieldsInAppPurchasePricesItem] | Unset):
        fields_in_app_purchase_price_points (list[InAppPurchasePriceSchedulesAutomaticPricesGetToM
            anyRelatedFieldsInAppPurchasePricePointsItem] | Unset):
        fields_territories
            (list[InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsTerritoriesItem] |
            Unset):
        limit (int | Unset):
        include (list[InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchasePricesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_territory=filter_territory,
        fields_in_app_purchase_prices=fields_in_app_purchase_prices,
        fields_in_app_purchase_price_points=fields_in_app_purchase_price_points,
        fields_territories=fields_territories,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_territory: list[str] | Unset = UNSET,
    fields_in_app_purchase_prices: list[
        InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsInAppPurchasePricesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_price_points: list[
        InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsInAppPurchasePricePointsItem
    ]
    | Unset = UNSET,
    fields_territories: list[InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | InAppPurchasePricesResponse | None:
    """``GET /v1/inAppPurchasePriceSchedules/{id}/automaticPrices`` (inAppPurchasePriceSchedules_automaticPrices_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-automaticprices


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        fields_in_app_purchase_prices (list[InAppPurchasePriceSchedulesAutomaticPricesGetToManyRel
            atedFieldsInAppPurchasePricesItem] | Unset):
        fields_in_app_purchase_price_points (list[InAppPurchasePriceSchedulesAutomaticPricesGetToM
            anyRelatedFieldsInAppPurchasePricePointsItem] | Unset):
        fields_territories
            (list[InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsTerritoriesItem] |
            Unset):
        limit (int | Unset):
        include (list[InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchasePricesResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_territory=filter_territory,
            fields_in_app_purchase_prices=fields_in_app_purchase_prices,
            fields_in_app_purchase_price_points=fields_in_app_purchase_price_points,
            fields_territories=fields_territories,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[InAppPurchasePricesResponse] = InAppPurchasePricesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.in_app_purchase_price import InAppPurchasePrice

ITEM_TYPE: type[InAppPurchasePrice] = InAppPurchasePrice
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | InAppPurchasePricesResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
