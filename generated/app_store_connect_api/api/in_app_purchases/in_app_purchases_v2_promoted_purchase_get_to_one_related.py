from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.in_app_purchases_v2_promoted_purchase_get_to_one_related_fields_in_app_purchases_item import (
        InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsInAppPurchasesItem,
    )
    from ...models.in_app_purchases_v2_promoted_purchase_get_to_one_related_fields_promoted_purchases_item import (
        InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsPromotedPurchasesItem,
    )
    from ...models.in_app_purchases_v2_promoted_purchase_get_to_one_related_fields_subscriptions_item import (
        InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsSubscriptionsItem,
    )
    from ...models.in_app_purchases_v2_promoted_purchase_get_to_one_related_include_item import (
        InAppPurchasesV2PromotedPurchaseGetToOneRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.promoted_purchase_response import PromotedPurchaseResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_promoted_purchases: list[
        InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsPromotedPurchasesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchases: list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsInAppPurchasesItem]
    | Unset = UNSET,
    fields_subscriptions: list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    include: list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[promotedPurchases]",
        "fields_promoted_purchases",
        fields_promoted_purchases,
        "InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsPromotedPurchasesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchases]",
        "fields_in_app_purchases",
        fields_in_app_purchases,
        "InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsInAppPurchasesItem",
    )
    _params.query_list(
        params,
        "fields[subscriptions]",
        "fields_subscriptions",
        fields_subscriptions,
        "InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsSubscriptionsItem",
    )
    _params.query_list(
        params, "include", "include", include, "InAppPurchasesV2PromotedPurchaseGetToOneRelatedIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/inAppPurchases/{id}/promotedPurchase".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PromotedPurchaseResponse | None:
    if response.status_code == 200:
        response_200 = PromotedPurchaseResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | PromotedPurchaseResponse]:
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
    fields_promoted_purchases: list[
        InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsPromotedPurchasesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchases: list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsInAppPurchasesItem]
    | Unset = UNSET,
    fields_subscriptions: list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    include: list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | PromotedPurchaseResponse]:
    """``GET /v2/inAppPurchases/{id}/promotedPurchase`` (inAppPurchasesV2_promotedPurchase_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-promotedpurchase


    Args:
        id (str):
        fields_promoted_purchases
            (list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsPromotedPurchasesItem] |
            Unset):
        fields_in_app_purchases
            (list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsInAppPurchasesItem] | Unset):
        fields_subscriptions
            (list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsSubscriptionsItem] | Unset):
        include (list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PromotedPurchaseResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_promoted_purchases=fields_promoted_purchases,
        fields_in_app_purchases=fields_in_app_purchases,
        fields_subscriptions=fields_subscriptions,
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
    fields_promoted_purchases: list[
        InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsPromotedPurchasesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchases: list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsInAppPurchasesItem]
    | Unset = UNSET,
    fields_subscriptions: list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    include: list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | PromotedPurchaseResponse | None:
    """``GET /v2/inAppPurchases/{id}/promotedPurchase`` (inAppPurchasesV2_promotedPurchase_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-promotedpurchase


    Args:
        id (str):
        fields_promoted_purchases
            (list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsPromotedPurchasesItem] |
            Unset):
        fields_in_app_purchases
            (list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsInAppPurchasesItem] | Unset):
        fields_subscriptions
            (list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsSubscriptionsItem] | Unset):
        include (list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PromotedPurchaseResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_promoted_purchases=fields_promoted_purchases,
        fields_in_app_purchases=fields_in_app_purchases,
        fields_subscriptions=fields_subscriptions,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_promoted_purchases: list[
        InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsPromotedPurchasesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchases: list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsInAppPurchasesItem]
    | Unset = UNSET,
    fields_subscriptions: list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    include: list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | PromotedPurchaseResponse]:
    """``GET /v2/inAppPurchases/{id}/promotedPurchase`` (inAppPurchasesV2_promotedPurchase_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-promotedpurchase


    Args:
        id (str):
        fields_promoted_purchases
            (list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsPromotedPurchasesItem] |
            Unset):
        fields_in_app_purchases
            (list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsInAppPurchasesItem] | Unset):
        fields_subscriptions
            (list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsSubscriptionsItem] | Unset):
        include (list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PromotedPurchaseResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_promoted_purchases=fields_promoted_purchases,
        fields_in_app_purchases=fields_in_app_purchases,
        fields_subscriptions=fields_subscriptions,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_promoted_purchases: list[
        InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsPromotedPurchasesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchases: list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsInAppPurchasesItem]
    | Unset = UNSET,
    fields_subscriptions: list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    include: list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | PromotedPurchaseResponse | None:
    """``GET /v2/inAppPurchases/{id}/promotedPurchase`` (inAppPurchasesV2_promotedPurchase_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-promotedpurchase


    Args:
        id (str):
        fields_promoted_purchases
            (list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsPromotedPurchasesItem] |
            Unset):
        fields_in_app_purchases
            (list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsInAppPurchasesItem] | Unset):
        fields_subscriptions
            (list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsSubscriptionsItem] | Unset):
        include (list[InAppPurchasesV2PromotedPurchaseGetToOneRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PromotedPurchaseResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_promoted_purchases=fields_promoted_purchases,
            fields_in_app_purchases=fields_in_app_purchases,
            fields_subscriptions=fields_subscriptions,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[PromotedPurchaseResponse] = PromotedPurchaseResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | PromotedPurchaseResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
