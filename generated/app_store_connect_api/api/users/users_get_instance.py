from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.users_get_instance_fields_apps_item import UsersGetInstanceFieldsAppsItem
    from ...models.users_get_instance_fields_users_item import UsersGetInstanceFieldsUsersItem
    from ...models.users_get_instance_include_item import UsersGetInstanceIncludeItem

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.user_response import UserResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_users: list[UsersGetInstanceFieldsUsersItem] | Unset = UNSET,
    fields_apps: list[UsersGetInstanceFieldsAppsItem] | Unset = UNSET,
    include: list[UsersGetInstanceIncludeItem] | Unset = UNSET,
    limit_visible_apps: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params, "fields[users]", "fields_users", fields_users, "UsersGetInstanceFieldsUsersItem"
    )
    _params.query_list(params, "fields[apps]", "fields_apps", fields_apps, "UsersGetInstanceFieldsAppsItem")
    _params.query_list(params, "include", "include", include, "UsersGetInstanceIncludeItem")
    _params.query_value(params, "limit[visibleApps]", "limit_visible_apps", limit_visible_apps, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/users/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UserResponse | None:
    if response.status_code == 200:
        response_200 = UserResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | UserResponse]:
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
    fields_users: list[UsersGetInstanceFieldsUsersItem] | Unset = UNSET,
    fields_apps: list[UsersGetInstanceFieldsAppsItem] | Unset = UNSET,
    include: list[UsersGetInstanceIncludeItem] | Unset = UNSET,
    limit_visible_apps: int | Unset = UNSET,
) -> Response[ErrorResponse | UserResponse]:
    """``GET /v1/users/{id}`` (users_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users-_id_


    Args:
        id (str):
        fields_users (list[UsersGetInstanceFieldsUsersItem] | Unset):
        fields_apps (list[UsersGetInstanceFieldsAppsItem] | Unset):
        include (list[UsersGetInstanceIncludeItem] | Unset):
        limit_visible_apps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_users=fields_users,
        fields_apps=fields_apps,
        include=include,
        limit_visible_apps=limit_visible_apps,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_users: list[UsersGetInstanceFieldsUsersItem] | Unset = UNSET,
    fields_apps: list[UsersGetInstanceFieldsAppsItem] | Unset = UNSET,
    include: list[UsersGetInstanceIncludeItem] | Unset = UNSET,
    limit_visible_apps: int | Unset = UNSET,
) -> ErrorResponse | UserResponse | None:
    """``GET /v1/users/{id}`` (users_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users-_id_


    Args:
        id (str):
        fields_users (list[UsersGetInstanceFieldsUsersItem] | Unset):
        fields_apps (list[UsersGetInstanceFieldsAppsItem] | Unset):
        include (list[UsersGetInstanceIncludeItem] | Unset):
        limit_visible_apps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_users=fields_users,
        fields_apps=fields_apps,
        include=include,
        limit_visible_apps=limit_visible_apps,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_users: list[UsersGetInstanceFieldsUsersItem] | Unset = UNSET,
    fields_apps: list[UsersGetInstanceFieldsAppsItem] | Unset = UNSET,
    include: list[UsersGetInstanceIncludeItem] | Unset = UNSET,
    limit_visible_apps: int | Unset = UNSET,
) -> Response[ErrorResponse | UserResponse]:
    """``GET /v1/users/{id}`` (users_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users-_id_


    Args:
        id (str):
        fields_users (list[UsersGetInstanceFieldsUsersItem] | Unset):
        fields_apps (list[UsersGetInstanceFieldsAppsItem] | Unset):
        include (list[UsersGetInstanceIncludeItem] | Unset):
        limit_visible_apps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_users=fields_users,
        fields_apps=fields_apps,
        include=include,
        limit_visible_apps=limit_visible_apps,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_users: list[UsersGetInstanceFieldsUsersItem] | Unset = UNSET,
    fields_apps: list[UsersGetInstanceFieldsAppsItem] | Unset = UNSET,
    include: list[UsersGetInstanceIncludeItem] | Unset = UNSET,
    limit_visible_apps: int | Unset = UNSET,
) -> ErrorResponse | UserResponse | None:
    """``GET /v1/users/{id}`` (users_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-users-_id_


    Args:
        id (str):
        fields_users (list[UsersGetInstanceFieldsUsersItem] | Unset):
        fields_apps (list[UsersGetInstanceFieldsAppsItem] | Unset):
        include (list[UsersGetInstanceIncludeItem] | Unset):
        limit_visible_apps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_users=fields_users,
            fields_apps=fields_apps,
            include=include,
            limit_visible_apps=limit_visible_apps,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[UserResponse] = UserResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | UserResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
