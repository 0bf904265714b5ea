from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.in_app_purchase_offer_codes_get_instance_fields_in_app_purchase_offer_code_custom_codes_item import (
        InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodeCustomCodesItem,
    )
    from ...models.in_app_purchase_offer_codes_get_instance_fields_in_app_purchase_offer_code_one_time_use_codes_item import (
        InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem,
    )
    from ...models.in_app_purchase_offer_codes_get_instance_fields_in_app_purchase_offer_codes_item import (
        InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodesItem,
    )
    from ...models.in_app_purchase_offer_codes_get_instance_fields_in_app_purchase_offer_prices_item import (
        InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferPricesItem,
    )
    from ...models.in_app_purchase_offer_codes_get_instance_include_item import (
        InAppPurchaseOfferCodesGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.in_app_purchase_offer_code_response import InAppPurchaseOfferCodeResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_in_app_purchase_offer_codes: list[
        InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_code_one_time_use_codes: list[
        InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_code_custom_codes: list[
        InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodeCustomCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_prices: list[
        InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferPricesItem
    ]
    | Unset = UNSET,
    include: list[InAppPurchaseOfferCodesGetInstanceIncludeItem] | Unset = UNSET,
    limit_custom_codes: int | Unset = UNSET,
    limit_one_time_use_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[inAppPurchaseOfferCodes]",
        "fields_in_app_purchase_offer_codes",
        fields_in_app_purchase_offer_codes,
        "InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseOfferCodeOneTimeUseCodes]",
        "fields_in_app_purchase_offer_code_one_time_use_codes",
        fields_in_app_purchase_offer_code_one_time_use_codes,
        "InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseOfferCodeCustomCodes]",
        "fields_in_app_purchase_offer_code_custom_codes",
        fields_in_app_purchase_offer_code_custom_codes,
        "InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodeCustomCodesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseOfferPrices]",
        "fields_in_app_purchase_offer_prices",
        fields_in_app_purchase_offer_prices,
        "InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferPricesItem",
    )
    _params.query_list(params, "include", "include", include, "InAppPurchaseOfferCodesGetInstanceIncludeItem")
    _params.query_value(params, "limit[customCodes]", "limit_custom_codes", limit_custom_codes, int)
    _params.query_value(
        params, "limit[oneTimeUseCodes]", "limit_one_time_use_codes", limit_one_time_use_codes, int
    )
    _params.query_value(params, "limit[prices]", "limit_prices", limit_prices, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/inAppPurchaseOfferCodes/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InAppPurchaseOfferCodeResponse | None:
    if response.status_code == 200:
        response_200 = InAppPurchaseOfferCodeResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | InAppPurchaseOfferCodeResponse]:
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
    fields_in_app_purchase_offer_codes: list[
        InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_code_one_time_use_codes: list[
        InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_code_custom_codes: list[
        InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodeCustomCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_prices: list[
        InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferPricesItem
    ]
    | Unset = UNSET,
    include: list[InAppPurchaseOfferCodesGetInstanceIncludeItem] | Unset = UNSET,
    limit_custom_codes: int | Unset = UNSET,
    limit_one_time_use_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchaseOfferCodeResponse]:
    """``GET /v1/inAppPurchaseOfferCodes/{id}`` (inAppPurchaseOfferCodes_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_


    Args:
        id (str):
        fields_in_app_purchase_offer_codes
            (list[InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodesItem] | Unset):
        fields_in_app_purchase_offer_code_one_time_use_codes
            (list[InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem] |
            Unset):
        fields_in_app_purchase_offer_code_custom_codes
            (list[InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodeCustomCodesItem] |
            Unset):
        fields_in_app_purchase_offer_prices
            (list[InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferPricesItem] | Unset):
        include (list[InAppPurchaseOfferCodesGetInstanceIncludeItem] | Unset):
        limit_custom_codes (int | Unset):
        limit_one_time_use_codes (int | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchaseOfferCodeResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_in_app_purchase_offer_codes=fields_in_app_purchase_offer_codes,
        fields_in_app_purchase_offer_code_one_time_use_codes=fields_in_app_purchase_offer_code_one_time_use_codes,
        fields_in_app_purchase_offer_code_custom_codes=fields_in_app_purchase_offer_code_custom_codes,
        fields_in_app_purchase_offer_prices=fields_in_app_purchase_offer_prices,
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
    fields_in_app_purchase_offer_codes: list[
        InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_code_one_time_use_codes: list[
        InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_code_custom_codes: list[
        InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodeCustomCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_prices: list[
        InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferPricesItem
    ]
    | Unset = UNSET,
    include: list[InAppPurchaseOfferCodesGetInstanceIncludeItem] | Unset = UNSET,
    limit_custom_codes: int | Unset = UNSET,
    limit_one_time_use_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> ErrorResponse | InAppPurchaseOfferCodeResponse | None:
    """``GET /v1/inAppPurchaseOfferCodes/{id}`` (inAppPurchaseOfferCodes_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_


    Args:
        id (str):
        fields_in_app_purchase_offer_codes
            (list[InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodesItem] | Unset):
        fields_in_app_purchase_offer_code_one_time_use_codes
            (list[InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem] |
            Unset):
        fields_in_app_purchase_offer_code_custom_codes
            (list[InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodeCustomCodesItem] |
            Unset):
        fields_in_app_purchase_offer_prices
            (list[InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferPricesItem] | Unset):
        include (list[InAppPurchaseOfferCodesGetInstanceIncludeItem] | Unset):
        limit_custom_codes (int | Unset):
        limit_one_time_use_codes (int | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchaseOfferCodeResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_in_app_purchase_offer_codes=fields_in_app_purchase_offer_codes,
        fields_in_app_purchase_offer_code_one_time_use_codes=fields_in_app_purchase_offer_code_one_time_use_codes,
        fields_in_app_purchase_offer_code_custom_codes=fields_in_app_purchase_offer_code_custom_codes,
        fields_in_app_purchase_offer_prices=fields_in_app_purchase_offer_prices,
        include=include,
        limit_custom_codes=limit_custom_codes,
        limit_one_time_use_codes=limit_one_time_use_codes,
        limit_prices=limit_prices,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_in_app_purchase_offer_codes: list[
        InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_code_one_time_use_codes: list[
        InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_code_custom_codes: list[
        InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodeCustomCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_prices: list[
        InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferPricesItem
    ]
    | Unset = UNSET,
    include: list[InAppPurchaseOfferCodesGetInstanceIncludeItem] | Unset = UNSET,
    limit_custom_codes: int | Unset = UNSET,
    limit_one_time_use_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchaseOfferCodeResponse]:
    """``GET /v1/inAppPurchaseOfferCodes/{id}`` (inAppPurchaseOfferCodes_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_


    Args:
        id (str):
        fields_in_app_purchase_offer_codes
            (list[InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodesItem] | Unset):
        fields_in_app_purchase_offer_code_one_time_use_codes
            (list[InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem] |
            Unset):
        fields_in_app_purchase_offer_code_custom_codes
            (list[InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodeCustomCodesItem] |
            Unset):
        fields_in_app_purchase_offer_prices
            (list[InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferPricesItem] | Unset):
        include (list[InAppPurchaseOfferCodesGetInstanceIncludeItem] | Unset):
        limit_custom_codes (int | Unset):
        limit_one_time_use_codes (int | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchaseOfferCodeResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_in_app_purchase_offer_codes=fields_in_app_purchase_offer_codes,
        fields_in_app_purchase_offer_code_one_time_use_codes=fields_in_app_purchase_offer_code_one_time_use_codes,
        fields_in_app_purchase_offer_code_custom_codes=fields_in_app_purchase_offer_code_custom_codes,
        fields_in_app_purchase_offer_prices=fields_in_app_purchase_offer_prices,
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
    fields_in_app_purchase_offer_codes: list[
        InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_code_one_time_use_codes: list[
        InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_code_custom_codes: list[
        InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodeCustomCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_prices: list[
        InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferPricesItem
    ]
    | Unset = UNSET,
    include: list[InAppPurchaseOfferCodesGetInstanceIncludeItem] | Unset = UNSET,
    limit_custom_codes: int | Unset = UNSET,
    limit_one_time_use_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> ErrorResponse | InAppPurchaseOfferCodeResponse | None:
    """``GET /v1/inAppPurchaseOfferCodes/{id}`` (inAppPurchaseOfferCodes_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_


    Args:
        id (str):
        fields_in_app_purchase_offer_codes
            (list[InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodesItem] | Unset):
        fields_in_app_purchase_offer_code_one_time_use_codes
            (list[InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem] |
            Unset):
        fields_in_app_purchase_offer_code_custom_codes
            (list[InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferCodeCustomCodesItem] |
            Unset):
        fields_in_app_purchase_offer_prices
            (list[InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferPricesItem] | Unset):
        include (list[InAppPurchaseOfferCodesGetInstanceIncludeItem] | Unset):
        limit_custom_codes (int | Unset):
        limit_one_time_use_codes (int | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchaseOfferCodeResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_in_app_purchase_offer_codes=fields_in_app_purchase_offer_codes,
            fields_in_app_purchase_offer_code_one_time_use_codes=fields_in_app_purchase_offer_code_one_time_use_codes,
            fields_in_app_purchase_offer_code_custom_codes=fields_in_app_purchase_offer_code_custom_codes,
            fields_in_app_purchase_offer_prices=fields_in_app_purchase_offer_prices,
            include=include,
            limit_custom_codes=limit_custom_codes,
            limit_one_time_use_codes=limit_one_time_use_codes,
            limit_prices=limit_prices,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[InAppPurchaseOfferCodeResponse] = InAppPurchaseOfferCodeResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | InAppPurchaseOfferCodeResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
