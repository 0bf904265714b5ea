from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.user_invitations_get_collection_fields_apps_item import (
        UserInvitationsGetCollectionFieldsAppsItem,
    )
    from ...models.user_invitations_get_collection_fields_user_invitations_item import (
        UserInvitationsGetCollectionFieldsUserInvitationsItem,
    )
    from ...models.user_invitations_get_collection_filter_roles_item import (
        UserInvitationsGetCollectionFilterRolesItem,
    )
    from ...models.user_invitations_get_collection_include_item import UserInvitationsGetCollectionIncludeItem
    from ...models.user_invitations_get_collection_sort_item import UserInvitationsGetCollectionSortItem

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.user_invitations_response import UserInvitationsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_email: list[str] | Unset = UNSET,
    filter_roles: list[UserInvitationsGetCollectionFilterRolesItem] | Unset = UNSET,
    filter_visible_apps: list[str] | Unset = UNSET,
    sort: list[UserInvitationsGetCollectionSortItem] | Unset = UNSET,
    fields_user_invitations: list[UserInvitationsGetCollectionFieldsUserInvitationsItem] | Unset = UNSET,
    fields_apps: list[UserInvitationsGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[UserInvitationsGetCollectionIncludeItem] | Unset = UNSET,
    limit_visible_apps: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[email]", "filter_email", filter_email, str)
    _params.query_list(
        params, "filter[roles]", "filter_roles", filter_roles, "UserInvitationsGetCollectionFilterRolesItem"
    )
    _params.query_list(params, "filter[visibleApps]", "filter_visible_apps", filter_visible_apps, str)
    _params.query_list(params, "sort", "sort", sort, "UserInvitationsGetCollectionSortItem")
    _params.query_list(
        params,
        "fields[userInvitations]",
        "fields_user_invitations",
        fields_user_invitations,
        "UserInvitationsGetCollectionFieldsUserInvitationsItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "UserInvitationsGetCollectionFieldsAppsItem"
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "UserInvitationsGetCollectionIncludeItem")
    _params.query_value(params, "limit[visibleApps]", "limit_visible_apps", limit_visible_apps, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/userInvitations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UserInvitationsResponse | None:
    if response.status_code == 200:
        response_200 = UserInvitationsResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | UserInvitationsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_email: list[str] | Unset = UNSET,
    filter_roles: list[UserInvitationsGetCollectionFilterRolesItem] | Unset = UNSET,
    filter_visible_apps: list[str] | Unset = UNSET,
    sort: list[UserInvitationsGetCollectionSortItem] | Unset = UNSET,
    fields_user_invitations: list[UserInvitationsGetCollectionFieldsUserInvitationsItem] | Unset = UNSET,
    fields_apps: list[UserInvitationsGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[UserInvitationsGetCollectionIncludeItem] | Unset = UNSET,
    limit_visible_apps: int | Unset = UNSET,
) -> Response[ErrorResponse | UserInvitationsResponse]:
    """``GET /v1/userInvitations`` (userInvitations_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations


    Args:
        filter_email (list[str] | Unset):
        filter_roles (list[UserInvitationsGetCollectionFilterRolesItem] | Unset):
        filter_visible_apps (list[str] | Unset):
        sort (list[UserInvitationsGetCollectionSortItem] | Unset):
        fields_user_invitations (list[UserInvitationsGetCollectionFieldsUserInvitationsItem] |
            Unset):
        fields_apps (list[UserInvitationsGetCollectionFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[UserInvitationsGetCollectionIncludeItem] | Unset):
        limit_visible_apps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserInvitationsResponse]

    """

    kwargs = _get_kwargs(
        filter_email=filter_email,
        filter_roles=filter_roles,
        filter_visible_apps=filter_visible_apps,
        sort=sort,
        fields_user_invitations=fields_user_invitations,
        fields_apps=fields_apps,
        limit=limit,
        include=include,
        limit_visible_apps=limit_visible_apps,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_email: list[str] | Unset = UNSET,
    filter_roles: list[UserInvitationsGetCollectionFilterRolesItem] | Unset = UNSET,
    filter_visible_apps: list[str] | Unset = UNSET,
    sort: list[UserInvitationsGetCollectionSortItem] | Unset = UNSET,
    fields_user_invitations: list[UserInvitationsGetCollectionFieldsUserInvitationsItem] | Unset = UNSET,
    fields_apps: list[UserInvitationsGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[UserInvitationsGetCollectionIncludeItem] | Unset = UNSET,
    limit_visible_apps: int | Unset = UNSET,
) -> ErrorResponse | UserInvitationsResponse | None:
    """``GET /v1/userInvitations`` (userInvitations_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations


    Args:
        filter_email (list[str] | Unset):
        filter_roles (list[UserInvitationsGetCollectionFilterRolesItem] | Unset):
        filter_visible_apps (list[str] | Unset):
        sort (list[UserInvitationsGetCollectionSortItem] | Unset):
        fields_user_invitations (list[UserInvitationsGetCollectionFieldsUserInvitationsItem] |
            Unset):
        fields_apps (list[UserInvitationsGetCollectionFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[UserInvitationsGetCollectionIncludeItem] | Unset):
        limit_visible_apps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserInvitationsResponse

    """

    return sync_detailed(
        client=client,
        filter_email=filter_email,
        filter_roles=filter_roles,
        filter_visible_apps=filter_visible_apps,
        sort=sort,
        fields_user_invitations=fields_user_invitations,
        fields_apps=fields_apps,
        limit=limit,
        include=include,
        limit_visible_apps=limit_visible_apps,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_email: list[str] | Unset = UNSET,
    filter_roles: list[UserInvitationsGetCollectionFilterRolesItem] | Unset = UNSET,
    filter_visible_apps: list[str] | Unset = UNSET,
    sort: list[UserInvitationsGetCollectionSortItem] | Unset = UNSET,
    fields_user_invitations: list[UserInvitationsGetCollectionFieldsUserInvitationsItem] | Unset = UNSET,
    fields_apps: list[UserInvitationsGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[UserInvitationsGetCollectionIncludeItem] | Unset = UNSET,
    limit_visible_apps: int | Unset = UNSET,
) -> Response[ErrorResponse | UserInvitationsResponse]:
    """``GET /v1/userInvitations`` (userInvitations_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations


    Args:
        filter_email (list[str] | Unset):
        filter_roles (list[UserInvitationsGetCollectionFilterRolesItem] | Unset):
        filter_visible_apps (list[str] | Unset):
        sort (list[UserInvitationsGetCollectionSortItem] | Unset):
        fields_user_invitations (list[UserInvitationsGetCollectionFieldsUserInvitationsItem] |
            Unset):
        fields_apps (list[UserInvitationsGetCollectionFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[UserInvitationsGetCollectionIncludeItem] | Unset):
        limit_visible_apps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserInvitationsResponse]

    """

    kwargs = _get_kwargs(
        filter_email=filter_email,
        filter_roles=filter_roles,
        filter_visible_apps=filter_visible_apps,
        sort=sort,
        fields_user_invitations=fields_user_invitations,
        fields_apps=fields_apps,
        limit=limit,
        include=include,
        limit_visible_apps=limit_visible_apps,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_email: list[str] | Unset = UNSET,
    filter_roles: list[UserInvitationsGetCollectionFilterRolesItem] | Unset = UNSET,
    filter_visible_apps: list[str] | Unset = UNSET,
    sort: list[UserInvitationsGetCollectionSortItem] | Unset = UNSET,
    fields_user_invitations: list[UserInvitationsGetCollectionFieldsUserInvitationsItem] | Unset = UNSET,
    fields_apps: list[UserInvitationsGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[UserInvitationsGetCollectionIncludeItem] | Unset = UNSET,
    limit_visible_apps: int | Unset = UNSET,
) -> ErrorResponse | UserInvitationsResponse | None:
    """``GET /v1/userInvitations`` (userInvitations_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations


    Args:
        filter_email (list[str] | Unset):
        filter_roles (list[UserInvitationsGetCollectionFilterRolesItem] | Unset):
        filter_visible_apps (list[str] | Unset):
        sort (list[UserInvitationsGetCollectionSortItem] | Unset):
        fields_user_invitations (list[UserInvitationsGetCollectionFieldsUserInvitationsItem] |
            Unset):
        fields_apps (list[UserInvitationsGetCollectionFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[UserInvitationsGetCollectionIncludeItem] | Unset):
        limit_visible_apps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserInvitationsResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_email=filter_email,
            filter_roles=filter_roles,
            filter_visible_apps=filter_visible_apps,
            sort=sort,
            fields_user_invitations=fields_user_invitations,
            fields_apps=fields_apps,
            limit=limit,
            include=include,
            limit_visible_apps=limit_visible_apps,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[UserInvitationsResponse] = UserInvitationsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.user_invitation import UserInvitation

ITEM_TYPE: type[UserInvitation] = UserInvitation
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | UserInvitationsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
