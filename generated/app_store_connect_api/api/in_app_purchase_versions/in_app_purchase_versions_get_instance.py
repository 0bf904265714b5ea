from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.in_app_purchase_versions_get_instance_fields_in_app_purchase_images_item import (
        InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseImagesItem,
    )
    from ...models.in_app_purchase_versions_get_instance_fields_in_app_purchase_localizations_item import (
        InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseLocalizationsItem,
    )
    from ...models.in_app_purchase_versions_get_instance_fields_in_app_purchase_versions_item import (
        InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseVersionsItem,
    )
    from ...models.in_app_purchase_versions_get_instance_fields_in_app_purchases_item import (
        InAppPurchaseVersionsGetInstanceFieldsInAppPurchasesItem,
    )
    from ...models.in_app_purchase_versions_get_instance_include_item import (
        InAppPurchaseVersionsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.in_app_purchase_version_response import InAppPurchaseVersionResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_in_app_purchase_versions: list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseVersionsItem]
    | Unset = UNSET,
    fields_in_app_purchases: list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_in_app_purchase_images: list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseImagesItem]
    | Unset = UNSET,
    fields_in_app_purchase_localizations: list[
        InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[InAppPurchaseVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[inAppPurchaseVersions]",
        "fields_in_app_purchase_versions",
        fields_in_app_purchase_versions,
        "InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseVersionsItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchases]",
        "fields_in_app_purchases",
        fields_in_app_purchases,
        "InAppPurchaseVersionsGetInstanceFieldsInAppPurchasesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseImages]",
        "fields_in_app_purchase_images",
        fields_in_app_purchase_images,
        "InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseImagesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseLocalizations]",
        "fields_in_app_purchase_localizations",
        fields_in_app_purchase_localizations,
        "InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseLocalizationsItem",
    )
    _params.query_list(params, "include", "include", include, "InAppPurchaseVersionsGetInstanceIncludeItem")
    _params.query_value(params, "limit[images]", "limit_images", limit_images, int)
    _params.query_value(params, "limit[localizations]", "limit_localizations", limit_localizations, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/inAppPurchaseVersions/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InAppPurchaseVersionResponse | None:
    if response.status_code == 200:
        response_200 = InAppPurchaseVersionResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | InAppPurchaseVersionResponse]:
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
    fields_in_app_purchase_versions: list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseVersionsItem]
    | Unset = UNSET,
    fields_in_app_purchases: list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_in_app_purchase_images: list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseImagesItem]
    | Unset = UNSET,
    fields_in_app_purchase_localizations: list[
        InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[InAppPurchaseVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchaseVersionResponse]:
    """``GET /v1/inAppPurchaseVersions/{id}`` (inAppPurchaseVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_


    Args:
        id (str):
        fields_in_app_purchase_versions
            (list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseVersionsItem] | Unset):
        fields_in_app_purchases (list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchasesItem] |
            Unset):
        fields_in_app_purchase_images
            (list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseImagesItem] | Unset):
        fields_in_app_purchase_localizations
            (list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseLocalizationsItem] | Unset):
        include (list[InAppPurchaseVersionsGetInstanceIncludeItem] | Unset):
        limit_images (int | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchaseVersionResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_in_app_purchase_versions=fields_in_app_purchase_versions,
        fields_in_app_purchases=fields_in_app_purchases,
        fields_in_app_purchase_images=fields_in_app_purchase_images,
        fields_in_app_purchase_localizations=fields_in_app_purchase_localizations,
        include=include,
        limit_images=limit_images,
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
    fields_in_app_purchase_versions: list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseVersionsItem]
    | Unset = UNSET,
    fields_in_app_purchases: list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_in_app_purchase_images: list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseImagesItem]
    | Unset = UNSET,
    fields_in_app_purchase_localizations: list[
        InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[InAppPurchaseVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> ErrorResponse | InAppPurchaseVersionResponse | None:
    """``GET /v1/inAppPurchaseVersions/{id}`` (inAppPurchaseVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_


    Args:
        id (str):
        fields_in_app_purchase_versions
            (list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseVersionsItem] | Unset):
        fields_in_app_purchases (list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchasesItem] |
            Unset):
        fields_in_app_purchase_images
            (list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseImagesItem] | Unset):
        fields_in_app_purchase_localizations
            (list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseLocalizationsItem] | Unset):
        include (list[InAppPurchaseVersionsGetInstanceIncludeItem] | Unset):
        limit_images (int | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchaseVersionResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_in_app_purchase_versions=fields_in_app_purchase_versions,
        fields_in_app_purchases=fields_in_app_purchases,
        fields_in_app_purchase_images=fields_in_app_purchase_images,
        fields_in_app_purchase_localizations=fields_in_app_purchase_localizations,
        include=include,
        limit_images=limit_images,
        limit_localizations=limit_localizations,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_in_app_purchase_versions: list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseVersionsItem]
    | Unset = UNSET,
    fields_in_app_purchases: list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_in_app_purchase_images: list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseImagesItem]
    | Unset = UNSET,
    fields_in_app_purchase_localizations: list[
        InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[InAppPurchaseVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchaseVersionResponse]:
    """``GET /v1/inAppPurchaseVersions/{id}`` (inAppPurchaseVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_


    Args:
        id (str):
        fields_in_app_purchase_versions
            (list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseVersionsItem] | Unset):
        fields_in_app_purchases (list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchasesItem] |
            Unset):
        fields_in_app_purchase_images
            (list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseImagesItem] | Unset):
        fields_in_app_purchase_localizations
            (list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseLocalizationsItem] | Unset):
        include (list[InAppPurchaseVersionsGetInstanceIncludeItem] | Unset):
        limit_images (int | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchaseVersionResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_in_app_purchase_versions=fields_in_app_purchase_versions,
        fields_in_app_purchases=fields_in_app_purchases,
        fields_in_app_purchase_images=fields_in_app_purchase_images,
        fields_in_app_purchase_localizations=fields_in_app_purchase_localizations,
        include=include,
        limit_images=limit_images,
        limit_localizations=limit_localizations,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_in_app_purchase_versions: list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseVersionsItem]
    | Unset = UNSET,
    fields_in_app_purchases: list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_in_app_purchase_images: list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseImagesItem]
    | Unset = UNSET,
    fields_in_app_purchase_localizations: list[
        InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[InAppPurchaseVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> ErrorResponse | InAppPurchaseVersionResponse | None:
    """``GET /v1/inAppPurchaseVersions/{id}`` (inAppPurchaseVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseversions-_id_


    Args:
        id (str):
        fields_in_app_purchase_versions
            (list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseVersionsItem] | Unset):
        fields_in_app_purchases (list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchasesItem] |
            Unset):
        fields_in_app_purchase_images
            (list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseImagesItem] | Unset):
        fields_in_app_purchase_localizations
            (list[InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseLocalizationsItem] | Unset):
        include (list[InAppPurchaseVersionsGetInstanceIncludeItem] | Unset):
        limit_images (int | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchaseVersionResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_in_app_purchase_versions=fields_in_app_purchase_versions,
            fields_in_app_purchases=fields_in_app_purchases,
            fields_in_app_purchase_images=fields_in_app_purchase_images,
            fields_in_app_purchase_localizations=fields_in_app_purchase_localizations,
            include=include,
            limit_images=limit_images,
            limit_localizations=limit_localizations,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[InAppPurchaseVersionResponse] = InAppPurchaseVersionResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | InAppPurchaseVersionResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
