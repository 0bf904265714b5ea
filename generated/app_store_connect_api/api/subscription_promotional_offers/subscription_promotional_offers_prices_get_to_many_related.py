from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.subscription_promotional_offers_prices_get_to_many_related_fields_subscription_price_points_item import (
        SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsSubscriptionPricePointsItem,
    )
    from ...models.subscription_promotional_offers_prices_get_to_many_related_fields_subscription_promotional_offer_prices_item import (
        SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsSubscriptionPromotionalOfferPricesItem,
    )
    from ...models.subscription_promotional_offers_prices_get_to_many_related_fields_territories_item import (
        SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsTerritoriesItem,
    )
    from ...models.subscription_promotional_offers_prices_get_to_many_related_include_item import (
        SubscriptionPromotionalOffersPricesGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription_promotional_offer_prices_response import (
    SubscriptionPromotionalOfferPricesResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_territory: list[str] | Unset = UNSET,
    fields_subscription_promotional_offer_prices: list[
        SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsSubscriptionPromotionalOfferPricesItem
    ]
    | Unset = UNSET,
    fields_territories: list[SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    fields_subscription_price_points: list[
        SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsSubscriptionPricePointsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionPromotionalOffersPricesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[territory]", "filter_territory", filter_territory, str)
    _params.query_list(
        params,
        "fields[subscriptionPromotionalOfferPrices]",
        "fields_subscription_promotional_offer_prices",
        fields_subscription_promotional_offer_prices,
        "SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsSubscriptionPromotionalOfferPricesItem",
    )
    _params.query_list(
        params,
        "fields[territories]",
        "fields_territories",
        fields_territories,
        "SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsTerritoriesItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionPricePoints]",
        "fields_subscription_price_points",
        fields_subscription_price_points,
        "SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsSubscriptionPricePointsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "SubscriptionPromotionalOffersPricesGetToManyRelatedIncludeItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/subscriptionPromotionalOffers/{id}/prices".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriptionPromotionalOfferPricesResponse | None:
    if response.status_code == 200:
        response_200 = SubscriptionPromotionalOfferPricesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriptionPromotionalOfferPricesResponse]:
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
    fields_subscription_promotional_offer_prices: list[
        SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsSubscriptionPromotionalOfferPricesItem
    ]
    | Unset = UNSET,
    fields_territories: list[SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    fields_subscription_price_points: list[
        SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsSubscriptionPricePointsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionPromotionalOffersPricesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionPromotionalOfferPricesResponse]:
    """``GET /v1/subscriptionPromotionalOffers/{id}/prices`` (subscriptionPromotionalOffers_prices_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpromotionaloffers-_id_-prices


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        fields_subscription_promotional_offer_prices (list[SubscriptionPromotionalOffersPricesGetT
            oManyRelatedFieldsSubscriptionPromotionalOfferPricesItem] | Unset):
        fields_territories
            (list[SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsTerritoriesItem] | Unset):
        fields_subscription_price_points (list[SubscriptionPromotionalOffersPricesGetToManyRelated
            FieldsSubscriptionPricePointsItem] | Unset):
        limit (int | Unset):
        include (list[SubscriptionPromotionalOffersPricesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionPromotionalOfferPricesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_territory=filter_territory,
        fields_subscription_promotional_offer_prices=fields_subscription_promotional_offer_prices,
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
    filter_territory: list[str] | Unset = UNSET,
    fields_subscription_promotional_offer_prices: list[
        SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsSubscriptionPromotionalOfferPricesItem
    ]
    | Unset = UNSET,
    fields_territories: list[SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    fields_subscription_price_points: list[
        SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsSubscriptionPricePointsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionPromotionalOffersPricesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | SubscriptionPromotionalOfferPricesResponse | None:
    """``GET /v1/subscriptionPromotionalOffers/{id}/prices`` (subscriptionPromotionalOffers_prices_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpromotionaloffers-_id_-prices


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        fields_subscription_promotional_offer_prices (list[SubscriptionPromotionalOffersPricesGetT
            oManyRelatedFieldsSubscriptionPromotionalOfferPricesItem] | Unset):
        fields_territories
            (list[SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsTerritoriesItem] | Unset):
        fields_subscription_price_points (list[SubscriptionPromotionalOffersPricesGetToManyRelated
            FieldsSubscriptionPricePointsItem] | Unset):
        limit (int | Unset):
        include (list[SubscriptionPromotionalOffersPricesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionPromotionalOfferPricesResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_territory=filter_territory,
        fields_subscription_promotional_offer_prices=fields_subscription_promotional_offer_prices,
        fields_territories=fields_territories,
        fields_subscription_price_points=fields_subscription_price_points,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_territory: list[str] | Unset = UNSET,
    fields_subscription_promotional_offer_prices: list[
        SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsSubscriptionPromotionalOfferPricesItem
    ]
    | Unset = UNSET,
    fields_territories: list[SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    fields_subscription_price_points: list[
        SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsSubscriptionPricePointsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionPromotionalOffersPricesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionPromotionalOfferPricesResponse]:
    """``GET /v1/subscriptionPromotionalOffers/{id}/prices`` (subscriptionPromotionalOffers_prices_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpromotionaloffers-_id_-prices


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        fields_subscription_promotional_offer_prices (list[SubscriptionPromotionalOffersPricesGetT
            oManyRelatedFieldsSubscriptionPromotionalOfferPricesItem] | Unset):
        fields_territories
            (list[SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsTerritoriesItem] | Unset):
        fields_subscription_price_points (list[SubscriptionPromotionalOffersPricesGetToManyRelated
            FieldsSubscriptionPricePointsItem] | Unset):
        limit (int | Unset):
        include (list[SubscriptionPromotionalOffersPricesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionPromotionalOfferPricesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_territory=filter_territory,
        fields_subscription_promotional_offer_prices=fields_subscription_promotional_offer_prices,
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
    filter_territory: list[str] | Unset = UNSET,
    fields_subscription_promotional_offer_prices: list[
        SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsSubscriptionPromotionalOfferPricesItem
    ]
    | Unset = UNSET,
    fields_territories: list[SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    fields_subscription_price_points: list[
        SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsSubscriptionPricePointsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionPromotionalOffersPricesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | SubscriptionPromotionalOfferPricesResponse | None:
    """``GET /v1/subscriptionPromotionalOffers/{id}/prices`` (subscriptionPromotionalOffers_prices_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpromotionaloffers-_id_-prices


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        fields_subscription_promotional_offer_prices (list[SubscriptionPromotionalOffersPricesGetT
            oManyRelatedFieldsSubscriptionPromotionalOfferPricesItem] | Unset):
        fields_territories
            (list[SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsTerritoriesItem] | Unset):
        fields_subscription_price_points (list[SubscriptionPromotionalOffersPricesGetToManyRelated
            FieldsSubscriptionPricePointsItem] | Unset):
        limit (int | Unset):
        include (list[SubscriptionPromotionalOffersPricesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionPromotionalOfferPricesResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_territory=filter_territory,
            fields_subscription_promotional_offer_prices=fields_subscription_promotional_offer_prices,
            fields_territories=fields_territories,
            fields_subscription_price_points=fields_subscription_price_points,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[SubscriptionPromotionalOfferPricesResponse] = SubscriptionPromotionalOfferPricesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.subscription_promotional_offer_price import SubscriptionPromotionalOfferPrice

ITEM_TYPE: type[SubscriptionPromotionalOfferPrice] = SubscriptionPromotionalOfferPrice
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | SubscriptionPromotionalOfferPricesResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
