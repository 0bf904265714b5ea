from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.in_app_purchases_v2_offer_codes_get_to_many_related_fields_in_app_purchase_offer_code_custom_codes_item import (
        InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeCustomCodesItem,
    )
    from ...models.in_app_purchases_v2_offer_codes_get_to_many_related_fields_in_app_purchase_offer_code_one_time_use_codes_item import (
        InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem,
    )
    from ...models.in_app_purchases_v2_offer_codes_get_to_many_related_fields_in_app_purchase_offer_codes_item import (
        InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodesItem,
    )
    from ...models.in_app_purchases_v2_offer_codes_get_to_many_related_fields_in_app_purchase_offer_prices_item import (
        InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferPricesItem,
    )
    from ...models.in_app_purchases_v2_offer_codes_get_to_many_related_include_item import (
        InAppPurchasesV2OfferCodesGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.in_app_purchase_offer_codes_response import InAppPurchaseOfferCodesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_territory: list[str] | Unset = UNSET,
    fields_in_app_purchase_offer_codes: list[
        InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_code_one_time_use_codes: list[
        InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_code_custom_codes: list[
        InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeCustomCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_prices: list[
        InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferPricesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchasesV2OfferCodesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_one_time_use_codes: int | Unset = UNSET,
    limit_custom_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[territory]", "filter_territory", filter_territory, str)
    _params.query_list(
        params,
        "fields[inAppPurchaseOfferCodes]",
        "fields_in_app_purchase_offer_codes",
        fields_in_app_purchase_offer_codes,
        "InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseOfferCodeOneTimeUseCodes]",
        "fields_in_app_purchase_offer_code_one_time_use_codes",
        fields_in_app_purchase_offer_code_one_time_use_codes,
        "InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseOfferCodeCustomCodes]",
        "fields_in_app_purchase_offer_code_custom_codes",
        fields_in_app_purchase_offer_code_custom_codes,
        "InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeCustomCodesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseOfferPrices]",
        "fields_in_app_purchase_offer_prices",
        fields_in_app_purchase_offer_prices,
        "InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferPricesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "InAppPurchasesV2OfferCodesGetToManyRelatedIncludeItem"
    )
    _params.query_value(
        params, "limit[oneTimeUseCodes]", "limit_one_time_use_codes", limit_one_time_use_codes, int
    )
    _params.query_value(params, "limit[customCodes]", "limit_custom_codes", limit_custom_codes, int)
    _params.query_value(params, "limit[prices]", "limit_prices", limit_prices, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/inAppPurchases/{id}/offerCodes".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InAppPurchaseOfferCodesResponse | None:
    if response.status_code == 200:
        response_200 = InAppPurchaseOfferCodesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | InAppPurchaseOfferCodesResponse]:
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
    fields_in_app_purchase_offer_codes: list[
        InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_code_one_time_use_codes: list[
        InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_code_custom_codes: list[
        InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeCustomCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_prices: list[
        InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferPricesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchasesV2OfferCodesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_one_time_use_codes: int | Unset = UNSET,
    limit_custom_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchaseOfferCodesResponse]:
    """``GET /v2/inAppPurchases/{id}/offerCodes`` (inAppPurchasesV2_offerCodes_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-offercodes


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        fields_in_app_purchase_offer_codes
            (list[InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodesItem] |
            Unset):
        fields_in_app_purchase_offer_code_one_time_use_codes (list[InAppPurchasesV2OfferCodesGetTo
            ManyRelatedFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem] | Unset):
        fields_in_app_purchase_offer_code_custom_codes (list[InAppPurchasesV2OfferCodesGetToManyRe
            latedFieldsInAppPurchaseOfferCodeCustomCodesItem] | Unset):
        fields_in_app_purchase_offer_prices
            (list[InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferPricesItem] |
            Unset):
        limit (int | Unset):
        include (list[InAppPurchasesV2OfferCodesGetToManyRelatedIncludeItem] | Unset):
        limit_one_time_use_codes (int | Unset):
        limit_custom_codes (int | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchaseOfferCodesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_territory=filter_territory,
        fields_in_app_purchase_offer_codes=fields_in_app_purchase_offer_codes,
        fields_in_app_purchase_offer_code_one_time_use_codes=fields_in_app_purchase_offer_code_one_time_use_codes,
        fields_in_app_purchase_offer_code_custom_codes=fields_in_app_purchase_offer_code_custom_codes,
        fields_in_app_purchase_offer_prices=fields_in_app_purchase_offer_prices,
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
    fields_in_app_purchase_offer_codes: list[
        InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_code_one_time_use_codes: list[
        InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_code_custom_codes: list[
        InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeCustomCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_prices: list[
        InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferPricesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchasesV2OfferCodesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_one_time_use_codes: int | Unset = UNSET,
    limit_custom_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> ErrorResponse | InAppPurchaseOfferCodesResponse | None:
    """``GET /v2/inAppPurchases/{id}/offerCodes`` (inAppPurchasesV2_offerCodes_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-offercodes


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        fields_in_app_purchase_offer_codes
            (list[InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodesItem] |
            Unset):
        fields_in_app_purchase_offer_code_one_time_use_codes (list[InAppPurchasesV2OfferCodesGetTo
            ManyRelatedFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem] | Unset):
        fields_in_app_purchase_offer_code_custom_codes (list[InAppPurchasesV2OfferCodesGetToManyRe
            latedFieldsInAppPurchaseOfferCodeCustomCodesItem] | Unset):
        fields_in_app_purchase_offer_prices
            (list[InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferPricesItem] |
            Unset):
        limit (int | Unset):
        include (list[InAppPurchasesV2OfferCodesGetToManyRelatedIncludeItem] | Unset):
        limit_one_time_use_codes (int | Unset):
        limit_custom_codes (int | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchaseOfferCodesResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_territory=filter_territory,
        fields_in_app_purchase_offer_codes=fields_in_app_purchase_offer_codes,
        fields_in_app_purchase_offer_code_one_time_use_codes=fields_in_app_purchase_offer_code_one_time_use_codes,
        fields_in_app_purchase_offer_code_custom_codes=fields_in_app_purchase_offer_code_custom_codes,
        fields_in_app_purchase_offer_prices=fields_in_app_purchase_offer_prices,
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
    fields_in_app_purchase_offer_codes: list[
        InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_code_one_time_use_codes: list[
        InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_code_custom_codes: list[
        InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeCustomCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_prices: list[
        InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferPricesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchasesV2OfferCodesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_one_time_use_codes: int | Unset = UNSET,
    limit_custom_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchaseOfferCodesResponse]:
    """``GET /v2/inAppPurchases/{id}/offerCodes`` (inAppPurchasesV2_offerCodes_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-offercodes


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        fields_in_app_purchase_offer_codes
            (list[InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodesItem] |
            Unset):
        fields_in_app_purchase_offer_code_one_time_use_codes (list[InAppPurchasesV2OfferCodesGetTo
            ManyRelatedFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem] | Unset):
        fields_in_app_purchase_offer_code_custom_codes (list[InAppPurchasesV2OfferCodesGetToManyRe
            latedFieldsInAppPurchaseOfferCodeCustomCodesItem] | Unset):
        fields_in_app_purchase_offer_prices
            (list[InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferPricesItem] |
            Unset):
        limit (int | Unset):
        include (list[InAppPurchasesV2OfferCodesGetToManyRelatedIncludeItem] | Unset):
        limit_one_time_use_codes (int | Unset):
        limit_custom_codes (int | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchaseOfferCodesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_territory=filter_territory,
        fields_in_app_purchase_offer_codes=fields_in_app_purchase_offer_codes,
        fields_in_app_purchase_offer_code_one_time_use_codes=fields_in_app_purchase_offer_code_one_time_use_codes,
        fields_in_app_purchase_offer_code_custom_codes=fields_in_app_purchase_offer_code_custom_codes,
        fields_in_app_purchase_offer_prices=fields_in_app_purchase_offer_prices,
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
    fields_in_app_purchase_offer_codes: list[
        InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_code_one_time_use_codes: list[
        InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_code_custom_codes: list[
        InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeCustomCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_offer_prices: list[
        InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferPricesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchasesV2OfferCodesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_one_time_use_codes: int | Unset = UNSET,
    limit_custom_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
) -> ErrorResponse | InAppPurchaseOfferCodesResponse | None:
    """``GET /v2/inAppPurchases/{id}/offerCodes`` (inAppPurchasesV2_offerCodes_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-offercodes


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        fields_in_app_purchase_offer_codes
            (list[InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodesItem] |
            Unset):
        fields_in_app_purchase_offer_code_one_time_use_codes (list[InAppPurchasesV2OfferCodesGetTo
            ManyRelatedFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem] | Unset):
        fields_in_app_purchase_offer_code_custom_codes (list[InAppPurchasesV2OfferCodesGetToManyRe
            latedFieldsInAppPurchaseOfferCodeCustomCodesItem] | Unset):
        fields_in_app_purchase_offer_prices
            (list[InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferPricesItem] |
            Unset):
        limit (int | Unset):
        include (list[InAppPurchasesV2OfferCodesGetToManyRelatedIncludeItem] | Unset):
        limit_one_time_use_codes (int | Unset):
        limit_custom_codes (int | Unset):
        limit_prices (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchaseOfferCodesResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_territory=filter_territory,
            fields_in_app_purchase_offer_codes=fields_in_app_purchase_offer_codes,
            fields_in_app_purchase_offer_code_one_time_use_codes=fields_in_app_purchase_offer_code_one_time_use_codes,
            fields_in_app_purchase_offer_code_custom_codes=fields_in_app_purchase_offer_code_custom_codes,
            fields_in_app_purchase_offer_prices=fields_in_app_purchase_offer_prices,
            limit=limit,
            include=include,
            limit_one_time_use_codes=limit_one_time_use_codes,
            limit_custom_codes=limit_custom_codes,
            limit_prices=limit_prices,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[InAppPurchaseOfferCodesResponse] = InAppPurchaseOfferCodesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.in_app_purchase_offer_code import InAppPurchaseOfferCode

ITEM_TYPE: type[InAppPurchaseOfferCode] = InAppPurchaseOfferCode
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | InAppPurchaseOfferCodesResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
