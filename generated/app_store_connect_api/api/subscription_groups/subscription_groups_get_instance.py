from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.subscription_groups_get_instance_fields_subscription_group_localizations_item import (
        SubscriptionGroupsGetInstanceFieldsSubscriptionGroupLocalizationsItem,
    )
    from ...models.subscription_groups_get_instance_fields_subscription_group_versions_item import (
        SubscriptionGroupsGetInstanceFieldsSubscriptionGroupVersionsItem,
    )
    from ...models.subscription_groups_get_instance_fields_subscription_groups_item import (
        SubscriptionGroupsGetInstanceFieldsSubscriptionGroupsItem,
    )
    from ...models.subscription_groups_get_instance_fields_subscriptions_item import (
        SubscriptionGroupsGetInstanceFieldsSubscriptionsItem,
    )
    from ...models.subscription_groups_get_instance_include_item import (
        SubscriptionGroupsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription_group_response import SubscriptionGroupResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_subscription_groups: list[SubscriptionGroupsGetInstanceFieldsSubscriptionGroupsItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionGroupsGetInstanceFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_group_localizations: list[
        SubscriptionGroupsGetInstanceFieldsSubscriptionGroupLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscription_group_versions: list[SubscriptionGroupsGetInstanceFieldsSubscriptionGroupVersionsItem]
    | Unset = UNSET,
    include: list[SubscriptionGroupsGetInstanceIncludeItem] | Unset = UNSET,
    limit_subscription_group_localizations: int | Unset = UNSET,
    limit_subscriptions: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[subscriptionGroups]",
        "fields_subscription_groups",
        fields_subscription_groups,
        "SubscriptionGroupsGetInstanceFieldsSubscriptionGroupsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptions]",
        "fields_subscriptions",
        fields_subscriptions,
        "SubscriptionGroupsGetInstanceFieldsSubscriptionsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionGroupLocalizations]",
        "fields_subscription_group_localizations",
        fields_subscription_group_localizations,
        "SubscriptionGroupsGetInstanceFieldsSubscriptionGroupLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionGroupVersions]",
        "fields_subscription_group_versions",
        fields_subscription_group_versions,
        "SubscriptionGroupsGetInstanceFieldsSubscriptionGroupVersionsItem",
    )
    _params.query_list(params, "include", "include", include, "SubscriptionGroupsGetInstanceIncludeItem")
    _params.query_value(
        params,
        "limit[subscriptionGroupLocalizations]",
        "limit_subscription_group_localizations",
        limit_subscription_group_localizations,
        int,
    )
    _params.query_value(params, "limit[subscriptions]", "limit_subscriptions", limit_subscriptions, int)
    _params.query_value(params, "limit[versions]", "limit_versions", limit_versions, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/subscriptionGroups/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriptionGroupResponse | None:
    if response.status_code == 200:
        response_200 = SubscriptionGroupResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriptionGroupResponse]:
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
    fields_subscription_groups: list[SubscriptionGroupsGetInstanceFieldsSubscriptionGroupsItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionGroupsGetInstanceFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_group_localizations: list[
        SubscriptionGroupsGetInstanceFieldsSubscriptionGroupLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscription_group_versions: list[SubscriptionGroupsGetInstanceFieldsSubscriptionGroupVersionsItem]
    | Unset = UNSET,
    include: list[SubscriptionGroupsGetInstanceIncludeItem] | Unset = UNSET,
    limit_subscription_group_localizations: int | Unset = UNSET,
    limit_subscriptions: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionGroupResponse]:
    """``GET /v1/subscriptionGroups/{id}`` (subscriptionGroups_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_


    Args:
        id (str):
        fields_subscription_groups
            (list[SubscriptionGroupsGetInstanceFieldsSubscriptionGroupsItem] | Unset):
        fields_subscriptions (list[SubscriptionGroupsGetInstanceFieldsSubscriptionsItem] | Unset):
        fields_subscription_group_localizations
            (list[SubscriptionGroupsGetInstanceFieldsSubscriptionGroupLocalizationsItem] | Unset):
        fields_subscription_group_versions
            (list[SubscriptionGroupsGetInstanceFieldsSubscriptionGroupVersionsItem] | Unset):
        include (list[SubscriptionGroupsGetInstanceIncludeItem] | Unset):
        limit_subscription_group_localizations (int | Unset):
        limit_subscriptions (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionGroupResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscription_groups=fields_subscription_groups,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_group_localizations=fields_subscription_group_localizations,
        fields_subscription_group_versions=fields_subscription_group_versions,
        include=include,
        limit_subscription_group_localizations=limit_subscription_group_localizations,
        limit_subscriptions=limit_subscriptions,
        limit_versions=limit_versions,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_groups: list[SubscriptionGroupsGetInstanceFieldsSubscriptionGroupsItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionGroupsGetInstanceFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_group_localizations: list[
        SubscriptionGroupsGetInstanceFieldsSubscriptionGroupLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscription_group_versions: list[SubscriptionGroupsGetInstanceFieldsSubscriptionGroupVersionsItem]
    | Unset = UNSET,
    include: list[SubscriptionGroupsGetInstanceIncludeItem] | Unset = UNSET,
    limit_subscription_group_localizations: int | Unset = UNSET,
    limit_subscriptions: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | SubscriptionGroupResponse | None:
    """``GET /v1/subscriptionGroups/{id}`` (subscriptionGroups_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_


    Args:
        id (str):
        fields_subscription_groups
            (list[SubscriptionGroupsGetInstanceFieldsSubscriptionGroupsItem] | Unset):
        fields_subscriptions (list[SubscriptionGroupsGetInstanceFieldsSubscriptionsItem] | Unset):
        fields_subscription_group_localizations
            (list[SubscriptionGroupsGetInstanceFieldsSubscriptionGroupLocalizationsItem] | Unset):
        fields_subscription_group_versions
            (list[SubscriptionGroupsGetInstanceFieldsSubscriptionGroupVersionsItem] | Unset):
        include (list[SubscriptionGroupsGetInstanceIncludeItem] | Unset):
        limit_subscription_group_localizations (int | Unset):
        limit_subscriptions (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionGroupResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_subscription_groups=fields_subscription_groups,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_group_localizations=fields_subscription_group_localizations,
        fields_subscription_group_versions=fields_subscription_group_versions,
        include=include,
        limit_subscription_group_localizations=limit_subscription_group_localizations,
        limit_subscriptions=limit_subscriptions,
        limit_versions=limit_versions,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_groups: list[SubscriptionGroupsGetInstanceFieldsSubscriptionGroupsItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionGroupsGetInstanceFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_group_localizations: list[
        SubscriptionGroupsGetInstanceFieldsSubscriptionGroupLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscription_group_versions: list[SubscriptionGroupsGetInstanceFieldsSubscriptionGroupVersionsItem]
    | Unset = UNSET,
    include: list[SubscriptionGroupsGetInstanceIncludeItem] | Unset = UNSET,
    limit_subscription_group_localizations: int | Unset = UNSET,
    limit_subscriptions: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionGroupResponse]:
    """``GET /v1/subscriptionGroups/{id}`` (subscriptionGroups_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_


    Args:
        id (str):
        fields_subscription_groups
            (list[SubscriptionGroupsGetInstanceFieldsSubscriptionGroupsItem] | Unset):
        fields_subscriptions (list[SubscriptionGroupsGetInstanceFieldsSubscriptionsItem] | Unset):
        fields_subscription_group_localizations
            (list[SubscriptionGroupsGetInstanceFieldsSubscriptionGroupLocalizationsItem] | Unset):
        fields_subscription_group_versions
            (list[SubscriptionGroupsGetInstanceFieldsSubscriptionGroupVersionsItem] | Unset):
        include (list[SubscriptionGroupsGetInstanceIncludeItem] | Unset):
        limit_subscription_group_localizations (int | Unset):
        limit_subscriptions (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionGroupResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscription_groups=fields_subscription_groups,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_group_localizations=fields_subscription_group_localizations,
        fields_subscription_group_versions=fields_subscription_group_versions,
        include=include,
        limit_subscription_group_localizations=limit_subscription_group_localizations,
        limit_subscriptions=limit_subscriptions,
        limit_versions=limit_versions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_groups: list[SubscriptionGroupsGetInstanceFieldsSubscriptionGroupsItem]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionGroupsGetInstanceFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_group_localizations: list[
        SubscriptionGroupsGetInstanceFieldsSubscriptionGroupLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscription_group_versions: list[SubscriptionGroupsGetInstanceFieldsSubscriptionGroupVersionsItem]
    | Unset = UNSET,
    include: list[SubscriptionGroupsGetInstanceIncludeItem] | Unset = UNSET,
    limit_subscription_group_localizations: int | Unset = UNSET,
    limit_subscriptions: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | SubscriptionGroupResponse | None:
    """``GET /v1/subscriptionGroups/{id}`` (subscriptionGroups_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_


    Args:
        id (str):
        fields_subscription_groups
            (list[SubscriptionGroupsGetInstanceFieldsSubscriptionGroupsItem] | Unset):
        fields_subscriptions (list[SubscriptionGroupsGetInstanceFieldsSubscriptionsItem] | Unset):
        fields_subscription_group_localizations
            (list[SubscriptionGroupsGetInstanceFieldsSubscriptionGroupLocalizationsItem] | Unset):
        fields_subscription_group_versions
            (list[SubscriptionGroupsGetInstanceFieldsSubscriptionGroupVersionsItem] | Unset):
        include (list[SubscriptionGroupsGetInstanceIncludeItem] | Unset):
        limit_subscription_group_localizations (int | Unset):
        limit_subscriptions (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionGroupResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_subscription_groups=fields_subscription_groups,
            fields_subscriptions=fields_subscriptions,
            fields_subscription_group_localizations=fields_subscription_group_localizations,
            fields_subscription_group_versions=fields_subscription_group_versions,
            include=include,
            limit_subscription_group_localizations=limit_subscription_group_localizations,
            limit_subscriptions=limit_subscriptions,
            limit_versions=limit_versions,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[SubscriptionGroupResponse] = SubscriptionGroupResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | SubscriptionGroupResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
