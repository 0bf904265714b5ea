from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.in_app_purchase_offer_codes_one_time_use_codes_get_to_many_related_fields_actors_item import (
        InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedFieldsActorsItem,
    )
    from ...models.in_app_purchase_offer_codes_one_time_use_codes_get_to_many_related_fields_in_app_purchase_offer_code_one_time_use_codes_item import (
        InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem,
    )
    from ...models.in_app_purchase_offer_codes_one_time_use_codes_get_to_many_related_include_item import (
        InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.in_app_purchase_offer_code_one_time_use_codes_response import (
    InAppPurchaseOfferCodeOneTimeUseCodesResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_in_app_purchase_offer_code_one_time_use_codes: list[
        InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_actors: list[InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedFieldsActorsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[inAppPurchaseOfferCodeOneTimeUseCodes]",
        "fields_in_app_purchase_offer_code_one_time_use_codes",
        fields_in_app_purchase_offer_code_one_time_use_codes,
        "InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem",
    )
    _params.query_list(
        params,
        "fields[actors]",
        "fields_actors",
        fields_actors,
        "InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedFieldsActorsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedIncludeItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/inAppPurchaseOfferCodes/{id}/oneTimeUseCodes".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InAppPurchaseOfferCodeOneTimeUseCodesResponse | None:
    if response.status_code == 200:
        response_200 = InAppPurchaseOfferCodeOneTimeUseCodesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | InAppPurchaseOfferCodeOneTimeUseCodesResponse]:
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
    fields_in_app_purchase_offer_code_one_time_use_codes: list[
        InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_actors: list[InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedFieldsActorsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchaseOfferCodeOneTimeUseCodesResponse]:
    """``GET /v1/inAppPurchaseOfferCodes/{id}/oneTimeUseCodes`` (inAppPurchaseOfferCodes_oneTimeUseCodes_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-onetimeusecodes


    Args:
        id (str):
        fields_in_app_purchase_offer_code_one_time_use_codes (list[InAppPurchaseOfferCodesOneTimeU
            seCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem] | Unset):
        fields_actors
            (list[InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedFieldsActorsItem] | Unset):
        limit (int | Unset):
        include (list[InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchaseOfferCodeOneTimeUseCodesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_in_app_purchase_offer_code_one_time_use_codes=fields_in_app_purchase_offer_code_one_time_use_codes,
        fields_actors=fields_actors,
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
    fields_in_app_purchase_offer_code_one_time_use_codes: list[
        InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_actors: list[InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedFieldsActorsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | InAppPurchaseOfferCodeOneTimeUseCodesResponse | None:
    """``GET /v1/inAppPurchaseOfferCodes/{id}/oneTimeUseCodes`` (inAppPurchaseOfferCodes_oneTimeUseCodes_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-onetimeusecodes


    Args:
        id (str):
        fields_in_app_purchase_offer_code_one_time_use_codes (list[InAppPurchaseOfferCodesOneTimeU
            seCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem] | Unset):
        fields_actors
            (list[InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedFieldsActorsItem] | Unset):
        limit (int | Unset):
        include (list[InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchaseOfferCodeOneTimeUseCodesResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_in_app_purchase_offer_code_one_time_use_codes=fields_in_app_purchase_offer_code_one_time_use_codes,
        fields_actors=fields_actors,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_in_app_purchase_offer_code_one_time_use_codes: list[
        InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_actors: list[InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedFieldsActorsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchaseOfferCodeOneTimeUseCodesResponse]:
    """``GET /v1/inAppPurchaseOfferCodes/{id}/oneTimeUseCodes`` (inAppPurchaseOfferCodes_oneTimeUseCodes_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-onetimeusecodes


    Args:
        id (str):
        fields_in_app_purchase_offer_code_one_time_use_codes (list[InAppPurchaseOfferCodesOneTimeU
            seCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem] | Unset):
        fields_actors
            (list[InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedFieldsActorsItem] | Unset):
        limit (int | Unset):
        include (list[InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchaseOfferCodeOneTimeUseCodesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_in_app_purchase_offer_code_one_time_use_codes=fields_in_app_purchase_offer_code_one_time_use_codes,
        fields_actors=fields_actors,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_in_app_purchase_offer_code_one_time_use_codes: list[
        InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_actors: list[InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedFieldsActorsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | InAppPurchaseOfferCodeOneTimeUseCodesResponse | None:
    """``GET /v1/inAppPurchaseOfferCodes/{id}/oneTimeUseCodes`` (inAppPurchaseOfferCodes_oneTimeUseCodes_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodes-_id_-onetimeusecodes


    Args:
        id (str):
        fields_in_app_purchase_offer_code_one_time_use_codes (list[InAppPurchaseOfferCodesOneTimeU
            seCodesGetToManyRelatedFieldsInAppPurchaseOfferCodeOneTimeUseCodesItem] | Unset):
        fields_actors
            (list[InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedFieldsActorsItem] | Unset):
        limit (int | Unset):
        include (list[InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchaseOfferCodeOneTimeUseCodesResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_in_app_purchase_offer_code_one_time_use_codes=fields_in_app_purchase_offer_code_one_time_use_codes,
            fields_actors=fields_actors,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[InAppPurchaseOfferCodeOneTimeUseCodesResponse] = (
    InAppPurchaseOfferCodeOneTimeUseCodesResponse
)
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.in_app_purchase_offer_code_one_time_use_code import InAppPurchaseOfferCodeOneTimeUseCode

ITEM_TYPE: type[InAppPurchaseOfferCodeOneTimeUseCode] = InAppPurchaseOfferCodeOneTimeUseCode
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | InAppPurchaseOfferCodeOneTimeUseCodesResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
