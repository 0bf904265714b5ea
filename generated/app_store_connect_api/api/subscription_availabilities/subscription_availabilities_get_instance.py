from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.subscription_availabilities_get_instance_fields_subscription_availabilities_item import (
        SubscriptionAvailabilitiesGetInstanceFieldsSubscriptionAvailabilitiesItem,
    )
    from ...models.subscription_availabilities_get_instance_fields_territories_item import (
        SubscriptionAvailabilitiesGetInstanceFieldsTerritoriesItem,
    )
    from ...models.subscription_availabilities_get_instance_include_item import (
        SubscriptionAvailabilitiesGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription_availability_response import SubscriptionAvailabilityResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_subscription_availabilities: list[
        SubscriptionAvailabilitiesGetInstanceFieldsSubscriptionAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_territories: list[SubscriptionAvailabilitiesGetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    include: list[SubscriptionAvailabilitiesGetInstanceIncludeItem] | Unset = UNSET,
    limit_available_territories: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[subscriptionAvailabilities]",
        "fields_subscription_availabilities",
        fields_subscription_availabilities,
        "SubscriptionAvailabilitiesGetInstanceFieldsSubscriptionAvailabilitiesItem",
    )
    _params.query_list(
        params,
        "fields[territories]",
        "fields_territories",
        fields_territories,
        "SubscriptionAvailabilitiesGetInstanceFieldsTerritoriesItem",
    )
    _params.query_list(
        params, "include", "include", include, "SubscriptionAvailabilitiesGetInstanceIncludeItem"
    )
    _params.query_value(
        params, "limit[availableTerritories]", "limit_available_territories", limit_available_territories, int
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/subscriptionAvailabilities/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriptionAvailabilityResponse | None:
    if response.status_code == 200:
        response_200 = SubscriptionAvailabilityResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriptionAvailabilityResponse]:
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
    fields_subscription_availabilities: list[
        SubscriptionAvailabilitiesGetInstanceFieldsSubscriptionAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_territories: list[SubscriptionAvailabilitiesGetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    include: list[SubscriptionAvailabilitiesGetInstanceIncludeItem] | Unset = UNSET,
    limit_available_territories: int | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionAvailabilityResponse]:
    """``GET /v1/subscriptionAvailabilities/{id}`` (subscriptionAvailabilities_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionavailabilities-_id_


    Args:
        id (str):
        fields_subscription_availabilities
            (list[SubscriptionAvailabilitiesGetInstanceFieldsSubscriptionAvailabilitiesItem] | Unset):
        fields_territories (list[SubscriptionAvailabilitiesGetInstanceFieldsTerritoriesItem] |
            Unset):
        include (list[SubscriptionAvailabilitiesGetInstanceIncludeItem] | Unset):
        limit_available_territories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionAvailabilityResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscription_availabilities=fields_subscription_availabilities,
        fields_territories=fields_territories,
        include=include,
        limit_available_territories=limit_available_territories,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_availabilities: list[
        SubscriptionAvailabilitiesGetInstanceFieldsSubscriptionAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_territories: list[SubscriptionAvailabilitiesGetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    include: list[SubscriptionAvailabilitiesGetInstanceIncludeItem] | Unset = UNSET,
    limit_available_territories: int | Unset = UNSET,
) -> ErrorResponse | SubscriptionAvailabilityResponse | None:
    """``GET /v1/subscriptionAvailabilities/{id}`` (subscriptionAvailabilities_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionavailabilities-_id_


    Args:
        id (str):
        fields_subscription_availabilities
            (list[SubscriptionAvailabilitiesGetInstanceFieldsSubscriptionAvailabilitiesItem] | Unset):
        fields_territories (list[SubscriptionAvailabilitiesGetInstanceFieldsTerritoriesItem] |
            Unset):
        include (list[SubscriptionAvailabilitiesGetInstanceIncludeItem] | Unset):
        limit_available_territories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionAvailabilityResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_subscription_availabilities=fields_subscription_availabilities,
        fields_territories=fields_territories,
        include=include,
        limit_available_territories=limit_available_territories,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_availabilities: list[
        SubscriptionAvailabilitiesGetInstanceFieldsSubscriptionAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_territories: list[SubscriptionAvailabilitiesGetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    include: list[SubscriptionAvailabilitiesGetInstanceIncludeItem] | Unset = UNSET,
    limit_available_territories: int | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionAvailabilityResponse]:
    """``GET /v1/subscriptionAvailabilities/{id}`` (subscriptionAvailabilities_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionavailabilities-_id_


    Args:
        id (str):
        fields_subscription_availabilities
            (list[SubscriptionAvailabilitiesGetInstanceFieldsSubscriptionAvailabilitiesItem] | Unset):
        fields_territories (list[SubscriptionAvailabilitiesGetInstanceFieldsTerritoriesItem] |
            Unset):
        include (list[SubscriptionAvailabilitiesGetInstanceIncludeItem] | Unset):
        limit_available_territories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionAvailabilityResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscription_availabilities=fields_subscription_availabilities,
        fields_territories=fields_territories,
        include=include,
        limit_available_territories=limit_available_territories,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_availabilities: list[
        SubscriptionAvailabilitiesGetInstanceFieldsSubscriptionAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_territories: list[SubscriptionAvailabilitiesGetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    include: list[SubscriptionAvailabilitiesGetInstanceIncludeItem] | Unset = UNSET,
    limit_available_territories: int | Unset = UNSET,
) -> ErrorResponse | SubscriptionAvailabilityResponse | None:
    """``GET /v1/subscriptionAvailabilities/{id}`` (subscriptionAvailabilities_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionavailabilities-_id_


    Args:
        id (str):
        fields_subscription_availabilities
            (list[SubscriptionAvailabilitiesGetInstanceFieldsSubscriptionAvailabilitiesItem] | Unset):
        fields_territories (list[SubscriptionAvailabilitiesGetInstanceFieldsTerritoriesItem] |
            Unset):
        include (list[SubscriptionAvailabilitiesGetInstanceIncludeItem] | Unset):
        limit_available_territories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionAvailabilityResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_subscription_availabilities=fields_subscription_availabilities,
            fields_territories=fields_territories,
            include=include,
            limit_available_territories=limit_available_territories,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[SubscriptionAvailabilityResponse] = SubscriptionAvailabilityResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | SubscriptionAvailabilityResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
