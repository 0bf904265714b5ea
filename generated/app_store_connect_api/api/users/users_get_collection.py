from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.users_get_collection_fields_apps_item import UsersGetCollectionFieldsAppsItem
    from ...models.users_get_collection_fields_users_item import UsersGetCollectionFieldsUsersItem
    from ...models.users_get_collection_filter_roles_item import UsersGetCollectionFilterRolesItem
    from ...models.users_get_collection_include_item import UsersGetCollectionIncludeItem
    from ...models.users_get_collection_sort_item import UsersGetCollectionSortItem

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.users_response import UsersResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_username: list[str] | Unset = UNSET,
    filter_roles: list[UsersGetCollectionFilterRolesItem] | Unset = UNSET,
    filter_visible_apps: list[str] | Unset = UNSET,
    sort: list[UsersGetCollectionSortItem] | Unset = UNSET,
    fields_users: list[UsersGetCollectionFieldsUsersItem] | Unset = UNSET,
    fields_apps: list[UsersGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[UsersGetCollectionIncludeItem] | Unset = UNSET,
    limit_visible_apps: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[username]", "filter_username", filter_username, str)
    _params.query_list(
        params, "filter[roles]", "filter_roles", filter_roles, "UsersGetCollectionFilterRolesItem"
    )
    _params.query_list(params, "filter[visibleApps]", "filter_visible_apps", filter_visible_apps, str)
    _params.query_list(params, "sort", "sort", sort, "UsersGetCollectionSortItem")
    _params.query_list(
        params, "fields[users]", "fields_users", fields_users, "UsersGetCollectionFieldsUsersItem"
    )
    _params.query_list(params, "fields[apps]", "fields_apps", fields_apps, "UsersGetCollectionFieldsAppsItem")
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "UsersGetCollectionIncludeItem")
    _params.query_value(params, "limit[visibleApps]", "limit_visible_apps", limit_visible_apps, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/users",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UsersResponse | None:
    if response.status_code == 200:
        response_200 = UsersResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | UsersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_username: list[str] | Unset = UNSET,
    filter_roles: list[UsersGetCollectionFilterRolesItem] | Unset = UNSET,
    filter_visible_apps: list[str] | Unset = UNSET,
    sort: list[UsersGetCollectionSortItem] | Unset = UNSET,
    fields_users: list[UsersGetCollectionFieldsUsersItem] | Unset = UNSET,
    fields_apps: list[UsersGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[UsersGetCollectionIncludeItem] | Unset = UNSET,
    limit_visible_apps: int | Unset = UNSET,
) -> Response[ErrorResponse | UsersResponse]:
    """``GET /v1/users`` (users_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users


    Args:
        filter_username (list[str] | Unset):
        filter_roles (list[UsersGetCollectionFilterRolesItem] | Unset):
        filter_visible_apps (list[str] | Unset):
        sort (list[UsersGetCollectionSortItem] | Unset):
        fields_users (list[UsersGetCollectionFieldsUsersItem] | Unset):
        fields_apps (list[UsersGetCollectionFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[UsersGetCollectionIncludeItem] | Unset):
        limit_visible_apps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UsersResponse]

    """

    kwargs = _get_kwargs(
        filter_username=filter_username,
        filter_roles=filter_roles,
        filter_visible_apps=filter_visible_apps,
        sort=sort,
        fields_users=fields_users,
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
    filter_username: list[str] | Unset = UNSET,
    filter_roles: list[UsersGetCollectionFilterRolesItem] | Unset = UNSET,
    filter_visible_apps: list[str] | Unset = UNSET,
    sort: list[UsersGetCollectionSortItem] | Unset = UNSET,
    fields_users: list[UsersGetCollectionFieldsUsersItem] | Unset = UNSET,
    fields_apps: list[UsersGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[UsersGetCollectionIncludeItem] | Unset = UNSET,
    limit_visible_apps: int | Unset = UNSET,
) -> ErrorResponse | UsersResponse | None:
    """``GET /v1/users`` (users_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users


    Args:
        filter_username (list[str] | Unset):
        filter_roles (list[UsersGetCollectionFilterRolesItem] | Unset):
        filter_visible_apps (list[str] | Unset):
        sort (list[UsersGetCollectionSortItem] | Unset):
        fields_users (list[UsersGetCollectionFieldsUsersItem] | Unset):
        fields_apps (list[UsersGetCollectionFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[UsersGetCollectionIncludeItem] | Unset):
        limit_visible_apps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UsersResponse

    """

    return sync_detailed(
        client=client,
        filter_username=filter_username,
        filter_roles=filter_roles,
        filter_visible_apps=filter_visible_apps,
        sort=sort,
        fields_users=fields_users,
        fields_apps=fields_apps,
        limit=limit,
        include=include,
        limit_visible_apps=limit_visible_apps,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_username: list[str] | Unset = UNSET,
    filter_roles: list[UsersGetCollectionFilterRolesItem] | Unset = UNSET,
    filter_visible_apps: list[str] | Unset = UNSET,
    sort: list[UsersGetCollectionSortItem] | Unset = UNSET,
    fields_users: list[UsersGetCollectionFieldsUsersItem] | Unset = UNSET,
    fields_apps: list[UsersGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[UsersGetCollectionIncludeItem] | Unset = UNSET,
    limit_visible_apps: int | Unset = UNSET,
) -> Response[ErrorResponse | UsersResponse]:
    """``GET /v1/users`` (users_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users


    Args:
        filter_username (list[str] | Unset):
        filter_roles (list[UsersGetCollectionFilterRolesItem] | Unset):
        filter_visible_apps (list[str] | Unset):
        sort (list[UsersGetCollectionSortItem] | Unset):
        fields_users (list[UsersGetCollectionFieldsUsersItem] | Unset):
        fields_apps (list[UsersGetCollectionFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[UsersGetCollectionIncludeItem] | Unset):
        limit_visible_apps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UsersResponse]

    """

    kwargs = _get_kwargs(
        filter_username=filter_username,
        filter_roles=filter_roles,
        filter_visible_apps=filter_visible_apps,
        sort=sort,
        fields_users=fields_users,
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
    filter_username: list[str] | Unset = UNSET,
    filter_roles: list[UsersGetCollectionFilterRolesItem] | Unset = UNSET,
    filter_visible_apps: list[str] | Unset = UNSET,
    sort: list[UsersGetCollectionSortItem] | Unset = UNSET,
    fields_users: list[UsersGetCollectionFieldsUsersItem] | Unset = UNSET,
    fields_apps: list[UsersGetCollectionFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[UsersGetCollectionIncludeItem] | Unset = UNSET,
    limit_visible_apps: int | Unset = UNSET,
) -> ErrorResponse | UsersResponse | None:
    """``GET /v1/users`` (users_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users


    Args:
        filter_username (list[str] | Unset):
        filter_roles (list[UsersGetCollectionFilterRolesItem] | Unset):
        filter_visible_apps (list[str] | Unset):
        sort (list[UsersGetCollectionSortItem] | Unset):
        fields_users (list[UsersGetCollectionFieldsUsersItem] | Unset):
        fields_apps (list[UsersGetCollectionFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[UsersGetCollectionIncludeItem] | Unset):
        limit_visible_apps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UsersResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_username=filter_username,
            filter_roles=filter_roles,
            filter_visible_apps=filter_visible_apps,
            sort=sort,
            fields_users=fields_users,
            fields_apps=fields_apps,
            limit=limit,
            include=include,
            limit_visible_apps=limit_visible_apps,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[UsersResponse] = UsersResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.user import User

ITEM_TYPE: type[User] = User
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | UsersResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
