from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.subscriptions_prices_get_to_many_related_fields_subscription_price_points_item import (
        SubscriptionsPricesGetToManyRelatedFieldsSubscriptionPricePointsItem,
    )
    from ...models.subscriptions_prices_get_to_many_related_fields_subscription_prices_item import (
        SubscriptionsPricesGetToManyRelatedFieldsSubscriptionPricesItem,
    )
    from ...models.subscriptions_prices_get_to_many_related_fields_territories_item import (
        SubscriptionsPricesGetToManyRelatedFieldsTerritoriesItem,
    )
    from ...models.subscriptions_prices_get_to_many_related_filter_plan_type_item import (
        SubscriptionsPricesGetToManyRelatedFilterPlanTypeItem,
    )
    from ...models.subscriptions_prices_get_to_many_related_include_item import (
        SubscriptionsPricesGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription_prices_response import SubscriptionPricesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_plan_type: list[SubscriptionsPricesGetToManyRelatedFilterPlanTypeItem] | Unset = UNSET,
    filter_subscription_price_point: list[str] | Unset = UNSET,
    filter_territory: list[str] | Unset = UNSET,
    fields_subscription_prices: list[SubscriptionsPricesGetToManyRelatedFieldsSubscriptionPricesItem]
    | Unset = UNSET,
    fields_territories: list[SubscriptionsPricesGetToManyRelatedFieldsTerritoriesItem] | Unset = UNSET,
    fields_subscription_price_points: list[
        SubscriptionsPricesGetToManyRelatedFieldsSubscriptionPricePointsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsPricesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[planType]",
        "filter_plan_type",
        filter_plan_type,
        "SubscriptionsPricesGetToManyRelatedFilterPlanTypeItem",
    )
    _params.query_list(
        params,
        "filter[subscriptionPricePoint]",
        "filter_subscription_price_point",
        filter_subscription_price_point,
        str,
    )
    _params.query_list(params, "filter[territory]", "filter_territory", filter_territory, str)
    _params.query_list(
        params,
        "fields[subscriptionPrices]",
        "fields_subscription_prices",
        fields_subscription_prices,
        "SubscriptionsPricesGetToManyRelatedFieldsSubscriptionPricesItem",
    )
    _params.query_list(
        params,
        "fields[territories]",
        "fields_territories",
        fields_territories,
        "SubscriptionsPricesGetToManyRelatedFieldsTerritoriesItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionPricePoints]",
        "fields_subscription_price_points",
        fields_subscription_price_points,
        "SubscriptionsPricesGetToManyRelatedFieldsSubscriptionPricePointsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "SubscriptionsPricesGetToManyRelatedIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/subscriptions/{id}/prices".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriptionPricesResponse | None:
    if response.status_code == 200:
        response_200 = SubscriptionPricesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriptionPricesResponse]:
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
    filter_plan_type: list[SubscriptionsPricesGetToManyRelatedFilterPlanTypeItem] | Unset = UNSET,
    filter_subscription_price_point: list[str] | Unset = UNSET,
    filter_territory: list[str] | Unset = UNSET,
    fields_subscription_prices: list[SubscriptionsPricesGetToManyRelatedFieldsSubscriptionPricesItem]
    | Unset = UNSET,
    fields_territories: list[SubscriptionsPricesGetToManyRelatedFieldsTerritoriesItem] | Unset = UNSET,
    fields_subscription_price_points: list[
        SubscriptionsPricesGetToManyRelatedFieldsSubscriptionPricePointsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsPricesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionPricesResponse]:
    """``GET /v1/subscriptions/{id}/prices`` (subscriptions_prices_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-prices


    Args:
        id (str):
        filter_plan_type (list[SubscriptionsPricesGetToManyRelatedFilterPlanTypeItem] | Unset):
        filter_subscription_price_point (list[str] | Unset):
        filter_territory (list[str] | Unset):
        fields_subscription_prices
            (list[SubscriptionsPricesGetToManyRelatedFieldsSubscriptionPricesItem] | Unset):
        fields_territories (list[SubscriptionsPricesGetToManyRelatedFieldsTerritoriesItem] |
            Unset):
        fields_subscription_price_points
            (list[SubscriptionsPricesGetToManyRelatedFieldsSubscriptionPricePointsItem] | Unset):
        limit (int | Unset):
        include (list[SubscriptionsPricesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionPricesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_plan_type=filter_plan_type,
        filter_subscription_price_point=filter_subscription_price_point,
        filter_territory=filter_territory,
        fields_subscription_prices=fields_subscription_prices,
        fields_territories=fields_territories,
        fields_subscription_price_points=fields_subscription_price_points,
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
    filter_plan_type: list[SubscriptionsPricesGetToManyRelatedFilterPlanTypeItem] | Unset = UNSET,
    filter_subscription_price_point: list[str] | Unset = UNSET,
    filter_territory: list[str] | Unset = UNSET,
    fields_subscription_prices: list[SubscriptionsPricesGetToManyRelatedFieldsSubscriptionPricesItem]
    | Unset = UNSET,
    fields_territories: list[SubscriptionsPricesGetToManyRelatedFieldsTerritoriesItem] | Unset = UNSET,
    fields_subscription_price_points: list[
        SubscriptionsPricesGetToManyRelatedFieldsSubscriptionPricePointsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsPricesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | SubscriptionPricesResponse | None:
    """``GET /v1/subscriptions/{id}/prices`` (subscriptions_prices_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-prices


    Args:
        id (str):
        filter_plan_type (list[SubscriptionsPricesGetToManyRelatedFilterPlanTypeItem] | Unset):
        filter_subscription_price_point (list[str] | Unset):
        filter_territory (list[str] | Unset):
        fields_subscription_prices
            (list[SubscriptionsPricesGetToManyRelatedFieldsSubscriptionPricesItem] | Unset):
        fields_territories (list[SubscriptionsPricesGetToManyRelatedFieldsTerritoriesItem] |
            Unset):
        fields_subscription_price_points
            (list[SubscriptionsPricesGetToManyRelatedFieldsSubscriptionPricePointsItem] | Unset):
        limit (int | Unset):
        include (list[SubscriptionsPricesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionPricesResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_plan_type=filter_plan_type,
        filter_subscription_price_point=filter_subscription_price_point,
        filter_territory=filter_territory,
        fields_subscription_prices=fields_subscription_prices,
        fields_territories=fields_territories,
        fields_subscription_price_points=fields_subscription_price_points,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_plan_type: list[SubscriptionsPricesGetToManyRelatedFilterPlanTypeItem] | Unset = UNSET,
    filter_subscription_price_point: list[str] | Unset = UNSET,
    filter_territory: list[str] | Unset = UNSET,
    fields_subscription_prices: list[SubscriptionsPricesGetToManyRelatedFieldsSubscriptionPricesItem]
    | Unset = UNSET,
    fields_territories: list[SubscriptionsPricesGetToManyRelatedFieldsTerritoriesItem] | Unset = UNSET,
    fields_subscription_price_points: list[
        SubscriptionsPricesGetToManyRelatedFieldsSubscriptionPricePointsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsPricesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionPricesResponse]:
    """``GET /v1/subscriptions/{id}/prices`` (subscriptions_prices_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-prices


    Args:
        id (str):
        filter_plan_type (list[SubscriptionsPricesGetToManyRelatedFilterPlanTypeItem] | Unset):
        filter_subscription_price_point (list[str] | Unset):
        filter_territory (list[str] | Unset):
        fields_subscription_prices
            (list[SubscriptionsPricesGetToManyRelatedFieldsSubscriptionPricesItem] | Unset):
        fields_territories (list[SubscriptionsPricesGetToManyRelatedFieldsTerritoriesItem] |
            Unset):
        fields_subscription_price_points
            (list[SubscriptionsPricesGetToManyRelatedFieldsSubscriptionPricePointsItem] | Unset):
        limit (int | Unset):
        include (list[SubscriptionsPricesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionPricesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_plan_type=filter_plan_type,
        filter_subscription_price_point=filter_subscription_price_point,
        filter_territory=filter_territory,
        fields_subscription_prices=fields_subscription_prices,
        fields_territories=fields_territories,
        fields_subscription_price_points=fields_subscription_price_points,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_plan_type: list[SubscriptionsPricesGetToManyRelatedFilterPlanTypeItem] | Unset = UNSET,
    filter_subscription_price_point: list[str] | Unset = UNSET,
    filter_territory: list[str] | Unset = UNSET,
    fields_subscription_prices: list[SubscriptionsPricesGetToManyRelatedFieldsSubscriptionPricesItem]
    | Unset = UNSET,
    fields_territories: list[SubscriptionsPricesGetToManyRelatedFieldsTerritoriesItem] | Unset = UNSET,
    fields_subscription_price_points: list[
        SubscriptionsPricesGetToManyRelatedFieldsSubscriptionPricePointsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsPricesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | SubscriptionPricesResponse | None:
    """``GET /v1/subscriptions/{id}/prices`` (subscriptions_prices_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-prices


    Args:
        id (str):
        filter_plan_type (list[SubscriptionsPricesGetToManyRelatedFilterPlanTypeItem] | Unset):
        filter_subscription_price_point (list[str] | Unset):
        filter_territory (list[str] | Unset):
        fields_subscription_prices
            (list[SubscriptionsPricesGetToManyRelatedFieldsSubscriptionPricesItem] | Unset):
        fields_territories (list[SubscriptionsPricesGetToManyRelatedFieldsTerritoriesItem] |
            Unset):
        fields_subscription_price_points
            (list[SubscriptionsPricesGetToManyRelatedFieldsSubscriptionPricePointsItem] | Unset):
        limit (int | Unset):
        include (list[SubscriptionsPricesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionPricesResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_plan_type=filter_plan_type,
            filter_subscription_price_point=filter_subscription_price_point,
            filter_territory=filter_territory,
            fields_subscription_prices=fields_subscription_prices,
            fields_territories=fields_territories,
            fields_subscription_price_points=fields_subscription_price_points,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[SubscriptionPricesResponse] = SubscriptionPricesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.subscription_price import SubscriptionPrice

ITEM_TYPE: type[SubscriptionPrice] = SubscriptionPrice
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | SubscriptionPricesResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
