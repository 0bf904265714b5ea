from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_subscription_groups_get_to_many_related_fields_subscription_group_localizations_item import (
        AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupLocalizationsItem,
    )
    from ...models.apps_subscription_groups_get_to_many_related_fields_subscription_group_versions_item import (
        AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupVersionsItem,
    )
    from ...models.apps_subscription_groups_get_to_many_related_fields_subscription_groups_item import (
        AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupsItem,
    )
    from ...models.apps_subscription_groups_get_to_many_related_fields_subscriptions_item import (
        AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionsItem,
    )
    from ...models.apps_subscription_groups_get_to_many_related_filter_subscriptions_state_item import (
        AppsSubscriptionGroupsGetToManyRelatedFilterSubscriptionsStateItem,
    )
    from ...models.apps_subscription_groups_get_to_many_related_include_item import (
        AppsSubscriptionGroupsGetToManyRelatedIncludeItem,
    )
    from ...models.apps_subscription_groups_get_to_many_related_sort_item import (
        AppsSubscriptionGroupsGetToManyRelatedSortItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription_groups_response import SubscriptionGroupsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_reference_name: list[str] | Unset = UNSET,
    filter_subscriptions_state: list[AppsSubscriptionGroupsGetToManyRelatedFilterSubscriptionsStateItem]
    | Unset = UNSET,
    sort: list[AppsSubscriptionGroupsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_subscription_groups: list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupsItem]
    | Unset = UNSET,
    fields_subscriptions: list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_group_localizations: list[
        AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscription_group_versions: list[
        AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsSubscriptionGroupsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_subscriptions: int | Unset = UNSET,
    limit_subscription_group_localizations: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[referenceName]", "filter_reference_name", filter_reference_name, str)
    _params.query_list(
        params,
        "filter[subscriptions.state]",
        "filter_subscriptions_state",
        filter_subscriptions_state,
        "AppsSubscriptionGroupsGetToManyRelatedFilterSubscriptionsStateItem",
    )
    _params.query_list(params, "sort", "sort", sort, "AppsSubscriptionGroupsGetToManyRelatedSortItem")
    _params.query_list(
        params,
        "fields[subscriptionGroups]",
        "fields_subscription_groups",
        fields_subscription_groups,
        "AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptions]",
        "fields_subscriptions",
        fields_subscriptions,
        "AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionGroupLocalizations]",
        "fields_subscription_group_localizations",
        fields_subscription_group_localizations,
        "AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionGroupVersions]",
        "fields_subscription_group_versions",
        fields_subscription_group_versions,
        "AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupVersionsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "AppsSubscriptionGroupsGetToManyRelatedIncludeItem"
    )
    _params.query_value(params, "limit[subscriptions]", "limit_subscriptions", limit_subscriptions, int)
    _params.query_value(
        params,
        "limit[subscriptionGroupLocalizations]",
        "limit_subscription_group_localizations",
        limit_subscription_group_localizations,
        int,
    )
    _params.query_value(params, "limit[versions]", "limit_versions", limit_versions, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/subscriptionGroups".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriptionGroupsResponse | None:
    if response.status_code == 200:
        response_200 = SubscriptionGroupsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriptionGroupsResponse]:
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
    filter_reference_name: list[str] | Unset = UNSET,
    filter_subscriptions_state: list[AppsSubscriptionGroupsGetToManyRelatedFilterSubscriptionsStateItem]
    | Unset = UNSET,
    sort: list[AppsSubscriptionGroupsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_subscription_groups: list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupsItem]
    | Unset = UNSET,
    fields_subscriptions: list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_group_localizations: list[
        AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscription_group_versions: list[
        AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsSubscriptionGroupsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_subscriptions: int | Unset = UNSET,
    limit_subscription_group_localizations: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionGroupsResponse]:
    """``GET /v1/apps/{id}/subscriptionGroups`` (apps_subscriptionGroups_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-subscriptiongroups


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_subscriptions_state
            (list[AppsSubscriptionGroupsGetToManyRelatedFilterSubscriptionsStateItem] | Unset):
        sort (list[AppsSubscriptionGroupsGetToManyRelatedSortItem] | Unset):
        fields_subscription_groups
            (list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupsItem] | Unset):
        fields_subscriptions (list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionsItem]
            | Unset):
        fields_subscription_group_localizations
            (list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupLocalizationsItem] |
            Unset):
        fields_subscription_group_versions
            (list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupVersionsItem] | Unset):
        limit (int | Unset):
        include (list[AppsSubscriptionGroupsGetToManyRelatedIncludeItem] | Unset):
        limit_subscriptions (int | Unset):
        limit_subscription_group_localizations (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionGroupsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_reference_name=filter_reference_name,
        filter_subscriptions_state=filter_subscriptions_state,
        sort=sort,
        fields_subscription_groups=fields_subscription_groups,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_group_localizations=fields_subscription_group_localizations,
        fields_subscription_group_versions=fields_subscription_group_versions,
        limit=limit,
        include=include,
        limit_subscriptions=limit_subscriptions,
        limit_subscription_group_localizations=limit_subscription_group_localizations,
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
    filter_reference_name: list[str] | Unset = UNSET,
    filter_subscriptions_state: list[AppsSubscriptionGroupsGetToManyRelatedFilterSubscriptionsStateItem]
    | Unset = UNSET,
    sort: list[AppsSubscriptionGroupsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_subscription_groups: list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupsItem]
    | Unset = UNSET,
    fields_subscriptions: list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_group_localizations: list[
        AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscription_group_versions: list[
        AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsSubscriptionGroupsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_subscriptions: int | Unset = UNSET,
    limit_subscription_group_localizations: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | SubscriptionGroupsResponse | None:
    """``GET /v1/apps/{id}/subscriptionGroups`` (apps_subscriptionGroups_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-subscriptiongroups


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_subscriptions_state
            (list[AppsSubscriptionGroupsGetToManyRelatedFilterSubscriptionsStateItem] | Unset):
        sort (list[AppsSubscriptionGroupsGetToManyRelatedSortItem] | Unset):
        fields_subscription_groups
            (list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupsItem] | Unset):
        fields_subscriptions (list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionsItem]
            | Unset):
        fields_subscription_group_localizations
            (list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupLocalizationsItem] |
            Unset):
        fields_subscription_group_versions
            (list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupVersionsItem] | Unset):
        limit (int | Unset):
        include (list[AppsSubscriptionGroupsGetToManyRelatedIncludeItem] | Unset):
        limit_subscriptions (int | Unset):
        limit_subscription_group_localizations (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionGroupsResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_reference_name=filter_reference_name,
        filter_subscriptions_state=filter_subscriptions_state,
        sort=sort,
        fields_subscription_groups=fields_subscription_groups,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_group_localizations=fields_subscription_group_localizations,
        fields_subscription_group_versions=fields_subscription_group_versions,
        limit=limit,
        include=include,
        limit_subscriptions=limit_subscriptions,
        limit_subscription_group_localizations=limit_subscription_group_localizations,
        limit_versions=limit_versions,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_reference_name: list[str] | Unset = UNSET,
    filter_subscriptions_state: list[AppsSubscriptionGroupsGetToManyRelatedFilterSubscriptionsStateItem]
    | Unset = UNSET,
    sort: list[AppsSubscriptionGroupsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_subscription_groups: list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupsItem]
    | Unset = UNSET,
    fields_subscriptions: list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_group_localizations: list[
        AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscription_group_versions: list[
        AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsSubscriptionGroupsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_subscriptions: int | Unset = UNSET,
    limit_subscription_group_localizations: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionGroupsResponse]:
    """``GET /v1/apps/{id}/subscriptionGroups`` (apps_subscriptionGroups_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-subscriptiongroups


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_subscriptions_state
            (list[AppsSubscriptionGroupsGetToManyRelatedFilterSubscriptionsStateItem] | Unset):
        sort (list[AppsSubscriptionGroupsGetToManyRelatedSortItem] | Unset):
        fields_subscription_groups
            (list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupsItem] | Unset):
        fields_subscriptions (list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionsItem]
            | Unset):
        fields_subscription_group_localizations
            (list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupLocalizationsItem] |
            Unset):
        fields_subscription_group_versions
            (list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupVersionsItem] | Unset):
        limit (int | Unset):
        include (list[AppsSubscriptionGroupsGetToManyRelatedIncludeItem] | Unset):
        limit_subscriptions (int | Unset):
        limit_subscription_group_localizations (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionGroupsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_reference_name=filter_reference_name,
        filter_subscriptions_state=filter_subscriptions_state,
        sort=sort,
        fields_subscription_groups=fields_subscription_groups,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_group_localizations=fields_subscription_group_localizations,
        fields_subscription_group_versions=fields_subscription_group_versions,
        limit=limit,
        include=include,
        limit_subscriptions=limit_subscriptions,
        limit_subscription_group_localizations=limit_subscription_group_localizations,
        limit_versions=limit_versions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_reference_name: list[str] | Unset = UNSET,
    filter_subscriptions_state: list[AppsSubscriptionGroupsGetToManyRelatedFilterSubscriptionsStateItem]
    | Unset = UNSET,
    sort: list[AppsSubscriptionGroupsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_subscription_groups: list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupsItem]
    | Unset = UNSET,
    fields_subscriptions: list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_group_localizations: list[
        AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscription_group_versions: list[
        AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsSubscriptionGroupsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_subscriptions: int | Unset = UNSET,
    limit_subscription_group_localizations: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | SubscriptionGroupsResponse | None:
    """``GET /v1/apps/{id}/subscriptionGroups`` (apps_subscriptionGroups_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-subscriptiongroups


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_subscriptions_state
            (list[AppsSubscriptionGroupsGetToManyRelatedFilterSubscriptionsStateItem] | Unset):
        sort (list[AppsSubscriptionGroupsGetToManyRelatedSortItem] | Unset):
        fields_subscription_groups
            (list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupsItem] | Unset):
        fields_subscriptions (list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionsItem]
            | Unset):
        fields_subscription_group_localizations
            (list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupLocalizationsItem] |
            Unset):
        fields_subscription_group_versions
            (list[AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupVersionsItem] | Unset):
        limit (int | Unset):
        include (list[AppsSubscriptionGroupsGetToManyRelatedIncludeItem] | Unset):
        limit_subscriptions (int | Unset):
        limit_subscription_group_localizations (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionGroupsResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_reference_name=filter_reference_name,
            filter_subscriptions_state=filter_subscriptions_state,
            sort=sort,
            fields_subscription_groups=fields_subscription_groups,
            fields_subscriptions=fields_subscriptions,
            fields_subscription_group_localizations=fields_subscription_group_localizations,
            fields_subscription_group_versions=fields_subscription_group_versions,
            limit=limit,
            include=include,
            limit_subscriptions=limit_subscriptions,
            limit_subscription_group_localizations=limit_subscription_group_localizations,
            limit_versions=limit_versions,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[SubscriptionGroupsResponse] = SubscriptionGroupsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.subscription_group import SubscriptionGroup

ITEM_TYPE: type[SubscriptionGroup] = SubscriptionGroup
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | SubscriptionGroupsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
