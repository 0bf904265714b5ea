from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.subscription_images_v2_get_instance_fields_subscription_images_item import (
        SubscriptionImagesV2GetInstanceFieldsSubscriptionImagesItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription_image_v2_response import SubscriptionImageV2Response
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_subscription_images: list[SubscriptionImagesV2GetInstanceFieldsSubscriptionImagesItem]
    | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[subscriptionImages]",
        "fields_subscription_images",
        fields_subscription_images,
        "SubscriptionImagesV2GetInstanceFieldsSubscriptionImagesItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/subscriptionImages/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriptionImageV2Response | None:
    if response.status_code == 200:
        response_200 = SubscriptionImageV2Response.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriptionImageV2Response]:
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
    fields_subscription_images: list[SubscriptionImagesV2GetInstanceFieldsSubscriptionImagesItem]
    | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionImageV2Response]:
    """``GET /v2/subscriptionImages/{id}`` (subscriptionImagesV2_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-subscriptionimages-_id_


    Args:
        id (str):
        fields_subscription_images
            (list[SubscriptionImagesV2GetInstanceFieldsSubscriptionImagesItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionImageV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscription_images=fields_subscription_images,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_images: list[SubscriptionImagesV2GetInstanceFieldsSubscriptionImagesItem]
    | Unset = UNSET,
) -> ErrorResponse | SubscriptionImageV2Response | None:
    """``GET /v2/subscriptionImages/{id}`` (subscriptionImagesV2_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-subscriptionimages-_id_


    Args:
        id (str):
        fields_subscription_images
            (list[SubscriptionImagesV2GetInstanceFieldsSubscriptionImagesItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionImageV2Response

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_subscription_images=fields_subscription_images,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_images: list[SubscriptionImagesV2GetInstanceFieldsSubscriptionImagesItem]
    | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionImageV2Response]:
    """``GET /v2/subscriptionImages/{id}`` (subscriptionImagesV2_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-subscriptionimages-_id_


    Args:
        id (str):
        fields_subscription_images
            (list[SubscriptionImagesV2GetInstanceFieldsSubscriptionImagesItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionImageV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscription_images=fields_subscription_images,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_images: list[SubscriptionImagesV2GetInstanceFieldsSubscriptionImagesItem]
    | Unset = UNSET,
) -> ErrorResponse | SubscriptionImageV2Response | None:
    """``GET /v2/subscriptionImages/{id}`` (subscriptionImagesV2_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-subscriptionimages-_id_


    Args:
        id (str):
        fields_subscription_images
            (list[SubscriptionImagesV2GetInstanceFieldsSubscriptionImagesItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionImageV2Response

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_subscription_images=fields_subscription_images,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[SubscriptionImageV2Response] = SubscriptionImageV2Response
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | SubscriptionImageV2Response]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
