from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.builds_app_get_to_one_related_fields_apps_item import (
        BuildsAppGetToOneRelatedFieldsAppsItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_without_includes_response import AppWithoutIncludesResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_apps: list[BuildsAppGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "BuildsAppGetToOneRelatedFieldsAppsItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/builds/{id}/app".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppWithoutIncludesResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppWithoutIncludesResponse.from_dict(response.json())

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
) -> Response[AppWithoutIncludesResponse | ErrorResponse]:
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
    fields_apps: list[BuildsAppGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
) -> Response[AppWithoutIncludesResponse | ErrorResponse]:
    """``GET /v1/builds/{id}/app`` (builds_app_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-app


    Args:
        id (str):
        fields_apps (list[BuildsAppGetToOneRelatedFieldsAppsItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppWithoutIncludesResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_apps=fields_apps,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_apps: list[BuildsAppGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
) -> AppWithoutIncludesResponse | ErrorResponse | None:
    """``GET /v1/builds/{id}/app`` (builds_app_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-app


    Args:
        id (str):
        fields_apps (list[BuildsAppGetToOneRelatedFieldsAppsItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppWithoutIncludesResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_apps=fields_apps,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_apps: list[BuildsAppGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
) -> Response[AppWithoutIncludesResponse | ErrorResponse]:
    """``GET /v1/builds/{id}/app`` (builds_app_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-app


    Args:
        id (str):
        fields_apps (list[BuildsAppGetToOneRelatedFieldsAppsItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppWithoutIncludesResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_apps=fields_apps,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_apps: list[BuildsAppGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
) -> AppWithoutIncludesResponse | ErrorResponse | None:
    """``GET /v1/builds/{id}/app`` (builds_app_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_-app


    Args:
        id (str):
        fields_apps (list[BuildsAppGetToOneRelatedFieldsAppsItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppWithoutIncludesResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_apps=fields_apps,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppWithoutIncludesResponse] = AppWithoutIncludesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppWithoutIncludesResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
