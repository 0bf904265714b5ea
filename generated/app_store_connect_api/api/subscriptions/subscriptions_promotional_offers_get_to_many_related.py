from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.subscriptions_promotional_offers_get_to_many_related_fields_subscription_promotional_offer_prices_item import (
        SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionPromotionalOfferPricesItem,
    )
    from ...models.subscriptions_promotional_offers_get_to_many_related_fields_subscription_promotional_offers_item import (
        SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionPromotionalOffersItem,
    )
    from ...models.subscriptions_promotional_offers_get_to_many_related_fields_subscriptions_item import (
        SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionsItem,
    )
    from ...models.subscriptions_promotional_offers_get_to_many_related_include_item import (
        SubscriptionsPromotionalOffersGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription_promotional_offers_response import SubscriptionPromotionalOffersResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_territory: list[str] | Unset = UNSET,
    fields_subscription_promotional_offers: list[
        SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionPromotionalOffersItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    fields_subscription_promotional_offer_prices: list[
        SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionPromotionalOfferPricesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsPromotionalOffersGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[territory]", "filter_territory", filter_territory, str)
    _params.query_list(
        params,
        "fields[subscriptionPromotionalOffers]",
        "fields_subscription_promotional_offers",
        fields_subscription_promotional_offers,
        "SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionPromotionalOffersItem",
    )
    _params.query_list(
        params,
        "fields[subscriptions]",
        "fields_subscriptions",
        fields_subscriptions,
        "SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionPromotionalOfferPrices]",
        "fields_subscription_promotional_offer_prices",
        fields_subscription_promotional_offer_prices,
        "SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionPromotionalOfferPricesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "SubscriptionsPromotionalOffersGetToManyRelatedIncludeItem"
    )
    _params.query_value(params, "limit[prices]", "limit_prices", limit_prices, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/subscriptions/{id}/promotionalOffers".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriptionPromotionalOffersResponse | None:
    if response.status_code == 200:
        response_200 = SubscriptionPromotionalOffersResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriptionPromotionalOffersResponse]:
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
    fields_subscription_promotional_offers: list[
        SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionPromotionalOffersItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    fields_subscription_promotional_offer_prices: list[
        SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionPromotionalOfferPricesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsPromotionalOffersGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionPromotionalOffersResponse]:
    """``GET /v1/subscriptions/{id}/promotionalOffers`` (subscriptions_promotionalOffers_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-promotionaloffers


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        fields_subscription_promotional_offers (list[SubscriptionsPromotionalOffersGetToManyRelate
            dFieldsSubscriptionPromotionalOffersItem] | Unset):
        fields_subscriptions
            (list[SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionsItem] | Unset):
        fields_subscription_promotional_offer_prices (list[SubscriptionsPromotionalOffersGetToMany
            RelatedFieldsSubscriptionPromotionalOfferPricesItem] | Unset):
        limit (int | Unset):
        include (list[SubscriptionsPromotionalOffersGetToManyRelatedIncludeItem] | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionPromotionalOffersResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_territory=filter_territory,
        fields_subscription_promotional_offers=fields_subscription_promotional_offers,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_promotional_offer_prices=fields_subscription_promotional_offer_prices,
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
    filter_territory: list[str] | Unset = UNSET,
    fields_subscription_promotional_offers: list[
        SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionPromotionalOffersItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    fields_subscription_promotional_offer_prices: list[
        SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionPromotionalOfferPricesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsPromotionalOffersGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> ErrorResponse | SubscriptionPromotionalOffersResponse | None:
    """``GET /v1/subscriptions/{id}/promotionalOffers`` (subscriptions_promotionalOffers_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-promotionaloffers


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        fields_subscription_promotional_offers (list[SubscriptionsPromotionalOffersGetToManyRelate
            dFieldsSubscriptionPromotionalOffersItem] | Unset):
        fields_subscriptions
            (list[SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionsItem] | Unset):
        fields_subscription_promotional_offer_prices (list[SubscriptionsPromotionalOffersGetToMany
            RelatedFieldsSubscriptionPromotionalOfferPricesItem] | Unset):
        limit (int | Unset):
        include (list[SubscriptionsPromotionalOffersGetToManyRelatedIncludeItem] | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionPromotionalOffersResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_territory=filter_territory,
        fields_subscription_promotional_offers=fields_subscription_promotional_offers,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_promotional_offer_prices=fields_subscription_promotional_offer_prices,
        limit=limit,
        include=include,
        limit_prices=limit_prices,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_territory: list[str] | Unset = UNSET,
    fields_subscription_promotional_offers: list[
        SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionPromotionalOffersItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    fields_subscription_promotional_offer_prices: list[
        SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionPromotionalOfferPricesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsPromotionalOffersGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionPromotionalOffersResponse]:
    """``GET /v1/subscriptions/{id}/promotionalOffers`` (subscriptions_promotionalOffers_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-promotionaloffers


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        fields_subscription_promotional_offers (list[SubscriptionsPromotionalOffersGetToManyRelate
            dFieldsSubscriptionPromotionalOffersItem] | Unset):
        fields_subscriptions
            (list[SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionsItem] | Unset):
        fields_subscription_promotional_offer_prices (list[SubscriptionsPromotionalOffersGetToMany
            RelatedFieldsSubscriptionPromotionalOfferPricesItem] | Unset):
        limit (int | Unset):
        include (list[SubscriptionsPromotionalOffersGetToManyRelatedIncludeItem] | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionPromotionalOffersResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_territory=filter_territory,
        fields_subscription_promotional_offers=fields_subscription_promotional_offers,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_promotional_offer_prices=fields_subscription_promotional_offer_prices,
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
    filter_territory: list[str] | Unset = UNSET,
    fields_subscription_promotional_offers: list[
        SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionPromotionalOffersItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    fields_subscription_promotional_offer_prices: list[
        SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionPromotionalOfferPricesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsPromotionalOffersGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> ErrorResponse | SubscriptionPromotionalOffersResponse | None:
    """``GET /v1/subscriptions/{id}/promotionalOffers`` (subscriptions_promotionalOffers_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-promotionaloffers


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        fields_subscription_promotional_offers (list[SubscriptionsPromotionalOffersGetToManyRelate
            dFieldsSubscriptionPromotionalOffersItem] | Unset):
        fields_subscriptions
            (list[SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionsItem] | Unset):
        fields_subscription_promotional_offer_prices (list[SubscriptionsPromotionalOffersGetToMany
            RelatedFieldsSubscriptionPromotionalOfferPricesItem] | Unset):
        limit (int | Unset):
        include (list[SubscriptionsPromotionalOffersGetToManyRelatedIncludeItem] | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionPromotionalOffersResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_territory=filter_territory,
            fields_subscription_promotional_offers=fields_subscription_promotional_offers,
            fields_subscriptions=fields_subscriptions,
            fields_subscription_promotional_offer_prices=fields_subscription_promotional_offer_prices,
            limit=limit,
            include=include,
            limit_prices=limit_prices,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[SubscriptionPromotionalOffersResponse] = SubscriptionPromotionalOffersResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.subscription_promotional_offer import SubscriptionPromotionalOffer

ITEM_TYPE: type[SubscriptionPromotionalOffer] = SubscriptionPromotionalOffer
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | SubscriptionPromotionalOffersResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
