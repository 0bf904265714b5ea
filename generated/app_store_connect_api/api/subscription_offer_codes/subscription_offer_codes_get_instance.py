from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.subscription_offer_codes_get_instance_fields_subscription_offer_code_custom_codes_item import (
        SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodeCustomCodesItem,
    )
    from ...models.subscription_offer_codes_get_instance_fields_subscription_offer_code_one_time_use_codes_item import (
        SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodeOneTimeUseCodesItem,
    )
    from ...models.subscription_offer_codes_get_instance_fields_subscription_offer_code_prices_item import (
        SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodePricesItem,
    )
    from ...models.subscription_offer_codes_get_instance_fields_subscription_offer_codes_item import (
        SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodesItem,
    )
    from ...models.subscription_offer_codes_get_instance_fields_subscriptions_item import (
        SubscriptionOfferCodesGetInstanceFieldsSubscriptionsItem,
    )
    from ...models.subscription_offer_codes_get_instance_include_item import (
        SubscriptionOfferCodesGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription_offer_code_response import SubscriptionOfferCodeResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_subscription_offer_codes: list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodesItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_offer_code_one_time_use_codes: list[
        SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_code_custom_codes: list[
        SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodeCustomCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_code_prices: list[
        SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodePricesItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionOfferCodesGetInstanceIncludeItem] | Unset = UNSET,
    limit_custom_codes: int | Unset = UNSET,
    limit_one_time_use_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[subscriptionOfferCodes]",
        "fields_subscription_offer_codes",
        fields_subscription_offer_codes,
        "SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodesItem",
    )
    _params.query_list(
        params,
        "fields[subscriptions]",
        "fields_subscriptions",
        fields_subscriptions,
        "SubscriptionOfferCodesGetInstanceFieldsSubscriptionsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionOfferCodeOneTimeUseCodes]",
        "fields_subscription_offer_code_one_time_use_codes",
        fields_subscription_offer_code_one_time_use_codes,
        "SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodeOneTimeUseCodesItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionOfferCodeCustomCodes]",
        "fields_subscription_offer_code_custom_codes",
        fields_subscription_offer_code_custom_codes,
        "SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodeCustomCodesItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionOfferCodePrices]",
        "fields_subscription_offer_code_prices",
        fields_subscription_offer_code_prices,
        "SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodePricesItem",
    )
    _params.query_list(params, "include", "include", include, "SubscriptionOfferCodesGetInstanceIncludeItem")
    _params.query_value(params, "limit[customCodes]", "limit_custom_codes", limit_custom_codes, int)
    _params.query_value(
        params, "limit[oneTimeUseCodes]", "limit_one_time_use_codes", limit_one_time_use_codes, int
    )
    _params.query_value(params, "limit[prices]", "limit_prices", limit_prices, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/subscriptionOfferCodes/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriptionOfferCodeResponse | None:
    if response.status_code == 200:
        response_200 = SubscriptionOfferCodeResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriptionOfferCodeResponse]:
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
    fields_subscription_offer_codes: list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodesItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_offer_code_one_time_use_codes: list[
        SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_code_custom_codes: list[
        SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodeCustomCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_code_prices: list[
        SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodePricesItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionOfferCodesGetInstanceIncludeItem] | Unset = UNSET,
    limit_custom_codes: int | Unset = UNSET,
    limit_one_time_use_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionOfferCodeResponse]:
    """``GET /v1/subscriptionOfferCodes/{id}`` (subscriptionOfferCodes_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_


    Args:
        id (str):
        fields_subscription_offer_codes
            (list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodesItem] | Unset):
        fields_subscriptions (list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionsItem] |
            Unset):
        fields_subscription_offer_code_one_time_use_codes
            (list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodeOneTimeUseCodesItem] |
            Unset):
        fields_subscription_offer_code_custom_codes
            (list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodeCustomCodesItem] |
            Unset):
        fields_subscription_offer_code_prices
            (list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodePricesItem] | Unset):
        include (list[SubscriptionOfferCodesGetInstanceIncludeItem] | Unset):
        limit_custom_codes (int | Unset):
        limit_one_time_use_codes (int | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionOfferCodeResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscription_offer_codes=fields_subscription_offer_codes,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_offer_code_one_time_use_codes=fields_subscription_offer_code_one_time_use_codes,
        fields_subscription_offer_code_custom_codes=fields_subscription_offer_code_custom_codes,
        fields_subscription_offer_code_prices=fields_subscription_offer_code_prices,
        include=include,
        limit_custom_codes=limit_custom_codes,
        limit_one_time_use_codes=limit_one_time_use_codes,
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
    fields_subscription_offer_codes: list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodesItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_offer_code_one_time_use_codes: list[
        SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_code_custom_codes: list[
        SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodeCustomCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_code_prices: list[
        SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodePricesItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionOfferCodesGetInstanceIncludeItem] | Unset = UNSET,
    limit_custom_codes: int | Unset = UNSET,
    limit_one_time_use_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> ErrorResponse | SubscriptionOfferCodeResponse | None:
    """``GET /v1/subscriptionOfferCodes/{id}`` (subscriptionOfferCodes_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_


    Args:
        id (str):
        fields_subscription_offer_codes
            (list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodesItem] | Unset):
        fields_subscriptions (list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionsItem] |
            Unset):
        fields_subscription_offer_code_one_time_use_codes
            (list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodeOneTimeUseCodesItem] |
            Unset):
        fields_subscription_offer_code_custom_codes
            (list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodeCustomCodesItem] |
            Unset):
        fields_subscription_offer_code_prices
            (list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodePricesItem] | Unset):
        include (list[SubscriptionOfferCodesGetInstanceIncludeItem] | Unset):
        limit_custom_codes (int | Unset):
        limit_one_time_use_codes (int | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionOfferCodeResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_subscription_offer_codes=fields_subscription_offer_codes,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_offer_code_one_time_use_codes=fields_subscription_offer_code_one_time_use_codes,
        fields_subscription_offer_code_custom_codes=fields_subscription_offer_code_custom_codes,
        fields_subscription_offer_code_prices=fields_subscription_offer_code_prices,
        include=include,
        limit_custom_codes=limit_custom_codes,
        limit_one_time_use_codes=limit_one_time_use_codes,
        limit_prices=limit_prices,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_offer_codes: list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodesItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_offer_code_one_time_use_codes: list[
        SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_code_custom_codes: list[
        SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodeCustomCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_code_prices: list[
        SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodePricesItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionOfferCodesGetInstanceIncludeItem] | Unset = UNSET,
    limit_custom_codes: int | Unset = UNSET,
    limit_one_time_use_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionOfferCodeResponse]:
    """``GET /v1/subscriptionOfferCodes/{id}`` (subscriptionOfferCodes_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_


    Args:
        id (str):
        fields_subscription_offer_codes
            (list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodesItem] | Unset):
        fields_subscriptions (list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionsItem] |
            Unset):
        fields_subscription_offer_code_one_time_use_codes
            (list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodeOneTimeUseCodesItem] |
            Unset):
        fields_subscription_offer_code_custom_codes
            (list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodeCustomCodesItem] |
            Unset):
        fields_subscription_offer_code_prices
            (list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodePricesItem] | Unset):
        include (list[SubscriptionOfferCodesGetInstanceIncludeItem] | Unset):
        limit_custom_codes (int | Unset):
        limit_one_time_use_codes (int | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionOfferCodeResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscription_offer_codes=fields_subscription_offer_codes,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_offer_code_one_time_use_codes=fields_subscription_offer_code_one_time_use_codes,
        fields_subscription_offer_code_custom_codes=fields_subscription_offer_code_custom_codes,
        fields_subscription_offer_code_prices=fields_subscription_offer_code_prices,
        include=include,
        limit_custom_codes=limit_custom_codes,
        limit_one_time_use_codes=limit_one_time_use_codes,
        limit_prices=limit_prices,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_offer_codes: list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodesItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_offer_code_one_time_use_codes: list[
        SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_code_custom_codes: list[
        SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodeCustomCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_code_prices: list[
        SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodePricesItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionOfferCodesGetInstanceIncludeItem] | Unset = UNSET,
    limit_custom_codes: int | Unset = UNSET,
    limit_one_time_use_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> ErrorResponse | SubscriptionOfferCodeResponse | None:
    """``GET /v1/subscriptionOfferCodes/{id}`` (subscriptionOfferCodes_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodes-_id_


    Args:
        id (str):
        fields_subscription_offer_codes
            (list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodesItem] | Unset):
        fields_subscriptions (list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionsItem] |
            Unset):
        fields_subscription_offer_code_one_time_use_codes
            (list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodeOneTimeUseCodesItem] |
            Unset):
        fields_subscription_offer_code_custom_codes
            (list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodeCustomCodesItem] |
            Unset):
        fields_subscription_offer_code_prices
            (list[SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodePricesItem] | Unset):
        include (list[SubscriptionOfferCodesGetInstanceIncludeItem] | Unset):
        limit_custom_codes (int | Unset):
        limit_one_time_use_codes (int | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionOfferCodeResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_subscription_offer_codes=fields_subscription_offer_codes,
            fields_subscriptions=fields_subscriptions,
            fields_subscription_offer_code_one_time_use_codes=fields_subscription_offer_code_one_time_use_codes,
            fields_subscription_offer_code_custom_codes=fields_subscription_offer_code_custom_codes,
            fields_subscription_offer_code_prices=fields_subscription_offer_code_prices,
            include=include,
            limit_custom_codes=limit_custom_codes,
            limit_one_time_use_codes=limit_one_time_use_codes,
            limit_prices=limit_prices,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[SubscriptionOfferCodeResponse] = SubscriptionOfferCodeResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | SubscriptionOfferCodeResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
