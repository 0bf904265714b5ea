from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_accessibility_declarations_get_to_many_related_fields_accessibility_declarations_item import (
        AppsAccessibilityDeclarationsGetToManyRelatedFieldsAccessibilityDeclarationsItem,
    )
    from ...models.apps_accessibility_declarations_get_to_many_related_filter_device_family_item import (
        AppsAccessibilityDeclarationsGetToManyRelatedFilterDeviceFamilyItem,
    )
    from ...models.apps_accessibility_declarations_get_to_many_related_filter_state_item import (
        AppsAccessibilityDeclarationsGetToManyRelatedFilterStateItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accessibility_declarations_response import AccessibilityDeclarationsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_device_family: list[AppsAccessibilityDeclarationsGetToManyRelatedFilterDeviceFamilyItem]
    | Unset = UNSET,
    filter_state: list[AppsAccessibilityDeclarationsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_accessibility_declarations: list[
        AppsAccessibilityDeclarationsGetToManyRelatedFieldsAccessibilityDeclarationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[deviceFamily]",
        "filter_device_family",
        filter_device_family,
        "AppsAccessibilityDeclarationsGetToManyRelatedFilterDeviceFamilyItem",
    )
    _params.query_list(
        params,
        "filter[state]",
        "filter_state",
        filter_state,
        "AppsAccessibilityDeclarationsGetToManyRelatedFilterStateItem",
    )
    _params.query_list(
        params,
        "fields[accessibilityDeclarations]",
        "fields_accessibility_declarations",
        fields_accessibility_declarations,
        "AppsAccessibilityDeclarationsGetToManyRelatedFieldsAccessibilityDeclarationsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/accessibilityDeclarations".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessibilityDeclarationsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AccessibilityDeclarationsResponse.from_dict(response.json())

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
) -> Response[AccessibilityDeclarationsResponse | ErrorResponse]:
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
    filter_device_family: list[AppsAccessibilityDeclarationsGetToManyRelatedFilterDeviceFamilyItem]
    | Unset = UNSET,
    filter_state: list[AppsAccessibilityDeclarationsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_accessibility_declarations: list[
        AppsAccessibilityDeclarationsGetToManyRelatedFieldsAccessibilityDeclarationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[AccessibilityDeclarationsResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/accessibilityDeclarations`` (apps_accessibilityDeclarations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-accessibilitydeclarations


    Args:
        id (str):
        filter_device_family
            (list[AppsAccessibilityDeclarationsGetToManyRelatedFilterDeviceFamilyItem] | Unset):
        filter_state (list[AppsAccessibilityDeclarationsGetToManyRelatedFilterStateItem] | Unset):
        fields_accessibility_declarations
            (list[AppsAccessibilityDeclarationsGetToManyRelatedFieldsAccessibilityDeclarationsItem] |
            Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessibilityDeclarationsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_device_family=filter_device_family,
        filter_state=filter_state,
        fields_accessibility_declarations=fields_accessibility_declarations,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_device_family: list[AppsAccessibilityDeclarationsGetToManyRelatedFilterDeviceFamilyItem]
    | Unset = UNSET,
    filter_state: list[AppsAccessibilityDeclarationsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_accessibility_declarations: list[
        AppsAccessibilityDeclarationsGetToManyRelatedFieldsAccessibilityDeclarationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> AccessibilityDeclarationsResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/accessibilityDeclarations`` (apps_accessibilityDeclarations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-accessibilitydeclarations


    Args:
        id (str):
        filter_device_family
            (list[AppsAccessibilityDeclarationsGetToManyRelatedFilterDeviceFamilyItem] | Unset):
        filter_state (list[AppsAccessibilityDeclarationsGetToManyRelatedFilterStateItem] | Unset):
        fields_accessibility_declarations
            (list[AppsAccessibilityDeclarationsGetToManyRelatedFieldsAccessibilityDeclarationsItem] |
            Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessibilityDeclarationsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_device_family=filter_device_family,
        filter_state=filter_state,
        fields_accessibility_declarations=fields_accessibility_declarations,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_device_family: list[AppsAccessibilityDeclarationsGetToManyRelatedFilterDeviceFamilyItem]
    | Unset = UNSET,
    filter_state: list[AppsAccessibilityDeclarationsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_accessibility_declarations: list[
        AppsAccessibilityDeclarationsGetToManyRelatedFieldsAccessibilityDeclarationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[AccessibilityDeclarationsResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/accessibilityDeclarations`` (apps_accessibilityDeclarations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-accessibilitydeclarations


    Args:
        id (str):
        filter_device_family
            (list[AppsAccessibilityDeclarationsGetToManyRelatedFilterDeviceFamilyItem] | Unset):
        filter_state (list[AppsAccessibilityDeclarationsGetToManyRelatedFilterStateItem] | Unset):
        fields_accessibility_declarations
            (list[AppsAccessibilityDeclarationsGetToManyRelatedFieldsAccessibilityDeclarationsItem] |
            Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessibilityDeclarationsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_device_family=filter_device_family,
        filter_state=filter_state,
        fields_accessibility_declarations=fields_accessibility_declarations,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_device_family: list[AppsAccessibilityDeclarationsGetToManyRelatedFilterDeviceFamilyItem]
    | Unset = UNSET,
    filter_state: list[AppsAccessibilityDeclarationsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_accessibility_declarations: list[
        AppsAccessibilityDeclarationsGetToManyRelatedFieldsAccessibilityDeclarationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> AccessibilityDeclarationsResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/accessibilityDeclarations`` (apps_accessibilityDeclarations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-accessibilitydeclarations


    Args:
        id (str):
        filter_device_family
            (list[AppsAccessibilityDeclarationsGetToManyRelatedFilterDeviceFamilyItem] | Unset):
        filter_state (list[AppsAccessibilityDeclarationsGetToManyRelatedFilterStateItem] | Unset):
        fields_accessibility_declarations
            (list[AppsAccessibilityDeclarationsGetToManyRelatedFieldsAccessibilityDeclarationsItem] |
            Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessibilityDeclarationsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_device_family=filter_device_family,
            filter_state=filter_state,
            fields_accessibility_declarations=fields_accessibility_declarations,
            limit=limit,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AccessibilityDeclarationsResponse] = AccessibilityDeclarationsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.accessibility_declaration import AccessibilityDeclaration

ITEM_TYPE: type[AccessibilityDeclaration] = AccessibilityDeclaration
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AccessibilityDeclarationsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
