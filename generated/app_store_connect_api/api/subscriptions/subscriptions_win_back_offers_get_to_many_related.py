from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.subscriptions_win_back_offers_get_to_many_related_fields_win_back_offer_prices_item import (
        SubscriptionsWinBackOffersGetToManyRelatedFieldsWinBackOfferPricesItem,
    )
    from ...models.subscriptions_win_back_offers_get_to_many_related_fields_win_back_offers_item import (
        SubscriptionsWinBackOffersGetToManyRelatedFieldsWinBackOffersItem,
    )
    from ...models.subscriptions_win_back_offers_get_to_many_related_include_item import (
        SubscriptionsWinBackOffersGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.win_back_offers_response import WinBackOffersResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_win_back_offers: list[SubscriptionsWinBackOffersGetToManyRelatedFieldsWinBackOffersItem]
    | Unset = UNSET,
    fields_win_back_offer_prices: list[SubscriptionsWinBackOffersGetToManyRelatedFieldsWinBackOfferPricesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsWinBackOffersGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[winBackOffers]",
        "fields_win_back_offers",
        fields_win_back_offers,
        "SubscriptionsWinBackOffersGetToManyRelatedFieldsWinBackOffersItem",
    )
    _params.query_list(
        params,
        "fields[winBackOfferPrices]",
        "fields_win_back_offer_prices",
        fields_win_back_offer_prices,
        "SubscriptionsWinBackOffersGetToManyRelatedFieldsWinBackOfferPricesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "SubscriptionsWinBackOffersGetToManyRelatedIncludeItem"
    )
    _params.query_value(params, "limit[prices]", "limit_prices", limit_prices, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/subscriptions/{id}/winBackOffers".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WinBackOffersResponse | None:
    if response.status_code == 200:
        response_200 = WinBackOffersResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | WinBackOffersResponse]:
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
    fields_win_back_offers: list[SubscriptionsWinBackOffersGetToManyRelatedFieldsWinBackOffersItem]
    | Unset = UNSET,
    fields_win_back_offer_prices: list[SubscriptionsWinBackOffersGetToManyRelatedFieldsWinBackOfferPricesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsWinBackOffersGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> Response[ErrorResponse | WinBackOffersResponse]:
    """``GET /v1/subscriptions/{id}/winBackOffers`` (subscriptions_winBackOffers_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-winbackoffers


    Args:
        id (str):
        fields_win_back_offers
            (list[SubscriptionsWinBackOffersGetToManyRelatedFieldsWinBackOffersItem] | Unset):
        fields_win_back_offer_prices
            (list[SubscriptionsWinBackOffersGetToManyRelatedFieldsWinBackOfferPricesItem] | Unset):
        limit (int | Unset):
        include (list[SubscriptionsWinBackOffersGetToManyRelatedIncludeItem] | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WinBackOffersResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_win_back_offers=fields_win_back_offers,
        fields_win_back_offer_prices=fields_win_back_offer_prices,
        limit=limit,
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
    fields_win_back_offers: list[SubscriptionsWinBackOffersGetToManyRelatedFieldsWinBackOffersItem]
    | Unset = UNSET,
    fields_win_back_offer_prices: list[SubscriptionsWinBackOffersGetToManyRelatedFieldsWinBackOfferPricesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsWinBackOffersGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> ErrorResponse | WinBackOffersResponse | None:
    """``GET /v1/subscriptions/{id}/winBackOffers`` (subscriptions_winBackOffers_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-winbackoffers


    Args:
        id (str):
        fields_win_back_offers
            (list[SubscriptionsWinBackOffersGetToManyRelatedFieldsWinBackOffersItem] | Unset):
        fields_win_back_offer_prices
            (list[SubscriptionsWinBackOffersGetToManyRelatedFieldsWinBackOfferPricesItem] | Unset):
        limit (int | Unset):
        include (list[SubscriptionsWinBackOffersGetToManyRelatedIncludeItem] | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WinBackOffersResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_win_back_offers=fields_win_back_offers,
        fields_win_back_offer_prices=fields_win_back_offer_prices,
        limit=limit,
        include=include,
        limit_prices=limit_prices,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_win_back_offers: list[SubscriptionsWinBackOffersGetToManyRelatedFieldsWinBackOffersItem]
    | Unset = UNSET,
    fields_win_back_offer_prices: list[SubscriptionsWinBackOffersGetToManyRelatedFieldsWinBackOfferPricesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsWinBackOffersGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> Response[ErrorResponse | WinBackOffersResponse]:
    """``GET /v1/subscriptions/{id}/winBackOffers`` (subscriptions_winBackOffers_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-winbackoffers


    Args:
        id (str):
        fields_win_back_offers
            (list[SubscriptionsWinBackOffersGetToManyRelatedFieldsWinBackOffersItem] | Unset):
        fields_win_back_offer_prices
            (list[SubscriptionsWinBackOffersGetToManyRelatedFieldsWinBackOfferPricesItem] | Unset):
        limit (int | Unset):
        include (list[SubscriptionsWinBackOffersGetToManyRelatedIncludeItem] | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WinBackOffersResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_win_back_offers=fields_win_back_offers,
        fields_win_back_offer_prices=fields_win_back_offer_prices,
        limit=limit,
        include=include,
        limit_prices=limit_prices,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_win_back_offers: list[SubscriptionsWinBackOffersGetToManyRelatedFieldsWinBackOffersItem]
    | Unset = UNSET,
    fields_win_back_offer_prices: list[SubscriptionsWinBackOffersGetToManyRelatedFieldsWinBackOfferPricesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsWinBackOffersGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> ErrorResponse | WinBackOffersResponse | None:
    """``GET /v1/subscriptions/{id}/winBackOffers`` (subscriptions_winBackOffers_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-winbackoffers


    Args:
        id (str):
        fields_win_back_offers
            (list[SubscriptionsWinBackOffersGetToManyRelatedFieldsWinBackOffersItem] | Unset):
        fields_win_back_offer_prices
            (list[SubscriptionsWinBackOffersGetToManyRelatedFieldsWinBackOfferPricesItem] | Unset):
        limit (int | Unset):
        include (list[SubscriptionsWinBackOffersGetToManyRelatedIncludeItem] | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WinBackOffersResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_win_back_offers=fields_win_back_offers,
            fields_win_back_offer_prices=fields_win_back_offer_prices,
            limit=limit,
            include=include,
            limit_prices=limit_prices,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[WinBackOffersResponse] = WinBackOffersResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.win_back_offer import WinBackOffer

ITEM_TYPE: type[WinBackOffer] = WinBackOffer
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | WinBackOffersResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
