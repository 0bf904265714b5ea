from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.subscriptions_images_get_to_many_related_fields_subscription_images_item import (
        SubscriptionsImagesGetToManyRelatedFieldsSubscriptionImagesItem,
    )
    from ...models.subscriptions_images_get_to_many_related_fields_subscriptions_item import (
        SubscriptionsImagesGetToManyRelatedFieldsSubscriptionsItem,
    )
    from ...models.subscriptions_images_get_to_many_related_include_item import (
        SubscriptionsImagesGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription_images_response import SubscriptionImagesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_subscription_images: list[SubscriptionsImagesGetToManyRelatedFieldsSubscriptionImagesItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsImagesGetToManyRelatedFieldsSubscriptionsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsImagesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[subscriptionImages]",
        "fields_subscription_images",
        fields_subscription_images,
        "SubscriptionsImagesGetToManyRelatedFieldsSubscriptionImagesItem",
    )
    _params.query_list(
        params,
        "fields[subscriptions]",
        "fields_subscriptions",
        fields_subscriptions,
        "SubscriptionsImagesGetToManyRelatedFieldsSubscriptionsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "SubscriptionsImagesGetToManyRelatedIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/subscriptions/{id}/images".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriptionImagesResponse | None:
    if response.status_code == 200:
        response_200 = SubscriptionImagesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriptionImagesResponse]:
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
    fields_subscription_images: list[SubscriptionsImagesGetToManyRelatedFieldsSubscriptionImagesItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsImagesGetToManyRelatedFieldsSubscriptionsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsImagesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionImagesResponse]:
    """``GET /v1/subscriptions/{id}/images`` (subscriptions_images_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-images


    Args:
        id (str):
        fields_subscription_images
            (list[SubscriptionsImagesGetToManyRelatedFieldsSubscriptionImagesItem] | Unset):
        fields_subscriptions (list[SubscriptionsImagesGetToManyRelatedFieldsSubscriptionsItem] |
            Unset):
        limit (int | Unset):
        include (list[SubscriptionsImagesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionImagesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscription_images=fields_subscription_images,
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
    fields_subscription_images: list[SubscriptionsImagesGetToManyRelatedFieldsSubscriptionImagesItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsImagesGetToManyRelatedFieldsSubscriptionsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsImagesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | SubscriptionImagesResponse | None:
    """``GET /v1/subscriptions/{id}/images`` (subscriptions_images_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-images


    Args:
        id (str):
        fields_subscription_images
            (list[SubscriptionsImagesGetToManyRelatedFieldsSubscriptionImagesItem] | Unset):
        fields_subscriptions (list[SubscriptionsImagesGetToManyRelatedFieldsSubscriptionsItem] |
            Unset):
        limit (int | Unset):
        include (list[SubscriptionsImagesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionImagesResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_subscription_images=fields_subscription_images,
        fields_subscriptions=fields_subscriptions,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_images: list[SubscriptionsImagesGetToManyRelatedFieldsSubscriptionImagesItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsImagesGetToManyRelatedFieldsSubscriptionsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsImagesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionImagesResponse]:
    """``GET /v1/subscriptions/{id}/images`` (subscriptions_images_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-images


    Args:
        id (str):
        fields_subscription_images
            (list[SubscriptionsImagesGetToManyRelatedFieldsSubscriptionImagesItem] | Unset):
        fields_subscriptions (list[SubscriptionsImagesGetToManyRelatedFieldsSubscriptionsItem] |
            Unset):
        limit (int | Unset):
        include (list[SubscriptionsImagesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionImagesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscription_images=fields_subscription_images,
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
    fields_subscription_images: list[SubscriptionsImagesGetToManyRelatedFieldsSubscriptionImagesItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsImagesGetToManyRelatedFieldsSubscriptionsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsImagesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | SubscriptionImagesResponse | None:
    """``GET /v1/subscriptions/{id}/images`` (subscriptions_images_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-images


    Args:
        id (str):
        fields_subscription_images
            (list[SubscriptionsImagesGetToManyRelatedFieldsSubscriptionImagesItem] | Unset):
        fields_subscriptions (list[SubscriptionsImagesGetToManyRelatedFieldsSubscriptionsItem] |
            Unset):
        limit (int | Unset):
        include (list[SubscriptionsImagesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionImagesResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_subscription_images=fields_subscription_images,
            fields_subscriptions=fields_subscriptions,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[SubscriptionImagesResponse] = SubscriptionImagesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.subscription_image import SubscriptionImage

ITEM_TYPE: type[SubscriptionImage] = SubscriptionImage
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | SubscriptionImagesResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
