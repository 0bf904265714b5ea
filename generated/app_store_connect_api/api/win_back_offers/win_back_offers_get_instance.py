from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.win_back_offers_get_instance_fields_win_back_offer_prices_item import (
        WinBackOffersGetInstanceFieldsWinBackOfferPricesItem,
    )
    from ...models.win_back_offers_get_instance_fields_win_back_offers_item import (
        WinBackOffersGetInstanceFieldsWinBackOffersItem,
    )
    from ...models.win_back_offers_get_instance_include_item import WinBackOffersGetInstanceIncludeItem

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.win_back_offer_response import WinBackOfferResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_win_back_offers: list[WinBackOffersGetInstanceFieldsWinBackOffersItem] | Unset = UNSET,
    fields_win_back_offer_prices: list[WinBackOffersGetInstanceFieldsWinBackOfferPricesItem] | Unset = UNSET,
    include: list[WinBackOffersGetInstanceIncludeItem] | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[winBackOffers]",
        "fields_win_back_offers",
        fields_win_back_offers,
        "WinBackOffersGetInstanceFieldsWinBackOffersItem",
    )
    _params.query_list(
        params,
        "fields[winBackOfferPrices]",
        "fields_win_back_offer_prices",
        fields_win_back_offer_prices,
        "WinBackOffersGetInstanceFieldsWinBackOfferPricesItem",
    )
    _params.query_list(params, "include", "include", include, "WinBackOffersGetInstanceIncludeItem")
    _params.query_value(params, "limit[prices]", "limit_prices", limit_prices, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/winBackOffers/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WinBackOfferResponse | None:
    if response.status_code == 200:
        response_200 = WinBackOfferResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | WinBackOfferResponse]:
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
    fields_win_back_offers: list[WinBackOffersGetInstanceFieldsWinBackOffersItem] | Unset = UNSET,
    fields_win_back_offer_prices: list[WinBackOffersGetInstanceFieldsWinBackOfferPricesItem] | Unset = UNSET,
    include: list[WinBackOffersGetInstanceIncludeItem] | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> Response[ErrorResponse | WinBackOfferResponse]:
    """``GET /v1/winBackOffers/{id}`` (winBackOffers_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-winbackoffers-_id_


    Args:
        id (str):
        fields_win_back_offers (list[WinBackOffersGetInstanceFieldsWinBackOffersItem] | Unset):
        fields_win_back_offer_prices (list[WinBackOffersGetInstanceFieldsWinBackOfferPricesItem] |
            Unset):
        include (list[WinBackOffersGetInstanceIncludeItem] | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WinBackOfferResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_win_back_offers=fields_win_back_offers,
        fields_win_back_offer_prices=fields_win_back_offer_prices,
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
    fields_win_back_offers: list[WinBackOffersGetInstanceFieldsWinBackOffersItem] | Unset = UNSET,
    fields_win_back_offer_prices: list[WinBackOffersGetInstanceFieldsWinBackOfferPricesItem] | Unset = UNSET,
    include: list[WinBackOffersGetInstanceIncludeItem] | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> ErrorResponse | WinBackOfferResponse | None:
    """``GET /v1/winBackOffers/{id}`` (winBackOffers_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-winbackoffers-_id_


    Args:
        id (str):
        fields_win_back_offers (list[WinBackOffersGetInstanceFieldsWinBackOffersItem] | Unset):
        fields_win_back_offer_prices (list[WinBackOffersGetInstanceFieldsWinBackOfferPricesItem] |
            Unset):
        include (list[WinBackOffersGetInstanceIncludeItem] | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WinBackOfferResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_win_back_offers=fields_win_back_offers,
        fields_win_back_offer_prices=fields_win_back_offer_prices,
        include=include,
        limit_prices=limit_prices,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_win_back_offers: list[WinBackOffersGetInstanceFieldsWinBackOffersItem] | Unset = UNSET,
    fields_win_back_offer_prices: list[WinBackOffersGetInstanceFieldsWinBackOfferPricesItem] | Unset = UNSET,
    include: list[WinBackOffersGetInstanceIncludeItem] | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> Response[ErrorResponse | WinBackOfferResponse]:
    """``GET /v1/winBackOffers/{id}`` (winBackOffers_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-winbackoffers-_id_


    Args:
        id (str):
        fields_win_back_offers (list[WinBackOffersGetInstanceFieldsWinBackOffersItem] | Unset):
        fields_win_back_offer_prices (list[WinBackOffersGetInstanceFieldsWinBackOfferPricesItem] |
            Unset):
        include (list[WinBackOffersGetInstanceIncludeItem] | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WinBackOfferResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_win_back_offers=fields_win_back_offers,
        fields_win_back_offer_prices=fields_win_back_offer_prices,
        include=include,
        limit_prices=limit_prices,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_win_back_offers: list[WinBackOffersGetInstanceFieldsWinBackOffersItem] | Unset = UNSET,
    fields_win_back_offer_prices: list[WinBackOffersGetInstanceFieldsWinBackOfferPricesItem] | Unset = UNSET,
    include: list[WinBackOffersGetInstanceIncludeItem] | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> ErrorResponse | WinBackOfferResponse | None:
    """``GET /v1/winBackOffers/{id}`` (winBackOffers_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-winbackoffers-_id_


    Args:
        id (str):
        fields_win_back_offers (list[WinBackOffersGetInstanceFieldsWinBackOffersItem] | Unset):
        fields_win_back_offer_prices (list[WinBackOffersGetInstanceFieldsWinBackOfferPricesItem] |
            Unset):
        include (list[WinBackOffersGetInstanceIncludeItem] | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WinBackOfferResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_win_back_offers=fields_win_back_offers,
            fields_win_back_offer_prices=fields_win_back_offer_prices,
            include=include,
            limit_prices=limit_prices,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[WinBackOfferResponse] = WinBackOfferResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | WinBackOfferResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
