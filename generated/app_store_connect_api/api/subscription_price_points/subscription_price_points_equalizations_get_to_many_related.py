from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.subscription_price_points_equalizations_get_to_many_related_fields_subscription_price_points_item import (
        SubscriptionPricePointsEqualizationsGetToManyRelatedFieldsSubscriptionPricePointsItem,
    )
    from ...models.subscription_price_points_equalizations_get_to_many_related_fields_territories_item import (
        SubscriptionPricePointsEqualizationsGetToManyRelatedFieldsTerritoriesItem,
    )
    from ...models.subscription_price_points_equalizations_get_to_many_related_include_item import (
        SubscriptionPricePointsEqualizationsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription_price_points_response import SubscriptionPricePointsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_territory: list[str] | Unset = UNSET,
    filter_subscription: list[str] | Unset = UNSET,
    filter_upfront_price_point_id: list[str] | Unset = UNSET,
    filter_plan_type: list[str] | Unset = UNSET,
    fields_subscription_price_points: list[
        SubscriptionPricePointsEqualizationsGetToManyRelatedFieldsSubscriptionPricePointsItem
    ]
    | Unset = UNSET,
    fields_territories: list[SubscriptionPricePointsEqualizationsGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionPricePointsEqualizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[territory]", "filter_territory", filter_territory, str)
    _params.query_list(params, "filter[subscription]", "filter_subscription", filter_subscription, str)
    _params.query_list(
        params,
        "filter[upfrontPricePointId]",
        "filter_upfront_price_point_id",
        filter_upfront_price_point_id,
        str,
    )
    _params.query_list(params, "filter[planType]", "filter_plan_type", filter_plan_type, str)
    _params.query_list(
        params,
        "fields[subscriptionPricePoints]",
        "fields_subscription_price_points",
        fields_subscription_price_points,
        "SubscriptionPricePointsEqualizationsGetToManyRelatedFieldsSubscriptionPricePointsItem",
    )
    _params.query_list(
        params,
        "fields[territories]",
        "fields_territories",
        fields_territories,
        "SubscriptionPricePointsEqualizationsGetToManyRelatedFieldsTerritoriesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "SubscriptionPricePointsEqualizationsGetToManyRelatedIncludeItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/subscriptionPricePoints/{id}/equalizations".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriptionPricePointsResponse | None:
    if response.status_code == 200:
        response_200 = SubscriptionPricePointsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriptionPricePointsResponse]:
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
    filter_subscription: list[str] | Unset = UNSET,
    filter_upfront_price_point_id: list[str] | Unset = UNSET,
    filter_plan_type: list[str] | Unset = UNSET,
    fields_subscription_price_points: list[
        SubscriptionPricePointsEqualizationsGetToManyRelatedFieldsSubscriptionPricePointsItem
    ]
    | Unset = UNSET,
    fields_territories: list[SubscriptionPricePointsEqualizationsGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionPricePointsEqualizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionPricePointsResponse]:
    """``GET /v1/subscriptionPricePoints/{id}/equalizations`` (subscriptionPricePoints_equalizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_-equalizations


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        filter_subscription (list[str] | Unset):
        filter_upfront_price_point_id (list[str] | Unset):
        filter_plan_type (list[str] | Unset):
        fields_subscription_price_points (list[SubscriptionPricePointsEqualizationsGetToManyRelate
            dFieldsSubscriptionPricePointsItem] | Unset):
        fields_territories
            (list[SubscriptionPricePointsEqualizationsGetToManyRelatedFieldsTerritoriesItem] | Unset):
        limit (int | Unset):
        include (list[SubscriptionPricePointsEqualizationsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionPricePointsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_territory=filter_territory,
        filter_subscription=filter_subscription,
        filter_upfront_price_point_id=filter_upfront_price_point_id,
        filter_plan_type=filter_plan_type,
        fields_subscription_price_points=fields_subscription_price_points,
        fields_territories=fields_territories,
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
    filter_territory: list[str] | Unset = UNSET,
    filter_subscription: list[str] | Unset = UNSET,
    filter_upfront_price_point_id: list[str] | Unset = UNSET,
    filter_plan_type: list[str] | Unset = UNSET,
    fields_subscription_price_points: list[
        SubscriptionPricePointsEqualizationsGetToManyRelatedFieldsSubscriptionPricePointsItem
    ]
    | Unset = UNSET,
    fields_territories: list[SubscriptionPricePointsEqualizationsGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionPricePointsEqualizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | SubscriptionPricePointsResponse | None:
    """``GET /v1/subscriptionPricePoints/{id}/equalizations`` (subscriptionPricePoints_equalizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_-equalizations


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        filter_subscription (list[str] | Unset):
        filter_upfront_price_point_id (list[str] | Unset):
        filter_plan_type (list[str] | Unset):
        fields_subscription_price_points (list[SubscriptionPricePointsEqualizationsGetToManyRelate
            dFieldsSubscriptionPricePointsItem] | Unset):
        fields_territories
            (list[SubscriptionPricePointsEqualizationsGetToManyRelatedFieldsTerritoriesItem] | Unset):
        limit (int | Unset):
        include (list[SubscriptionPricePointsEqualizationsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionPricePointsResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_territory=filter_territory,
        filter_subscription=filter_subscription,
        filter_upfront_price_point_id=filter_upfront_price_point_id,
        filter_plan_type=filter_plan_type,
        fields_subscription_price_points=fields_subscription_price_points,
        fields_territories=fields_territories,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_territory: list[str] | Unset = UNSET,
    filter_subscription: list[str] | Unset = UNSET,
    filter_upfront_price_point_id: list[str] | Unset = UNSET,
    filter_plan_type: list[str] | Unset = UNSET,
    fields_subscription_price_points: list[
        SubscriptionPricePointsEqualizationsGetToManyRelatedFieldsSubscriptionPricePointsItem
    ]
    | Unset = UNSET,
    fields_territories: list[SubscriptionPricePointsEqualizationsGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionPricePointsEqualizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionPricePointsResponse]:
    """``GET /v1/subscriptionPricePoints/{id}/equalizations`` (subscriptionPricePoints_equalizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_-equalizations


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        filter_subscription (list[str] | Unset):
        filter_upfront_price_point_id (list[str] | Unset):
        filter_plan_type (list[str] | Unset):
        fields_subscription_price_points (list[SubscriptionPricePointsEqualizationsGetToManyRelate
            dFieldsSubscriptionPricePointsItem] | Unset):
        fields_territories
            (list[SubscriptionPricePointsEqualizationsGetToManyRelatedFieldsTerritoriesItem] | Unset):
        limit (int | Unset):
        include (list[SubscriptionPricePointsEqualizationsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionPricePointsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_territory=filter_territory,
        filter_subscription=filter_subscription,
        filter_upfront_price_point_id=filter_upfront_price_point_id,
        filter_plan_type=filter_plan_type,
        fields_subscription_price_points=fields_subscription_price_points,
        fields_territories=fields_territories,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_territory: list[str] | Unset = UNSET,
    filter_subscription: list[str] | Unset = UNSET,
    filter_upfront_price_point_id: list[str] | Unset = UNSET,
    filter_plan_type: list[str] | Unset = UNSET,
    fields_subscription_price_points: list[
        SubscriptionPricePointsEqualizationsGetToManyRelatedFieldsSubscriptionPricePointsItem
    ]
    | Unset = UNSET,
    fields_territories: list[SubscriptionPricePointsEqualizationsGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionPricePointsEqualizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | SubscriptionPricePointsResponse | None:
    """``GET /v1/subscriptionPricePoints/{id}/equalizations`` (subscriptionPricePoints_equalizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_-equalizations


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        filter_subscription (list[str] | Unset):
        filter_upfront_price_point_id (list[str] | Unset):
        filter_plan_type (list[str] | Unset):
        fields_subscription_price_points (list[SubscriptionPricePointsEqualizationsGetToManyRelate
            dFieldsSubscriptionPricePointsItem] | Unset):
        fields_territories
            (list[SubscriptionPricePointsEqualizationsGetToManyRelatedFieldsTerritoriesItem] | Unset):
        limit (int | Unset):
        include (list[SubscriptionPricePointsEqualizationsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionPricePointsResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_territory=filter_territory,
            filter_subscription=filter_subscription,
            filter_upfront_price_point_id=filter_upfront_price_point_id,
            filter_plan_type=filter_plan_type,
            fields_subscription_price_points=fields_subscription_price_points,
            fields_territories=fields_territories,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[SubscriptionPricePointsResponse] = SubscriptionPricePointsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.subscription_price_point import SubscriptionPricePoint

ITEM_TYPE: type[SubscriptionPricePoint] = SubscriptionPricePoint
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | SubscriptionPricePointsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
