from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.subscription_versions_get_instance_fields_subscription_images_item import (
        SubscriptionVersionsGetInstanceFieldsSubscriptionImagesItem,
    )
    from ...models.subscription_versions_get_instance_fields_subscription_localizations_item import (
        SubscriptionVersionsGetInstanceFieldsSubscriptionLocalizationsItem,
    )
    from ...models.subscription_versions_get_instance_fields_subscription_versions_item import (
        SubscriptionVersionsGetInstanceFieldsSubscriptionVersionsItem,
    )
    from ...models.subscription_versions_get_instance_fields_subscriptions_item import (
        SubscriptionVersionsGetInstanceFieldsSubscriptionsItem,
    )
    from ...models.subscription_versions_get_instance_include_item import (
        SubscriptionVersionsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription_version_response import SubscriptionVersionResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_subscription_versions: list[SubscriptionVersionsGetInstanceFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionVersionsGetInstanceFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_images: list[SubscriptionVersionsGetInstanceFieldsSubscriptionImagesItem]
    | Unset = UNSET,
    fields_subscription_localizations: list[
        SubscriptionVersionsGetInstanceFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[subscriptionVersions]",
        "fields_subscription_versions",
        fields_subscription_versions,
        "SubscriptionVersionsGetInstanceFieldsSubscriptionVersionsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptions]",
        "fields_subscriptions",
        fields_subscriptions,
        "SubscriptionVersionsGetInstanceFieldsSubscriptionsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionImages]",
        "fields_subscription_images",
        fields_subscription_images,
        "SubscriptionVersionsGetInstanceFieldsSubscriptionImagesItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionLocalizations]",
        "fields_subscription_localizations",
        fields_subscription_localizations,
        "SubscriptionVersionsGetInstanceFieldsSubscriptionLocalizationsItem",
    )
    _params.query_list(params, "include", "include", include, "SubscriptionVersionsGetInstanceIncludeItem")
    _params.query_value(params, "limit[images]", "limit_images", limit_images, int)
    _params.query_value(params, "limit[localizations]", "limit_localizations", limit_localizations, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/subscriptionVersions/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriptionVersionResponse | None:
    if response.status_code == 200:
        response_200 = SubscriptionVersionResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriptionVersionResponse]:
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
    fields_subscription_versions: list[SubscriptionVersionsGetInstanceFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionVersionsGetInstanceFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_images: list[SubscriptionVersionsGetInstanceFieldsSubscriptionImagesItem]
    | Unset = UNSET,
    fields_subscription_localizations: list[
        SubscriptionVersionsGetInstanceFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionVersionResponse]:
    """``GET /v1/subscriptionVersions/{id}`` (subscriptionVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_


    Args:
        id (str):
        fields_subscription_versions
            (list[SubscriptionVersionsGetInstanceFieldsSubscriptionVersionsItem] | Unset):
        fields_subscriptions (list[SubscriptionVersionsGetInstanceFieldsSubscriptionsItem] |
            Unset):
        fields_subscription_images
            (list[SubscriptionVersionsGetInstanceFieldsSubscriptionImagesItem] | Unset):
        fields_subscription_localizations
            (list[SubscriptionVersionsGetInstanceFieldsSubscriptionLocalizationsItem] | Unset):
        include (list[SubscriptionVersionsGetInstanceIncludeItem] | Unset):
        limit_images (int | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionVersionResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscription_versions=fields_subscription_versions,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_images=fields_subscription_images,
        fields_subscription_localizations=fields_subscription_localizations,
        include=include,
        limit_images=limit_images,
        limit_localizations=limit_localizations,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_versions: list[SubscriptionVersionsGetInstanceFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionVersionsGetInstanceFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_images: list[SubscriptionVersionsGetInstanceFieldsSubscriptionImagesItem]
    | Unset = UNSET,
    fields_subscription_localizations: list[
        SubscriptionVersionsGetInstanceFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> ErrorResponse | SubscriptionVersionResponse | None:
    """``GET /v1/subscriptionVersions/{id}`` (subscriptionVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_


    Args:
        id (str):
        fields_subscription_versions
            (list[SubscriptionVersionsGetInstanceFieldsSubscriptionVersionsItem] | Unset):
        fields_subscriptions (list[SubscriptionVersionsGetInstanceFieldsSubscriptionsItem] |
            Unset):
        fields_subscription_images
            (list[SubscriptionVersionsGetInstanceFieldsSubscriptionImagesItem] | Unset):
        fields_subscription_localizations
            (list[SubscriptionVersionsGetInstanceFieldsSubscriptionLocalizationsItem] | Unset):
        include (list[SubscriptionVersionsGetInstanceIncludeItem] | Unset):
        limit_images (int | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionVersionResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_subscription_versions=fields_subscription_versions,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_images=fields_subscription_images,
        fields_subscription_localizations=fields_subscription_localizations,
        include=include,
        limit_images=limit_images,
        limit_localizations=limit_localizations,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_versions: list[SubscriptionVersionsGetInstanceFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionVersionsGetInstanceFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_images: list[SubscriptionVersionsGetInstanceFieldsSubscriptionImagesItem]
    | Unset = UNSET,
    fields_subscription_localizations: list[
        SubscriptionVersionsGetInstanceFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionVersionResponse]:
    """``GET /v1/subscriptionVersions/{id}`` (subscriptionVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_


    Args:
        id (str):
        fields_subscription_versions
            (list[SubscriptionVersionsGetInstanceFieldsSubscriptionVersionsItem] | Unset):
        fields_subscriptions (list[SubscriptionVersionsGetInstanceFieldsSubscriptionsItem] |
            Unset):
        fields_subscription_images
            (list[SubscriptionVersionsGetInstanceFieldsSubscriptionImagesItem] | Unset):
        fields_subscription_localizations
            (list[SubscriptionVersionsGetInstanceFieldsSubscriptionLocalizationsItem] | Unset):
        include (list[SubscriptionVersionsGetInstanceIncludeItem] | Unset):
        limit_images (int | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionVersionResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscription_versions=fields_subscription_versions,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_images=fields_subscription_images,
        fields_subscription_localizations=fields_subscription_localizations,
        include=include,
        limit_images=limit_images,
        limit_localizations=limit_localizations,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_versions: list[SubscriptionVersionsGetInstanceFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionVersionsGetInstanceFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_images: list[SubscriptionVersionsGetInstanceFieldsSubscriptionImagesItem]
    | Unset = UNSET,
    fields_subscription_localizations: list[
        SubscriptionVersionsGetInstanceFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> ErrorResponse | SubscriptionVersionResponse | None:
    """``GET /v1/subscriptionVersions/{id}`` (subscriptionVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionversions-_id_


    Args:
        id (str):
        fields_subscription_versions
            (list[SubscriptionVersionsGetInstanceFieldsSubscriptionVersionsItem] | Unset):
        fields_subscriptions (list[SubscriptionVersionsGetInstanceFieldsSubscriptionsItem] |
            Unset):
        fields_subscription_images
            (list[SubscriptionVersionsGetInstanceFieldsSubscriptionImagesItem] | Unset):
        fields_subscription_localizations
            (list[SubscriptionVersionsGetInstanceFieldsSubscriptionLocalizationsItem] | Unset):
        include (list[SubscriptionVersionsGetInstanceIncludeItem] | Unset):
        limit_images (int | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionVersionResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_subscription_versions=fields_subscription_versions,
            fields_subscriptions=fields_subscriptions,
            fields_subscription_images=fields_subscription_images,
            fields_subscription_localizations=fields_subscription_localizations,
            include=include,
            limit_images=limit_images,
            limit_localizations=limit_localizations,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[SubscriptionVersionResponse] = SubscriptionVersionResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | SubscriptionVersionResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
