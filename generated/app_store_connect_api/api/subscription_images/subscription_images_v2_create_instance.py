from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription_image_v2_create_request import SubscriptionImageV2CreateRequest
from ...models.subscription_image_v2_response import SubscriptionImageV2Response
from ...types import Response


def _get_kwargs(
    *,
    body: SubscriptionImageV2CreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/subscriptionImages",
    }

    _kwargs["json"] = _params.json_body(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriptionImageV2Response | None:
    if response.status_code == 201:
        response_201 = SubscriptionImageV2Response.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

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
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionImageV2CreateRequest,
) -> Response[ErrorResponse | SubscriptionImageV2Response]:
    """``POST /v2/subscriptionImages`` (subscriptionImagesV2_createInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/post-v2-subscriptionimages


    Args:
        body (SubscriptionImageV2CreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionImageV2Response]

    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionImageV2CreateRequest,
) -> ErrorResponse | SubscriptionImageV2Response | None:
    """``POST /v2/subscriptionImages`` (subscriptionImagesV2_createInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/post-v2-subscriptionimages


    Args:
        body (SubscriptionImageV2CreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionImageV2Response

    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionImageV2CreateRequest,
) -> Response[ErrorResponse | SubscriptionImageV2Response]:
    """``POST /v2/subscriptionImages`` (subscriptionImagesV2_createInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/post-v2-subscriptionimages


    Args:
        body (SubscriptionImageV2CreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionImageV2Response]

    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionImageV2CreateRequest,
) -> ErrorResponse | SubscriptionImageV2Response | None:
    """``POST /v2/subscriptionImages`` (subscriptionImagesV2_createInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/post-v2-subscriptionimages


    Args:
        body (SubscriptionImageV2CreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionImageV2Response

    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
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
