from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.in_app_purchase_v2_in_app_purchase_localizations_linkages_response import (
    InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_value(params, "limit", "limit", limit, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/inAppPurchases/{id}/relationships/inAppPurchaseLocalizations".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse | None:
    if response.status_code == 200:
        response_200 = InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse]:
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
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse]:
    """``GET /v2/inAppPurchases/{id}/relationships/inAppPurchaseLocalizations`` (inAppPurchasesV2_inAppPurchaseLocalizations_getToManyRelationship):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-inapppurchaselocalizations


    Args:
        id (str):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
) -> ErrorResponse | InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse | None:
    """``GET /v2/inAppPurchases/{id}/relationships/inAppPurchaseLocalizations`` (inAppPurchasesV2_inAppPurchaseLocalizations_getToManyRelationship):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-inapppurchaselocalizations


    Args:
        id (str):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse]:
    """``GET /v2/inAppPurchases/{id}/relationships/inAppPurchaseLocalizations`` (inAppPurchasesV2_inAppPurchaseLocalizations_getToManyRelationship):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-inapppurchaselocalizations


    Args:
        id (str):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
) -> ErrorResponse | InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse | None:
    """``GET /v2/inAppPurchases/{id}/relationships/inAppPurchaseLocalizations`` (inAppPurchasesV2_inAppPurchaseLocalizations_getToManyRelationship):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-inapppurchaselocalizations


    Args:
        id (str):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            limit=limit,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse] = (
    InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse
)
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.in_app_purchase_v2_in_app_purchase_localizations_linkages_response_data_item import (
    InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponseDataItem,
)

ITEM_TYPE: type[InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponseDataItem] = (
    InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponseDataItem
)
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
