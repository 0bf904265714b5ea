from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.subscription_localizations_v2_get_instance_fields_subscription_localizations_item import (
        SubscriptionLocalizationsV2GetInstanceFieldsSubscriptionLocalizationsItem,
    )
    from ...models.subscription_localizations_v2_get_instance_fields_subscription_versions_item import (
        SubscriptionLocalizationsV2GetInstanceFieldsSubscriptionVersionsItem,
    )
    from ...models.subscription_localizations_v2_get_instance_include_item import (
        SubscriptionLocalizationsV2GetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription_localization_v2_response import SubscriptionLocalizationV2Response
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_subscription_localizations: list[
        SubscriptionLocalizationsV2GetInstanceFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscription_versions: list[SubscriptionLocalizationsV2GetInstanceFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    include: list[SubscriptionLocalizationsV2GetInstanceIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[subscriptionLocalizations]",
        "fields_subscription_localizations",
        fields_subscription_localizations,
        "SubscriptionLocalizationsV2GetInstanceFieldsSubscriptionLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionVersions]",
        "fields_subscription_versions",
        fields_subscription_versions,
        "SubscriptionLocalizationsV2GetInstanceFieldsSubscriptionVersionsItem",
    )
    _params.query_list(
        params, "include", "include", include, "SubscriptionLocalizationsV2GetInstanceIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/subscriptionLocalizations/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriptionLocalizationV2Response | None:
    if response.status_code == 200:
        response_200 = SubscriptionLocalizationV2Response.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriptionLocalizationV2Response]:
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
    fields_subscription_localizations: list[
        SubscriptionLocalizationsV2GetInstanceFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscription_versions: list[SubscriptionLocalizationsV2GetInstanceFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    include: list[SubscriptionLocalizationsV2GetInstanceIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionLocalizationV2Response]:
    """``GET /v2/subscriptionLocalizations/{id}`` (subscriptionLocalizationsV2_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-subscriptionlocalizations-_id_


    Args:
        id (str):
        fields_subscription_localizations
            (list[SubscriptionLocalizationsV2GetInstanceFieldsSubscriptionLocalizationsItem] | Unset):
        fields_subscription_versions
            (list[SubscriptionLocalizationsV2GetInstanceFieldsSubscriptionVersionsItem] | Unset):
        include (list[SubscriptionLocalizationsV2GetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionLocalizationV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscription_localizations=fields_subscription_localizations,
        fields_subscription_versions=fields_subscription_versions,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_localizations: list[
        SubscriptionLocalizationsV2GetInstanceFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscription_versions: list[SubscriptionLocalizationsV2GetInstanceFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    include: list[SubscriptionLocalizationsV2GetInstanceIncludeItem] | Unset = UNSET,
) -> ErrorResponse | SubscriptionLocalizationV2Response | None:
    """``GET /v2/subscriptionLocalizations/{id}`` (subscriptionLocalizationsV2_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-subscriptionlocalizations-_id_


    Args:
        id (str):
        fields_subscription_localizations
            (list[SubscriptionLocalizationsV2GetInstanceFieldsSubscriptionLocalizationsItem] | Unset):
        fields_subscription_versions
            (list[SubscriptionLocalizationsV2GetInstanceFieldsSubscriptionVersionsItem] | Unset):
        include (list[SubscriptionLocalizationsV2GetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionLocalizationV2Response

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_subscription_localizations=fields_subscription_localizations,
        fields_subscription_versions=fields_subscription_versions,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_localizations: list[
        SubscriptionLocalizationsV2GetInstanceFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscription_versions: list[SubscriptionLocalizationsV2GetInstanceFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    include: list[SubscriptionLocalizationsV2GetInstanceIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionLocalizationV2Response]:
    """``GET /v2/subscriptionLocalizations/{id}`` (subscriptionLocalizationsV2_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-subscriptionlocalizations-_id_


    Args:
        id (str):
        fields_subscription_localizations
            (list[SubscriptionLocalizationsV2GetInstanceFieldsSubscriptionLocalizationsItem] | Unset):
        fields_subscription_versions
            (list[SubscriptionLocalizationsV2GetInstanceFieldsSubscriptionVersionsItem] | Unset):
        include (list[SubscriptionLocalizationsV2GetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionLocalizationV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscription_localizations=fields_subscription_localizations,
        fields_subscription_versions=fields_subscription_versions,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_localizations: list[
        SubscriptionLocalizationsV2GetInstanceFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscription_versions: list[SubscriptionLocalizationsV2GetInstanceFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    include: list[SubscriptionLocalizationsV2GetInstanceIncludeItem] | Unset = UNSET,
) -> ErrorResponse | SubscriptionLocalizationV2Response | None:
    """``GET /v2/subscriptionLocalizations/{id}`` (subscriptionLocalizationsV2_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-subscriptionlocalizations-_id_


    Args:
        id (str):
        fields_subscription_localizations
            (list[SubscriptionLocalizationsV2GetInstanceFieldsSubscriptionLocalizationsItem] | Unset):
        fields_subscription_versions
            (list[SubscriptionLocalizationsV2GetInstanceFieldsSubscriptionVersionsItem] | Unset):
        include (list[SubscriptionLocalizationsV2GetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionLocalizationV2Response

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_subscription_localizations=fields_subscription_localizations,
            fields_subscription_versions=fields_subscription_versions,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[SubscriptionLocalizationV2Response] = SubscriptionLocalizationV2Response
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | SubscriptionLocalizationV2Response]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
