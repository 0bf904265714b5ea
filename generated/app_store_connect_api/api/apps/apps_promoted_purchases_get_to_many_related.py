from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_promoted_purchases_get_to_many_related_fields_in_app_purchases_item import (
        AppsPromotedPurchasesGetToManyRelatedFieldsInAppPurchasesItem,
    )
    from ...models.apps_promoted_purchases_get_to_many_related_fields_promoted_purchases_item import (
        AppsPromotedPurchasesGetToManyRelatedFieldsPromotedPurchasesItem,
    )
    from ...models.apps_promoted_purchases_get_to_many_related_fields_subscriptions_item import (
        AppsPromotedPurchasesGetToManyRelatedFieldsSubscriptionsItem,
    )
    from ...models.apps_promoted_purchases_get_to_many_related_include_item import (
        AppsPromotedPurchasesGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.promoted_purchases_response import PromotedPurchasesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_promoted_purchases: list[AppsPromotedPurchasesGetToManyRelatedFieldsPromotedPurchasesItem]
    | Unset = UNSET,
    fields_in_app_purchases: list[AppsPromotedPurchasesGetToManyRelatedFieldsInAppPurchasesItem]
    | Unset = UNSET,
    fields_subscriptions: list[AppsPromotedPurchasesGetToManyRelatedFieldsSubscriptionsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsPromotedPurchasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[promotedPurchases]",
        "fields_promoted_purchases",
        fields_promoted_purchases,
        "AppsPromotedPurchasesGetToManyRelatedFieldsPromotedPurchasesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchases]",
        "fields_in_app_purchases",
        fields_in_app_purchases,
        "AppsPromotedPurchasesGetToManyRelatedFieldsInAppPurchasesItem",
    )
    _params.query_list(
        params,
        "fields[subscriptions]",
        "fields_subscriptions",
        fields_subscriptions,
        "AppsPromotedPurchasesGetToManyRelatedFieldsSubscriptionsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "AppsPromotedPurchasesGetToManyRelatedIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/promotedPurchases".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PromotedPurchasesResponse | None:
    if response.status_code == 200:
        response_200 = PromotedPurchasesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | PromotedPurchasesResponse]:
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
    fields_promoted_purchases: list[AppsPromotedPurchasesGetToManyRelatedFieldsPromotedPurchasesItem]
    | Unset = UNSET,
    fields_in_app_purchases: list[AppsPromotedPurchasesGetToManyRelatedFieldsInAppPurchasesItem]
    | Unset = UNSET,
    fields_subscriptions: list[AppsPromotedPurchasesGetToManyRelatedFieldsSubscriptionsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsPromotedPurchasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | PromotedPurchasesResponse]:
    """``GET /v1/apps/{id}/promotedPurchases`` (apps_promotedPurchases_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-promotedpurchases


    Args:
        id (str):
        fields_promoted_purchases
            (list[AppsPromotedPurchasesGetToManyRelatedFieldsPromotedPurchasesItem] | Unset):
        fields_in_app_purchases
            (list[AppsPromotedPurchasesGetToManyRelatedFieldsInAppPurchasesItem] | Unset):
        fields_subscriptions (list[AppsPromotedPurchasesGetToManyRelatedFieldsSubscriptionsItem] |
            Unset):
        limit (int | Unset):
        include (list[AppsPromotedPurchasesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PromotedPurchasesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_promoted_purchases=fields_promoted_purchases,
        fields_in_app_purchases=fields_in_app_purchases,
        fields_subscriptions=fields_subscriptions,
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
    fields_promoted_purchases: list[AppsPromotedPurchasesGetToManyRelatedFieldsPromotedPurchasesItem]
    | Unset = UNSET,
    fields_in_app_purchases: list[AppsPromotedPurchasesGetToManyRelatedFieldsInAppPurchasesItem]
    | Unset = UNSET,
    fields_subscriptions: list[AppsPromotedPurchasesGetToManyRelatedFieldsSubscriptionsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsPromotedPurchasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | PromotedPurchasesResponse | None:
    """``GET /v1/apps/{id}/promotedPurchases`` (apps_promotedPurchases_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-promotedpurchases


    Args:
        id (str):
        fields_promoted_purchases
            (list[AppsPromotedPurchasesGetToManyRelatedFieldsPromotedPurchasesItem] | Unset):
        fields_in_app_purchases
            (list[AppsPromotedPurchasesGetToManyRelatedFieldsInAppPurchasesItem] | Unset):
        fields_subscriptions (list[AppsPromotedPurchasesGetToManyRelatedFieldsSubscriptionsItem] |
            Unset):
        limit (int | Unset):
        include (list[AppsPromotedPurchasesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PromotedPurchasesResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_promoted_purchases=fields_promoted_purchases,
        fields_in_app_purchases=fields_in_app_purchases,
        fields_subscriptions=fields_subscriptions,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_promoted_purchases: list[AppsPromotedPurchasesGetToManyRelatedFieldsPromotedPurchasesItem]
    | Unset = UNSET,
    fields_in_app_purchases: list[AppsPromotedPurchasesGetToManyRelatedFieldsInAppPurchasesItem]
    | Unset = UNSET,
    fields_subscriptions: list[AppsPromotedPurchasesGetToManyRelatedFieldsSubscriptionsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsPromotedPurchasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | PromotedPurchasesResponse]:
    """``GET /v1/apps/{id}/promotedPurchases`` (apps_promotedPurchases_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-promotedpurchases


    Args:
        id (str):
        fields_promoted_purchases
            (list[AppsPromotedPurchasesGetToManyRelatedFieldsPromotedPurchasesItem] | Unset):
        fields_in_app_purchases
            (list[AppsPromotedPurchasesGetToManyRelatedFieldsInAppPurchasesItem] | Unset):
        fields_subscriptions (list[AppsPromotedPurchasesGetToManyRelatedFieldsSubscriptionsItem] |
            Unset):
        limit (int | Unset):
        include (list[AppsPromotedPurchasesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PromotedPurchasesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_promoted_purchases=fields_promoted_purchases,
        fields_in_app_purchases=fields_in_app_purchases,
        fields_subscriptions=fields_subscriptions,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_promoted_purchases: list[AppsPromotedPurchasesGetToManyRelatedFieldsPromotedPurchasesItem]
    | Unset = UNSET,
    fields_in_app_purchases: list[AppsPromotedPurchasesGetToManyRelatedFieldsInAppPurchasesItem]
    | Unset = UNSET,
    fields_subscriptions: list[AppsPromotedPurchasesGetToManyRelatedFieldsSubscriptionsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsPromotedPurchasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | PromotedPurchasesResponse | None:
    """``GET /v1/apps/{id}/promotedPurchases`` (apps_promotedPurchases_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-promotedpurchases


    Args:
        id (str):
        fields_promoted_purchases
            (list[AppsPromotedPurchasesGetToManyRelatedFieldsPromotedPurchasesItem] | Unset):
        fields_in_app_purchases
            (list[AppsPromotedPurchasesGetToManyRelatedFieldsInAppPurchasesItem] | Unset):
        fields_subscriptions (list[AppsPromotedPurchasesGetToManyRelatedFieldsSubscriptionsItem] |
            Unset):
        limit (int | Unset):
        include (list[AppsPromotedPurchasesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PromotedPurchasesResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_promoted_purchases=fields_promoted_purchases,
            fields_in_app_purchases=fields_in_app_purchases,
            fields_subscriptions=fields_subscriptions,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[PromotedPurchasesResponse] = PromotedPurchasesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.promoted_purchase import PromotedPurchase

ITEM_TYPE: type[PromotedPurchase] = PromotedPurchase
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | PromotedPurchasesResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
