from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.subscriptions_subscription_localizations_get_to_many_related_fields_subscription_localizations_item import (
        SubscriptionsSubscriptionLocalizationsGetToManyRelatedFieldsSubscriptionLocalizationsItem,
    )
    from ...models.subscriptions_subscription_localizations_get_to_many_related_fields_subscriptions_item import (
        SubscriptionsSubscriptionLocalizationsGetToManyRelatedFieldsSubscriptionsItem,
    )
    from ...models.subscriptions_subscription_localizations_get_to_many_related_include_item import (
        SubscriptionsSubscriptionLocalizationsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription_localizations_response import SubscriptionLocalizationsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_subscription_localizations: list[
        SubscriptionsSubscriptionLocalizationsGetToManyRelatedFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsSubscriptionLocalizationsGetToManyRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsSubscriptionLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[subscriptionLocalizations]",
        "fields_subscription_localizations",
        fields_subscription_localizations,
        "SubscriptionsSubscriptionLocalizationsGetToManyRelatedFieldsSubscriptionLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptions]",
        "fields_subscriptions",
        fields_subscriptions,
        "SubscriptionsSubscriptionLocalizationsGetToManyRelatedFieldsSubscriptionsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "SubscriptionsSubscriptionLocalizationsGetToManyRelatedIncludeItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/subscriptions/{id}/subscriptionLocalizations".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriptionLocalizationsResponse | None:
    if response.status_code == 200:
        response_200 = SubscriptionLocalizationsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriptionLocalizationsResponse]:
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
    fields_subscription_localizations: list[
        SubscriptionsSubscriptionLocalizationsGetToManyRelatedFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsSubscriptionLocalizationsGetToManyRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsSubscriptionLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionLocalizationsResponse]:
    """``GET /v1/subscriptions/{id}/subscriptionLocalizations`` (subscriptions_subscriptionLocalizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-subscriptionlocalizations


    Args:
        id (str):
        fields_subscription_localizations (list[SubscriptionsSubscriptionLocalizationsGetToManyRel
            atedFieldsSubscriptionLocalizationsItem] | Unset):
        fields_subscriptions
            (list[SubscriptionsSubscriptionLocalizationsGetToManyRelatedFieldsSubscriptionsItem] |
            Unset):
        limit (int | Unset):
        include (list[SubscriptionsSubscriptionLocalizationsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionLocalizationsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscription_localizations=fields_subscription_localizations,
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
    fields_subscription_localizations: list[
        SubscriptionsSubscriptionLocalizationsGetToManyRelatedFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsSubscriptionLocalizationsGetToManyRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsSubscriptionLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | SubscriptionLocalizationsResponse | None:
    """``GET /v1/subscriptions/{id}/subscriptionLocalizations`` (subscriptions_subscriptionLocalizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-subscriptionlocalizations


    Args:
        id (str):
        fields_subscription_localizations (list[SubscriptionsSubscriptionLocalizationsGetToManyRel
            atedFieldsSubscriptionLocalizationsItem] | Unset):
        fields_subscriptions
            (list[SubscriptionsSubscriptionLocalizationsGetToManyRelatedFieldsSubscriptionsItem] |
            Unset):
        limit (int | Unset):
        include (list[SubscriptionsSubscriptionLocalizationsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionLocalizationsResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_subscription_localizations=fields_subscription_localizations,
        fields_subscriptions=fields_subscriptions,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_localizations: list[
        SubscriptionsSubscriptionLocalizationsGetToManyRelatedFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsSubscriptionLocalizationsGetToManyRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsSubscriptionLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionLocalizationsResponse]:
    """``GET /v1/subscriptions/{id}/subscriptionLocalizations`` (subscriptions_subscriptionLocalizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-subscriptionlocalizations


    Args:
        id (str):
        fields_subscription_localizations (list[SubscriptionsSubscriptionLocalizationsGetToManyRel
            atedFieldsSubscriptionLocalizationsItem] | Unset):
        fields_subscriptions
            (list[SubscriptionsSubscriptionLocalizationsGetToManyRelatedFieldsSubscriptionsItem] |
            Unset):
        limit (int | Unset):
        include (list[SubscriptionsSubscriptionLocalizationsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionLocalizationsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscription_localizations=fields_subscription_localizations,
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
    fields_subscription_localizations: list[
        SubscriptionsSubscriptionLocalizationsGetToManyRelatedFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsSubscriptionLocalizationsGetToManyRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsSubscriptionLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | SubscriptionLocalizationsResponse | None:
    """``GET /v1/subscriptions/{id}/subscriptionLocalizations`` (subscriptions_subscriptionLocalizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-subscriptionlocalizations


    Args:
        id (str):
        fields_subscription_localizations (list[SubscriptionsSubscriptionLocalizationsGetToManyRel
            atedFieldsSubscriptionLocalizationsItem] | Unset):
        fields_subscriptions
            (list[SubscriptionsSubscriptionLocalizationsGetToManyRelatedFieldsSubscriptionsItem] |
            Unset):
        limit (int | Unset):
        include (list[SubscriptionsSubscriptionLocalizationsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionLocalizationsResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_subscription_localizations=fields_subscription_localizations,
            fields_subscriptions=fields_subscriptions,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[SubscriptionLocalizationsResponse] = SubscriptionLocalizationsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.subscription_localization import SubscriptionLocalization

ITEM_TYPE: type[SubscriptionLocalization] = SubscriptionLocalization
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | SubscriptionLocalizationsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
