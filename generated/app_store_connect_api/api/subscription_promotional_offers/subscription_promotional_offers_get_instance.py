from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.subscription_promotional_offers_get_instance_fields_subscription_promotional_offer_prices_item import (
        SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionPromotionalOfferPricesItem,
    )
    from ...models.subscription_promotional_offers_get_instance_fields_subscription_promotional_offers_item import (
        SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionPromotionalOffersItem,
    )
    from ...models.subscription_promotional_offers_get_instance_fields_subscriptions_item import (
        SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionsItem,
    )
    from ...models.subscription_promotional_offers_get_instance_include_item import (
        SubscriptionPromotionalOffersGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription_promotional_offer_response import SubscriptionPromotionalOfferResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_subscription_promotional_offers: list[
        SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionPromotionalOffersItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionsItem]
    | Unset = UNSET,
    fields_subscription_promotional_offer_prices: list[
        SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionPromotionalOfferPricesItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionPromotionalOffersGetInstanceIncludeItem] | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[subscriptionPromotionalOffers]",
        "fields_subscription_promotional_offers",
        fields_subscription_promotional_offers,
        "SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionPromotionalOffersItem",
    )
    _params.query_list(
        params,
        "fields[subscriptions]",
        "fields_subscriptions",
        fields_subscriptions,
        "SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionPromotionalOfferPrices]",
        "fields_subscription_promotional_offer_prices",
        fields_subscription_promotional_offer_prices,
        "SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionPromotionalOfferPricesItem",
    )
    _params.query_list(
        params, "include", "include", include, "SubscriptionPromotionalOffersGetInstanceIncludeItem"
    )
    _params.query_value(params, "limit[prices]", "limit_prices", limit_prices, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/subscriptionPromotionalOffers/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriptionPromotionalOfferResponse | None:
    if response.status_code == 200:
        response_200 = SubscriptionPromotionalOfferResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriptionPromotionalOfferResponse]:
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
    fields_subscription_promotional_offers: list[
        SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionPromotionalOffersItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionsItem]
    | Unset = UNSET,
    fields_subscription_promotional_offer_prices: list[
        SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionPromotionalOfferPricesItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionPromotionalOffersGetInstanceIncludeItem] | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionPromotionalOfferResponse]:
    """``GET /v1/subscriptionPromotionalOffers/{id}`` (subscriptionPromotionalOffers_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpromotionaloffers-_id_


    Args:
        id (str):
        fields_subscription_promotional_offers
            (list[SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionPromotionalOffersItem] |
            Unset):
        fields_subscriptions
            (list[SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionsItem] | Unset):
        fields_subscription_promotional_offer_prices (list[SubscriptionPromotionalOffersGetInstanc
            eFieldsSubscriptionPromotionalOfferPricesItem] | Unset):
        include (list[SubscriptionPromotionalOffersGetInstanceIncludeItem] | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionPromotionalOfferResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscription_promotional_offers=fields_subscription_promotional_offers,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_promotional_offer_prices=fields_subscription_promotional_offer_prices,
        include=include,
        limit_prices=limit_prices,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_promotional_offers: list[
        SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionPromotionalOffersItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionsItem]
    | Unset = UNSET,
    fields_subscription_promotional_offer_prices: list[
        SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionPromotionalOfferPricesItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionPromotionalOffersGetInstanceIncludeItem] | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> ErrorResponse | SubscriptionPromotionalOfferResponse | None:
    """``GET /v1/subscriptionPromotionalOffers/{id}`` (subscriptionPromotionalOffers_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpromotionaloffers-_id_


    Args:
        id (str):
        fields_subscription_promotional_offers
            (list[SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionPromotionalOffersItem] |
            Unset):
        fields_subscriptions
            (list[SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionsItem] | Unset):
        fields_subscription_promotional_offer_prices (list[SubscriptionPromotionalOffersGetInstanc
            eFieldsSubscriptionPromotionalOfferPricesItem] | Unset):
        include (list[SubscriptionPromotionalOffersGetInstanceIncludeItem] | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionPromotionalOfferResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_subscription_promotional_offers=fields_subscription_promotional_offers,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_promotional_offer_prices=fields_subscription_promotional_offer_prices,
        include=include,
        limit_prices=limit_prices,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_promotional_offers: list[
        SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionPromotionalOffersItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionsItem]
    | Unset = UNSET,
    fields_subscription_promotional_offer_prices: list[
        SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionPromotionalOfferPricesItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionPromotionalOffersGetInstanceIncludeItem] | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionPromotionalOfferResponse]:
    """``GET /v1/subscriptionPromotionalOffers/{id}`` (subscriptionPromotionalOffers_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpromotionaloffers-_id_


    Args:
        id (str):
        fields_subscription_promotional_offers
            (list[SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionPromotionalOffersItem] |
            Unset):
        fields_subscriptions
            (list[SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionsItem] | Unset):
        fields_subscription_promotional_offer_prices (list[SubscriptionPromotionalOffersGetInstanc
            eFieldsSubscriptionPromotionalOfferPricesItem] | Unset):
        include (list[SubscriptionPromotionalOffersGetInstanceIncludeItem] | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionPromotionalOfferResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscription_promotional_offers=fields_subscription_promotional_offers,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_promotional_offer_prices=fields_subscription_promotional_offer_prices,
        include=include,
        limit_prices=limit_prices,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_promotional_offers: list[
        SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionPromotionalOffersItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionsItem]
    | Unset = UNSET,
    fields_subscription_promotional_offer_prices: list[
        SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionPromotionalOfferPricesItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionPromotionalOffersGetInstanceIncludeItem] | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> ErrorResponse | SubscriptionPromotionalOfferResponse | None:
    """``GET /v1/subscriptionPromotionalOffers/{id}`` (subscriptionPromotionalOffers_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpromotionaloffers-_id_


    Args:
        id (str):
        fields_subscription_promotional_offers
            (list[SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionPromotionalOffersItem] |
            Unset):
        fields_subscriptions
            (list[SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionsItem] | Unset):
        fields_subscription_promotional_offer_prices (list[SubscriptionPromotionalOffersGetInstanc
            eFieldsSubscriptionPromotionalOfferPricesItem] | Unset):
        include (list[SubscriptionPromotionalOffersGetInstanceIncludeItem] | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionPromotionalOfferResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_subscription_promotional_offers=fields_subscription_promotional_offers,
            fields_subscriptions=fields_subscriptions,
            fields_subscription_promotional_offer_prices=fields_subscription_promotional_offer_prices,
            include=include,
            limit_prices=limit_prices,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[SubscriptionPromotionalOfferResponse] = SubscriptionPromotionalOfferResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | SubscriptionPromotionalOfferResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
