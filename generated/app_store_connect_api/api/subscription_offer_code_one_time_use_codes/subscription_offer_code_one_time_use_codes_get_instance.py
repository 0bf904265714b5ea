from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.subscription_offer_code_one_time_use_codes_get_instance_fields_subscription_offer_code_one_time_use_codes_item import (
        SubscriptionOfferCodeOneTimeUseCodesGetInstanceFieldsSubscriptionOfferCodeOneTimeUseCodesItem,
    )
    from ...models.subscription_offer_code_one_time_use_codes_get_instance_fields_subscription_offer_codes_item import (
        SubscriptionOfferCodeOneTimeUseCodesGetInstanceFieldsSubscriptionOfferCodesItem,
    )
    from ...models.subscription_offer_code_one_time_use_codes_get_instance_include_item import (
        SubscriptionOfferCodeOneTimeUseCodesGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription_offer_code_one_time_use_code_response import (
    SubscriptionOfferCodeOneTimeUseCodeResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_subscription_offer_code_one_time_use_codes: list[
        SubscriptionOfferCodeOneTimeUseCodesGetInstanceFieldsSubscriptionOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_codes: list[
        SubscriptionOfferCodeOneTimeUseCodesGetInstanceFieldsSubscriptionOfferCodesItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionOfferCodeOneTimeUseCodesGetInstanceIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[subscriptionOfferCodeOneTimeUseCodes]",
        "fields_subscription_offer_code_one_time_use_codes",
        fields_subscription_offer_code_one_time_use_codes,
        "SubscriptionOfferCodeOneTimeUseCodesGetInstanceFieldsSubscriptionOfferCodeOneTimeUseCodesItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionOfferCodes]",
        "fields_subscription_offer_codes",
        fields_subscription_offer_codes,
        "SubscriptionOfferCodeOneTimeUseCodesGetInstanceFieldsSubscriptionOfferCodesItem",
    )
    _params.query_list(
        params, "include", "include", include, "SubscriptionOfferCodeOneTimeUseCodesGetInstanceIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/subscriptionOfferCodeOneTimeUseCodes/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriptionOfferCodeOneTimeUseCodeResponse | None:
    if response.status_code == 200:
        response_200 = SubscriptionOfferCodeOneTimeUseCodeResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriptionOfferCodeOneTimeUseCodeResponse]:
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
    fields_subscription_offer_code_one_time_use_codes: list[
        SubscriptionOfferCodeOneTimeUseCodesGetInstanceFieldsSubscriptionOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_codes: list[
        SubscriptionOfferCodeOneTimeUseCodesGetInstanceFieldsSubscriptionOfferCodesItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionOfferCodeOneTimeUseCodesGetInstanceIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionOfferCodeOneTimeUseCodeResponse]:
    """``GET /v1/subscriptionOfferCodeOneTimeUseCodes/{id}`` (subscriptionOfferCodeOneTimeUseCodes_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodeonetimeusecodes-_id_


    Args:
        id (str):
        fields_subscription_offer_code_one_time_use_codes (list[SubscriptionOfferCodeOneTimeUseCod
            esGetInstanceFieldsSubscriptionOfferCodeOneTimeUseCodesItem] | Unset):
        fields_subscription_offer_codes
            (list[SubscriptionOfferCodeOneTimeUseCodesGetInstanceFieldsSubscriptionOfferCodesItem] |
            Unset):
        include (list[SubscriptionOfferCodeOneTimeUseCodesGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionOfferCodeOneTimeUseCodeResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscription_offer_code_one_time_use_codes=fields_subscription_offer_code_one_time_use_codes,
        fields_subscription_offer_codes=fields_subscription_offer_codes,
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
    fields_subscription_offer_code_one_time_use_codes: list[
        SubscriptionOfferCodeOneTimeUseCodesGetInstanceFieldsSubscriptionOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_codes: list[
        SubscriptionOfferCodeOneTimeUseCodesGetInstanceFieldsSubscriptionOfferCodesItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionOfferCodeOneTimeUseCodesGetInstanceIncludeItem] | Unset = UNSET,
) -> ErrorResponse | SubscriptionOfferCodeOneTimeUseCodeResponse | None:
    """``GET /v1/subscriptionOfferCodeOneTimeUseCodes/{id}`` (subscriptionOfferCodeOneTimeUseCodes_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodeonetimeusecodes-_id_


    Args:
        id (str):
        fields_subscription_offer_code_one_time_use_codes (list[SubscriptionOfferCodeOneTimeUseCod
            esGetInstanceFieldsSubscriptionOfferCodeOneTimeUseCodesItem] | Unset):
        fields_subscription_offer_codes
            (list[SubscriptionOfferCodeOneTimeUseCodesGetInstanceFieldsSubscriptionOfferCodesItem] |
            Unset):
        include (list[SubscriptionOfferCodeOneTimeUseCodesGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionOfferCodeOneTimeUseCodeResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_subscription_offer_code_one_time_use_codes=fields_subscription_offer_code_one_time_use_codes,
        fields_subscription_offer_codes=fields_subscription_offer_codes,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_offer_code_one_time_use_codes: list[
        SubscriptionOfferCodeOneTimeUseCodesGetInstanceFieldsSubscriptionOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_codes: list[
        SubscriptionOfferCodeOneTimeUseCodesGetInstanceFieldsSubscriptionOfferCodesItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionOfferCodeOneTimeUseCodesGetInstanceIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionOfferCodeOneTimeUseCodeResponse]:
    """``GET /v1/subscriptionOfferCodeOneTimeUseCodes/{id}`` (subscriptionOfferCodeOneTimeUseCodes_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodeonetimeusecodes-_id_


    Args:
        id (str):
        fields_subscription_offer_code_one_time_use_codes (list[SubscriptionOfferCodeOneTimeUseCod
            esGetInstanceFieldsSubscriptionOfferCodeOneTimeUseCodesItem] | Unset):
        fields_subscription_offer_codes
            (list[SubscriptionOfferCodeOneTimeUseCodesGetInstanceFieldsSubscriptionOfferCodesItem] |
            Unset):
        include (list[SubscriptionOfferCodeOneTimeUseCodesGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionOfferCodeOneTimeUseCodeResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscription_offer_code_one_time_use_codes=fields_subscription_offer_code_one_time_use_codes,
        fields_subscription_offer_codes=fields_subscription_offer_codes,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_offer_code_one_time_use_codes: list[
        SubscriptionOfferCodeOneTimeUseCodesGetInstanceFieldsSubscriptionOfferCodeOneTimeUseCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_codes: list[
        SubscriptionOfferCodeOneTimeUseCodesGetInstanceFieldsSubscriptionOfferCodesItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionOfferCodeOneTimeUseCodesGetInstanceIncludeItem] | Unset = UNSET,
) -> ErrorResponse | SubscriptionOfferCodeOneTimeUseCodeResponse | None:
    """``GET /v1/subscriptionOfferCodeOneTimeUseCodes/{id}`` (subscriptionOfferCodeOneTimeUseCodes_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionoffercodeonetimeusecodes-_id_


    Args:
        id (str):
        fields_subscription_offer_code_one_time_use_codes (list[SubscriptionOfferCodeOneTimeUseCod
            esGetInstanceFieldsSubscriptionOfferCodeOneTimeUseCodesItem] | Unset):
        fields_subscription_offer_codes
            (list[SubscriptionOfferCodeOneTimeUseCodesGetInstanceFieldsSubscriptionOfferCodesItem] |
            Unset):
        include (list[SubscriptionOfferCodeOneTimeUseCodesGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionOfferCodeOneTimeUseCodeResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_subscription_offer_code_one_time_use_codes=fields_subscription_offer_code_one_time_use_codes,
            fields_subscription_offer_codes=fields_subscription_offer_codes,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[SubscriptionOfferCodeOneTimeUseCodeResponse] = SubscriptionOfferCodeOneTimeUseCodeResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | SubscriptionOfferCodeOneTimeUseCodeResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
