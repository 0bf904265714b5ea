from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.subscription_group_versions_get_instance_fields_subscription_group_localizations_item import (
        SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupLocalizationsItem,
    )
    from ...models.subscription_group_versions_get_instance_fields_subscription_group_versions_item import (
        SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupVersionsItem,
    )
    from ...models.subscription_group_versions_get_instance_fields_subscription_groups_item import (
        SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupsItem,
    )
    from ...models.subscription_group_versions_get_instance_include_item import (
        SubscriptionGroupVersionsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription_group_version_response import SubscriptionGroupVersionResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_subscription_group_versions: list[
        SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupVersionsItem
    ]
    | Unset = UNSET,
    fields_subscription_groups: list[SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupsItem]
    | Unset = UNSET,
    fields_subscription_group_localizations: list[
        SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionGroupVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[subscriptionGroupVersions]",
        "fields_subscription_group_versions",
        fields_subscription_group_versions,
        "SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupVersionsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionGroups]",
        "fields_subscription_groups",
        fields_subscription_groups,
        "SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionGroupLocalizations]",
        "fields_subscription_group_localizations",
        fields_subscription_group_localizations,
        "SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupLocalizationsItem",
    )
    _params.query_list(
        params, "include", "include", include, "SubscriptionGroupVersionsGetInstanceIncludeItem"
    )
    _params.query_value(params, "limit[localizations]", "limit_localizations", limit_localizations, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/subscriptionGroupVersions/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriptionGroupVersionResponse | None:
    if response.status_code == 200:
        response_200 = SubscriptionGroupVersionResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriptionGroupVersionResponse]:
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
    fields_subscription_group_versions: list[
        SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupVersionsItem
    ]
    | Unset = UNSET,
    fields_subscription_groups: list[SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupsItem]
    | Unset = UNSET,
    fields_subscription_group_localizations: list[
        SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionGroupVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionGroupVersionResponse]:
    """``GET /v1/subscriptionGroupVersions/{id}`` (subscriptionGroupVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroupversions-_id_


    Args:
        id (str):
        fields_subscription_group_versions
            (list[SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupVersionsItem] | Unset):
        fields_subscription_groups
            (list[SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupsItem] | Unset):
        fields_subscription_group_localizations
            (list[SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupLocalizationsItem] |
            Unset):
        include (list[SubscriptionGroupVersionsGetInstanceIncludeItem] | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionGroupVersionResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscription_group_versions=fields_subscription_group_versions,
        fields_subscription_groups=fields_subscription_groups,
        fields_subscription_group_localizations=fields_subscription_group_localizations,
        include=include,
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
    fields_subscription_group_versions: list[
        SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupVersionsItem
    ]
    | Unset = UNSET,
    fields_subscription_groups: list[SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupsItem]
    | Unset = UNSET,
    fields_subscription_group_localizations: list[
        SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionGroupVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> ErrorResponse | SubscriptionGroupVersionResponse | None:
    """``GET /v1/subscriptionGroupVersions/{id}`` (subscriptionGroupVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroupversions-_id_


    Args:
        id (str):
        fields_subscription_group_versions
            (list[SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupVersionsItem] | Unset):
        fields_subscription_groups
            (list[SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupsItem] | Unset):
        fields_subscription_group_localizations
            (list[SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupLocalizationsItem] |
            Unset):
        include (list[SubscriptionGroupVersionsGetInstanceIncludeItem] | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionGroupVersionResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_subscription_group_versions=fields_subscription_group_versions,
        fields_subscription_groups=fields_subscription_groups,
        fields_subscription_group_localizations=fields_subscription_group_localizations,
        include=include,
        limit_localizations=limit_localizations,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_group_versions: list[
        SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupVersionsItem
    ]
    | Unset = UNSET,
    fields_subscription_groups: list[SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupsItem]
    | Unset = UNSET,
    fields_subscription_group_localizations: list[
        SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionGroupVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionGroupVersionResponse]:
    """``GET /v1/subscriptionGroupVersions/{id}`` (subscriptionGroupVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroupversions-_id_


    Args:
        id (str):
        fields_subscription_group_versions
            (list[SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupVersionsItem] | Unset):
        fields_subscription_groups
            (list[SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupsItem] | Unset):
        fields_subscription_group_localizations
            (list[SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupLocalizationsItem] |
            Unset):
        include (list[SubscriptionGroupVersionsGetInstanceIncludeItem] | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionGroupVersionResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscription_group_versions=fields_subscription_group_versions,
        fields_subscription_groups=fields_subscription_groups,
        fields_subscription_group_localizations=fields_subscription_group_localizations,
        include=include,
        limit_localizations=limit_localizations,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_group_versions: list[
        SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupVersionsItem
    ]
    | Unset = UNSET,
    fields_subscription_groups: list[SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupsItem]
    | Unset = UNSET,
    fields_subscription_group_localizations: list[
        SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[SubscriptionGroupVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> ErrorResponse | SubscriptionGroupVersionResponse | None:
    """``GET /v1/subscriptionGroupVersions/{id}`` (subscriptionGroupVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroupversions-_id_


    Args:
        id (str):
        fields_subscription_group_versions
            (list[SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupVersionsItem] | Unset):
        fields_subscription_groups
            (list[SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupsItem] | Unset):
        fields_subscription_group_localizations
            (list[SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupLocalizationsItem] |
            Unset):
        include (list[SubscriptionGroupVersionsGetInstanceIncludeItem] | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionGroupVersionResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_subscription_group_versions=fields_subscription_group_versions,
            fields_subscription_groups=fields_subscription_groups,
            fields_subscription_group_localizations=fields_subscription_group_localizations,
            include=include,
            limit_localizations=limit_localizations,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[SubscriptionGroupVersionResponse] = SubscriptionGroupVersionResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | SubscriptionGroupVersionResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
