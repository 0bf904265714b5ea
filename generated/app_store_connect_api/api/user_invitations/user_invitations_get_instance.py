from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.user_invitations_get_instance_fields_apps_item import (
        UserInvitationsGetInstanceFieldsAppsItem,
    )
    from ...models.user_invitations_get_instance_fields_user_invitations_item import (
        UserInvitationsGetInstanceFieldsUserInvitationsItem,
    )
    from ...models.user_invitations_get_instance_include_item import UserInvitationsGetInstanceIncludeItem

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.user_invitation_response import UserInvitationResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_user_invitations: list[UserInvitationsGetInstanceFieldsUserInvitationsItem] | Unset = UNSET,
    fields_apps: list[UserInvitationsGetInstanceFieldsAppsItem] | Unset = UNSET,
    include: list[UserInvitationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_visible_apps: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[userInvitations]",
        "fields_user_invitations",
        fields_user_invitations,
        "UserInvitationsGetInstanceFieldsUserInvitationsItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "UserInvitationsGetInstanceFieldsAppsItem"
    )
    _params.query_list(params, "include", "include", include, "UserInvitationsGetInstanceIncludeItem")
    _params.query_value(params, "limit[visibleApps]", "limit_visible_apps", limit_visible_apps, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/userInvitations/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UserInvitationResponse | None:
    if response.status_code == 200:
        response_200 = UserInvitationResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | UserInvitationResponse]:
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
    fields_user_invitations: list[UserInvitationsGetInstanceFieldsUserInvitationsItem] | Unset = UNSET,
    fields_apps: list[UserInvitationsGetInstanceFieldsAppsItem] | Unset = UNSET,
    include: list[UserInvitationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_visible_apps: int | Unset = UNSET,
) -> Response[ErrorResponse | UserInvitationResponse]:
    """``GET /v1/userInvitations/{id}`` (userInvitations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations-_id_


    Args:
        id (str):
        fields_user_invitations (list[UserInvitationsGetInstanceFieldsUserInvitationsItem] |
            Unset):
        fields_apps (list[UserInvitationsGetInstanceFieldsAppsItem] | Unset):
        include (list[UserInvitationsGetInstanceIncludeItem] | Unset):
        limit_visible_apps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserInvitationResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_user_invitations=fields_user_invitations,
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
    fields_user_invitations: list[UserInvitationsGetInstanceFieldsUserInvitationsItem] | Unset = UNSET,
    fields_apps: list[UserInvitationsGetInstanceFieldsAppsItem] | Unset = UNSET,
    include: list[UserInvitationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_visible_apps: int | Unset = UNSET,
) -> ErrorResponse | UserInvitationResponse | None:
    """``GET /v1/userInvitations/{id}`` (userInvitations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations-_id_


    Args:
        id (str):
        fields_user_invitations (list[UserInvitationsGetInstanceFieldsUserInvitationsItem] |
            Unset):
        fields_apps (list[UserInvitationsGetInstanceFieldsAppsItem] | Unset):
        include (list[UserInvitationsGetInstanceIncludeItem] | Unset):
        limit_visible_apps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserInvitationResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_user_invitations=fields_user_invitations,
        fields_apps=fields_apps,
        include=include,
        limit_visible_apps=limit_visible_apps,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_user_invitations: list[UserInvitationsGetInstanceFieldsUserInvitationsItem] | Unset = UNSET,
    fields_apps: list[UserInvitationsGetInstanceFieldsAppsItem] | Unset = UNSET,
    include: list[UserInvitationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_visible_apps: int | Unset = UNSET,
) -> Response[ErrorResponse | UserInvitationResponse]:
    """``GET /v1/userInvitations/{id}`` (userInvitations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations-_id_


    Args:
        id (str):
        fields_user_invitations (list[UserInvitationsGetInstanceFieldsUserInvitationsItem] |
            Unset):
        fields_apps (list[UserInvitationsGetInstanceFieldsAppsItem] | Unset):
        include (list[UserInvitationsGetInstanceIncludeItem] | Unset):
        limit_visible_apps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserInvitationResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_user_invitations=fields_user_invitations,
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
    fields_user_invitations: list[UserInvitationsGetInstanceFieldsUserInvitationsItem] | Unset = UNSET,
    fields_apps: list[UserInvitationsGetInstanceFieldsAppsItem] | Unset = UNSET,
    include: list[UserInvitationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_visible_apps: int | Unset = UNSET,
) -> ErrorResponse | UserInvitationResponse | None:
    """``GET /v1/userInvitations/{id}`` (userInvitations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-userinvitations-_id_


    Args:
        id (str):
        fields_user_invitations (list[UserInvitationsGetInstanceFieldsUserInvitationsItem] |
            Unset):
        fields_apps (list[UserInvitationsGetInstanceFieldsAppsItem] | Unset):
        include (list[UserInvitationsGetInstanceIncludeItem] | Unset):
        limit_visible_apps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserInvitationResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_user_invitations=fields_user_invitations,
            fields_apps=fields_apps,
            include=include,
            limit_visible_apps=limit_visible_apps,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[UserInvitationResponse] = UserInvitationResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | UserInvitationResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
