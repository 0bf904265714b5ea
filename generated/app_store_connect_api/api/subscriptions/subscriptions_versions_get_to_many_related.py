from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.subscriptions_versions_get_to_many_related_fields_subscription_images_item import (
        SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionImagesItem,
    )
    from ...models.subscriptions_versions_get_to_many_related_fields_subscription_localizations_item import (
        SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionLocalizationsItem,
    )
    from ...models.subscriptions_versions_get_to_many_related_fields_subscription_versions_item import (
        SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionVersionsItem,
    )
    from ...models.subscriptions_versions_get_to_many_related_fields_subscriptions_item import (
        SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionsItem,
    )
    from ...models.subscriptions_versions_get_to_many_related_filter_state_item import (
        SubscriptionsVersionsGetToManyRelatedFilterStateItem,
    )
    from ...models.subscriptions_versions_get_to_many_related_include_item import (
        SubscriptionsVersionsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription_versions_response import SubscriptionVersionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_state: list[SubscriptionsVersionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_subscription_versions: list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_images: list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionImagesItem]
    | Unset = UNSET,
    fields_subscription_localizations: list[
        SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[state]",
        "filter_state",
        filter_state,
        "SubscriptionsVersionsGetToManyRelatedFilterStateItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionVersions]",
        "fields_subscription_versions",
        fields_subscription_versions,
        "SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionVersionsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptions]",
        "fields_subscriptions",
        fields_subscriptions,
        "SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionImages]",
        "fields_subscription_images",
        fields_subscription_images,
        "SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionImagesItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionLocalizations]",
        "fields_subscription_localizations",
        fields_subscription_localizations,
        "SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionLocalizationsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "SubscriptionsVersionsGetToManyRelatedIncludeItem"
    )
    _params.query_value(params, "limit[images]", "limit_images", limit_images, int)
    _params.query_value(params, "limit[localizations]", "limit_localizations", limit_localizations, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/subscriptions/{id}/versions".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriptionVersionsResponse | None:
    if response.status_code == 200:
        response_200 = SubscriptionVersionsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriptionVersionsResponse]:
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
    filter_state: list[SubscriptionsVersionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_subscription_versions: list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_images: list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionImagesItem]
    | Unset = UNSET,
    fields_subscription_localizations: list[
        SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionVersionsResponse]:
    """``GET /v1/subscriptions/{id}/versions`` (subscriptions_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-versions


    Args:
        id (str):
        filter_state (list[SubscriptionsVersionsGetToManyRelatedFilterStateItem] | Unset):
        fields_subscription_versions
            (list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionVersionsItem] | Unset):
        fields_subscriptions (list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionsItem] |
            Unset):
        fields_subscription_images
            (list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionImagesItem] | Unset):
        fields_subscription_localizations
            (list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[SubscriptionsVersionsGetToManyRelatedIncludeItem] | Unset):
        limit_images (int | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionVersionsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_state=filter_state,
        fields_subscription_versions=fields_subscription_versions,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_images=fields_subscription_images,
        fields_subscription_localizations=fields_subscription_localizations,
        limit=limit,
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
    filter_state: list[SubscriptionsVersionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_subscription_versions: list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_images: list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionImagesItem]
    | Unset = UNSET,
    fields_subscription_localizations: list[
        SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> ErrorResponse | SubscriptionVersionsResponse | None:
    """``GET /v1/subscriptions/{id}/versions`` (subscriptions_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-versions


    Args:
        id (str):
        filter_state (list[SubscriptionsVersionsGetToManyRelatedFilterStateItem] | Unset):
        fields_subscription_versions
            (list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionVersionsItem] | Unset):
        fields_subscriptions (list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionsItem] |
            Unset):
        fields_subscription_images
            (list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionImagesItem] | Unset):
        fields_subscription_localizations
            (list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[SubscriptionsVersionsGetToManyRelatedIncludeItem] | Unset):
        limit_images (int | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionVersionsResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_state=filter_state,
        fields_subscription_versions=fields_subscription_versions,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_images=fields_subscription_images,
        fields_subscription_localizations=fields_subscription_localizations,
        limit=limit,
        include=include,
        limit_images=limit_images,
        limit_localizations=limit_localizations,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_state: list[SubscriptionsVersionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_subscription_versions: list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_images: list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionImagesItem]
    | Unset = UNSET,
    fields_subscription_localizations: list[
        SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionVersionsResponse]:
    """``GET /v1/subscriptions/{id}/versions`` (subscriptions_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-versions


    Args:
        id (str):
        filter_state (list[SubscriptionsVersionsGetToManyRelatedFilterStateItem] | Unset):
        fields_subscription_versions
            (list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionVersionsItem] | Unset):
        fields_subscriptions (list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionsItem] |
            Unset):
        fields_subscription_images
            (list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionImagesItem] | Unset):
        fields_subscription_localizations
            (list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[SubscriptionsVersionsGetToManyRelatedIncludeItem] | Unset):
        limit_images (int | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionVersionsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_state=filter_state,
        fields_subscription_versions=fields_subscription_versions,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_images=fields_subscription_images,
        fields_subscription_localizations=fields_subscription_localizations,
        limit=limit,
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
    filter_state: list[SubscriptionsVersionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_subscription_versions: list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_images: list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionImagesItem]
    | Unset = UNSET,
    fields_subscription_localizations: list[
        SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionsVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> ErrorResponse | SubscriptionVersionsResponse | None:
    """``GET /v1/subscriptions/{id}/versions`` (subscriptions_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-versions


    Args:
        id (str):
        filter_state (list[SubscriptionsVersionsGetToManyRelatedFilterStateItem] | Unset):
        fields_subscription_versions
            (list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionVersionsItem] | Unset):
        fields_subscriptions (list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionsItem] |
            Unset):
        fields_subscription_images
            (list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionImagesItem] | Unset):
        fields_subscription_localizations
            (list[SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[SubscriptionsVersionsGetToManyRelatedIncludeItem] | Unset):
        limit_images (int | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionVersionsResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_state=filter_state,
            fields_subscription_versions=fields_subscription_versions,
            fields_subscriptions=fields_subscriptions,
            fields_subscription_images=fields_subscription_images,
            fields_subscription_localizations=fields_subscription_localizations,
            limit=limit,
            include=include,
            limit_images=limit_images,
            limit_localizations=limit_localizations,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[SubscriptionVersionsResponse] = SubscriptionVersionsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.subscription_version import SubscriptionVersion

ITEM_TYPE: type[SubscriptionVersion] = SubscriptionVersion
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | SubscriptionVersionsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
