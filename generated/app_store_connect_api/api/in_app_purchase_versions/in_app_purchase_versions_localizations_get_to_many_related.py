from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.in_app_purchase_versions_localizations_get_to_many_related_fields_in_app_purchase_localizations_item import (
        InAppPurchaseVersionsLocalizationsGetToManyRelatedFieldsInAppPurchaseLocalizationsItem,
    )
    from ...models.in_app_purchase_versions_localizations_get_to_many_related_fields_in_app_purchase_versions_item import (
        InAppPurchaseVersionsLocalizationsGetToManyRelatedFieldsInAppPurchaseVersionsItem,
    )
    from ...models.in_app_purchase_versions_localizations_get_to_many_related_include_item import (
        InAppPurchaseVersionsLocalizationsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.in_app_purchase_localizations_v2_response import InAppPurchaseLocalizationsV2Response
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_in_app_purchase_localizations: list[
        InAppPurchaseVersionsLocalizationsGetToManyRelatedFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_versions: list[
        InAppPurchaseVersionsLocalizationsGetToManyRelatedFieldsInAppPurchaseVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchaseVersionsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[inAppPurchaseLocalizations]",
        "fields_in_app_purchase_localizations",
        fields_in_app_purchase_localizations,
        "InAppPurchaseVersionsLocalizationsGetToManyRelatedFieldsInAppPurchaseLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseVersions]",
        "fields_in_app_purchase_versions",
        fields_in_app_purchase_versions,
        "InAppPurchaseVersionsLocalizationsGetToManyRelatedFieldsInAppPurchaseVersionsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "InAppPurchaseVersionsLocalizationsGetToManyRelatedIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/inAppPurchaseVersions/{id}/localizations".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InAppPurchaseLocalizationsV2Response | None:
    if response.status_code == 200:
        response_200 = InAppPurchaseLocalizationsV2Response.from_dict(response.json())

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
) -> Response[ErrorResponse | InAppPurchaseLocalizationsV2Response]:
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
    fields_in_app_purchase_localizations: list[
        InAppPurchaseVersionsLocalizationsGetToManyRelatedFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_versions: list[
        InAppPurchaseVersionsLocalizationsGetToManyRelatedFieldsInAppPurchaseVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchaseVersionsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchaseLocalizationsV2Response]:
    """``GET /v1/inAppPurchaseVersions/{id}/localizations`` (inAppPurchaseVersions_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-localizations


    Args:
        id (str):
        fields_in_app_purchase_localizations (list[InAppPurchaseVersionsLocalizationsGetToManyRela
            tedFieldsInAppPurchaseLocalizationsItem] | Unset):
        fields_in_app_purchase_versions
            (list[InAppPurchaseVersionsLocalizationsGetToManyRelatedFieldsInAppPurchaseVersionsItem] |
            Unset):
        limit (int | Unset):
        include (list[InAppPurchaseVersionsLocalizationsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchaseLocalizationsV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_in_app_purchase_localizations=fields_in_app_purchase_localizations,
        fields_in_app_purchase_versions=fields_in_app_purchase_versions,
        limit=limit,
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
    fields_in_app_purchase_localizations: list[
        InAppPurchaseVersionsLocalizationsGetToManyRelatedFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_versions: list[
        InAppPurchaseVersionsLocalizationsGetToManyRelatedFieldsInAppPurchaseVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchaseVersionsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | InAppPurchaseLocalizationsV2Response | None:
    """``GET /v1/inAppPurchaseVersions/{id}/localizations`` (inAppPurchaseVersions_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-localizations


    Args:
        id (str):
        fields_in_app_purchase_localizations (list[InAppPurchaseVersionsLocalizationsGetToManyRela
            tedFieldsInAppPurchaseLocalizationsItem] | Unset):
        fields_in_app_purchase_versions
            (list[InAppPurchaseVersionsLocalizationsGetToManyRelatedFieldsInAppPurchaseVersionsItem] |
            Unset):
        limit (int | Unset):
        include (list[InAppPurchaseVersionsLocalizationsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchaseLocalizationsV2Response

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_in_app_purchase_localizations=fields_in_app_purchase_localizations,
        fields_in_app_purchase_versions=fields_in_app_purchase_versions,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_in_app_purchase_localizations: list[
        InAppPurchaseVersionsLocalizationsGetToManyRelatedFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_versions: list[
        InAppPurchaseVersionsLocalizationsGetToManyRelatedFieldsInAppPurchaseVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchaseVersionsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchaseLocalizationsV2Response]:
    """``GET /v1/inAppPurchaseVersions/{id}/localizations`` (inAppPurchaseVersions_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-localizations


    Args:
        id (str):
        fields_in_app_purchase_localizations (list[InAppPurchaseVersionsLocalizationsGetToManyRela
            tedFieldsInAppPurchaseLocalizationsItem] | Unset):
        fields_in_app_purchase_versions
            (list[InAppPurchaseVersionsLocalizationsGetToManyRelatedFieldsInAppPurchaseVersionsItem] |
            Unset):
        limit (int | Unset):
        include (list[InAppPurchaseVersionsLocalizationsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchaseLocalizationsV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_in_app_purchase_localizations=fields_in_app_purchase_localizations,
        fields_in_app_purchase_versions=fields_in_app_purchase_versions,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_in_app_purchase_localizations: list[
        InAppPurchaseVersionsLocalizationsGetToManyRelatedFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_versions: list[
        InAppPurchaseVersionsLocalizationsGetToManyRelatedFieldsInAppPurchaseVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchaseVersionsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | InAppPurchaseLocalizationsV2Response | None:
    """``GET /v1/inAppPurchaseVersions/{id}/localizations`` (inAppPurchaseVersions_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_-localizations


    Args:
        id (str):
        fields_in_app_purchase_localizations (list[InAppPurchaseVersionsLocalizationsGetToManyRela
            tedFieldsInAppPurchaseLocalizationsItem] | Unset):
        fields_in_app_purchase_versions
            (list[InAppPurchaseVersionsLocalizationsGetToManyRelatedFieldsInAppPurchaseVersionsItem] |
            Unset):
        limit (int | Unset):
        include (list[InAppPurchaseVersionsLocalizationsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchaseLocalizationsV2Response

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_in_app_purchase_localizations=fields_in_app_purchase_localizations,
            fields_in_app_purchase_versions=fields_in_app_purchase_versions,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[InAppPurchaseLocalizationsV2Response] = InAppPurchaseLocalizationsV2Response
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.in_app_purchase_localization_v2 import InAppPurchaseLocalizationV2

ITEM_TYPE: type[InAppPurchaseLocalizationV2] = InAppPurchaseLocalizationV2
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | InAppPurchaseLocalizationsV2Response]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
