from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.subscriptions_offer_codes_get_to_many_related_fields_subscription_offer_code_custom_codes_item import (
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodeCustomCodesItem,
    )
    from ...models.subscriptions_offer_codes_get_to_many_related_fields_subscription_offer_code_one_time_use_codes_item import (
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodeOneTimeUseCodesItem,
    )
    from ...models.subscriptions_offer_codes_get_to_many_related_fields_subscription_offer_code_prices_item import (
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodePricesItem,
    )
    from ...models.subscriptions_offer_codes_get_to_many_related_fields_subscription_offer_codes_item import (
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodesItem,
    )
    from ...models.subscriptions_offer_codes_get_to_many_related_fields_subscriptions_item import (
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionsItem,
    )
    from ...models.subscriptions_offer_codes_get_to_many_related_include_item import (
        SubscriptionsOfferCodesGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription_offer_codes_response import SubscriptionOfferCodesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_territory: list[str] | Unset = UNSET,
    fields_subscription_offer_codes: list[
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodesItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    fields_subscription_offer_code_one_time_use_codes: list[
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_code_custom_codes: list[
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodeCustomCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_code_prices: list[
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodePricesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsOfferCodesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_one_time_use_codes: int | Unset = UNSET,
    limit_custom_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[territory]", "filter_territory", filter_territory, str)
    _params.query_list(
        params,
        "fields[subscriptionOfferCodes]",
        "fields_subscription_offer_codes",
        fields_subscription_offer_codes,
        "SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodesItem",
    )
    _params.query_list(
        params,
        "fields[subscriptions]",
        "fields_subscriptions",
        fields_subscriptions,
        "SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionOfferCodeOneTimeUseCodes]",
        "fields_subscription_offer_code_one_time_use_codes",
        fields_subscription_offer_code_one_time_use_codes,
        "SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodeOneTimeUseCodesItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionOfferCodeCustomCodes]",
        "fields_subscription_offer_code_custom_codes",
        fields_subscription_offer_code_custom_codes,
        "SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodeCustomCodesItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionOfferCodePrices]",
        "fields_subscription_offer_code_prices",
        fields_subscription_offer_code_prices,
        "SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodePricesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "SubscriptionsOfferCodesGetToManyRelatedIncludeItem"
    )
    _params.query_value(
        params, "limit[oneTimeUseCodes]", "limit_one_time_use_codes", limit_one_time_use_codes, int
    )
    _params.query_value(params, "limit[customCodes]", "limit_custom_codes", limit_custom_codes, int)
    _params.query_value(params, "limit[prices]", "limit_prices", limit_prices, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/subscriptions/{id}/offerCodes".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriptionOfferCodesResponse | None:
    if response.status_code == 200:
        response_200 = SubscriptionOfferCodesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriptionOfferCodesResponse]:
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
    fields_subscription_offer_codes: list[
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodesItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    fields_subscription_offer_code_one_time_use_codes: list[
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_code_custom_codes: list[
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodeCustomCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_code_prices: list[
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodePricesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsOfferCodesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_one_time_use_codes: int | Unset = UNSET,
    limit_custom_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionOfferCodesResponse]:
    """``GET /v1/subscriptions/{id}/offerCodes`` (subscriptions_offerCodes_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-offercodes


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        fields_subscription_offer_codes
            (list[SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodesItem] | Unset):
        fields_subscriptions (list[SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionsItem]
            | Unset):
        fields_subscription_offer_code_one_time_use_codes (list[SubscriptionsOfferCodesGetToManyRe
            latedFieldsSubscriptionOfferCodeOneTimeUseCodesItem] | Unset):
        fields_subscription_offer_code_custom_codes
            (list[SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodeCustomCodesItem] |
            Unset):
        fields_subscription_offer_code_prices
            (list[SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodePricesItem] |
            Unset):
        limit (int | Unset):
        include (list[SubscriptionsOfferCodesGetToManyRelatedIncludeItem] | Unset):
        limit_one_time_use_codes (int | Unset):
        limit_custom_codes (int | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionOfferCodesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_territory=filter_territory,
        fields_subscription_offer_codes=fields_subscription_offer_codes,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_offer_code_one_time_use_codes=fields_subscription_offer_code_one_time_use_codes,
        fields_subscription_offer_code_custom_codes=fields_subscription_offer_code_custom_codes,
        fields_subscription_offer_code_prices=fields_subscription_offer_code_prices,
        limit=limit,
        include=include,
        limit_one_time_use_codes=limit_one_time_use_codes,
        limit_custom_codes=limit_custom_codes,
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
    fields_subscription_offer_codes: list[
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodesItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    fields_subscription_offer_code_one_time_use_codes: list[
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_code_custom_codes: list[
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodeCustomCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_code_prices: list[
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodePricesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsOfferCodesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_one_time_use_codes: int | Unset = UNSET,
    limit_custom_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> ErrorResponse | SubscriptionOfferCodesResponse | None:
    """``GET /v1/subscriptions/{id}/offerCodes`` (subscriptions_offerCodes_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-offercodes


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        fields_subscription_offer_codes
            (list[SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodesItem] | Unset):
        fields_subscriptions (list[SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionsItem]
            | Unset):
        fields_subscription_offer_code_one_time_use_codes (list[SubscriptionsOfferCodesGetToManyRe
            latedFieldsSubscriptionOfferCodeOneTimeUseCodesItem] | Unset):
        fields_subscription_offer_code_custom_codes
            (list[SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodeCustomCodesItem] |
            Unset):
        fields_subscription_offer_code_prices
            (list[SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodePricesItem] |
            Unset):
        limit (int | Unset):
        include (list[SubscriptionsOfferCodesGetToManyRelatedIncludeItem] | Unset):
        limit_one_time_use_codes (int | Unset):
        limit_custom_codes (int | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionOfferCodesResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_territory=filter_territory,
        fields_subscription_offer_codes=fields_subscription_offer_codes,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_offer_code_one_time_use_codes=fields_subscription_offer_code_one_time_use_codes,
        fields_subscription_offer_code_custom_codes=fields_subscription_offer_code_custom_codes,
        fields_subscription_offer_code_prices=fields_subscription_offer_code_prices,
        limit=limit,
        include=include,
        limit_one_time_use_codes=limit_one_time_use_codes,
        limit_custom_codes=limit_custom_codes,
        limit_prices=limit_prices,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_territory: list[str] | Unset = UNSET,
    fields_subscription_offer_codes: list[
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodesItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    fields_subscription_offer_code_one_time_use_codes: list[
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_code_custom_codes: list[
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodeCustomCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_code_prices: list[
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodePricesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsOfferCodesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_one_time_use_codes: int | Unset = UNSET,
    limit_custom_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionOfferCodesResponse]:
    """``GET /v1/subscriptions/{id}/offerCodes`` (subscriptions_offerCodes_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-offercodes


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        fields_subscription_offer_codes
            (list[SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodesItem] | Unset):
        fields_subscriptions (list[SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionsItem]
            | Unset):
        fields_subscription_offer_code_one_time_use_codes (list[SubscriptionsOfferCodesGetToManyRe
            latedFieldsSubscriptionOfferCodeOneTimeUseCodesItem] | Unset):
        fields_subscription_offer_code_custom_codes
            (list[SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodeCustomCodesItem] |
            Unset):
        fields_subscription_offer_code_prices
            (list[SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodePricesItem] |
            Unset):
        limit (int | Unset):
        include (list[SubscriptionsOfferCodesGetToManyRelatedIncludeItem] | Unset):
        limit_one_time_use_codes (int | Unset):
        limit_custom_codes (int | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionOfferCodesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_territory=filter_territory,
        fields_subscription_offer_codes=fields_subscription_offer_codes,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_offer_code_one_time_use_codes=fields_subscription_offer_code_one_time_use_codes,
        fields_subscription_offer_code_custom_codes=fields_subscription_offer_code_custom_codes,
        fields_subscription_offer_code_prices=fields_subscription_offer_code_prices,
        limit=limit,
        include=include,
        limit_one_time_use_codes=limit_one_time_use_codes,
        limit_custom_codes=limit_custom_codes,
        limit_prices=limit_prices,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_territory: list[str] | Unset = UNSET,
    fields_subscription_offer_codes: list[
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodesItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    fields_subscription_offer_code_one_time_use_codes: list[
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_code_custom_codes: list[
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodeCustomCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_code_prices: list[
        SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodePricesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsOfferCodesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_one_time_use_codes: int | Unset = UNSET,
    limit_custom_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> ErrorResponse | SubscriptionOfferCodesResponse | None:
    """``GET /v1/subscriptions/{id}/offerCodes`` (subscriptions_offerCodes_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-offercodes


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        fields_subscription_offer_codes
            (list[SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodesItem] | Unset):
        fields_subscriptions (list[SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionsItem]
            | Unset):
        fields_subscription_offer_code_one_time_use_codes (list[SubscriptionsOfferCodesGetToManyRe
            latedFieldsSubscriptionOfferCodeOneTimeUseCodesItem] | Unset):
        fields_subscription_offer_code_custom_codes
            (list[SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodeCustomCodesItem] |
            Unset):
        fields_subscription_offer_code_prices
            (list[SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodePricesItem] |
            Unset):
        limit (int | Unset):
        include (list[SubscriptionsOfferCodesGetToManyRelatedIncludeItem] | Unset):
        limit_one_time_use_codes (int | Unset):
        limit_custom_codes (int | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionOfferCodesResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_territory=filter_territory,
            fields_subscription_offer_codes=fields_subscription_offer_codes,
            fields_subscriptions=fields_subscriptions,
            fields_subscription_offer_code_one_time_use_codes=fields_subscription_offer_code_one_time_use_codes,
            fields_subscription_offer_code_custom_codes=fields_subscription_offer_code_custom_codes,
            fields_subscription_offer_code_prices=fields_subscription_offer_code_prices,
            limit=limit,
            include=include,
            limit_one_time_use_codes=limit_one_time_use_codes,
            limit_custom_codes=limit_custom_codes,
            limit_prices=limit_prices,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[SubscriptionOfferCodesResponse] = SubscriptionOfferCodesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.subscription_offer_code import SubscriptionOfferCode

ITEM_TYPE: type[SubscriptionOfferCode] = SubscriptionOfferCode
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | SubscriptionOfferCodesResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
