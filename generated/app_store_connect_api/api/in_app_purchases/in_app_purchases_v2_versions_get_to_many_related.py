from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.in_app_purchases_v2_versions_get_to_many_related_fields_in_app_purchase_images_item import (
        InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseImagesItem,
    )
    from ...models.in_app_purchases_v2_versions_get_to_many_related_fields_in_app_purchase_localizations_item import (
        InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseLocalizationsItem,
    )
    from ...models.in_app_purchases_v2_versions_get_to_many_related_fields_in_app_purchase_versions_item import (
        InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseVersionsItem,
    )
    from ...models.in_app_purchases_v2_versions_get_to_many_related_fields_in_app_purchases_item import (
        InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchasesItem,
    )
    from ...models.in_app_purchases_v2_versions_get_to_many_related_filter_state_item import (
        InAppPurchasesV2VersionsGetToManyRelatedFilterStateItem,
    )
    from ...models.in_app_purchases_v2_versions_get_to_many_related_include_item import (
        InAppPurchasesV2VersionsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.in_app_purchase_versions_response import InAppPurchaseVersionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_state: list[InAppPurchasesV2VersionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_in_app_purchase_versions: list[
        InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseVersionsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchases: list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchasesItem]
    | Unset = UNSET,
    fields_in_app_purchase_images: list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseImagesItem]
    | Unset = UNSET,
    fields_in_app_purchase_localizations: list[
        InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchasesV2VersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[state]",
        "filter_state",
        filter_state,
        "InAppPurchasesV2VersionsGetToManyRelatedFilterStateItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseVersions]",
        "fields_in_app_purchase_versions",
        fields_in_app_purchase_versions,
        "InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseVersionsItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchases]",
        "fields_in_app_purchases",
        fields_in_app_purchases,
        "InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchasesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseImages]",
        "fields_in_app_purchase_images",
        fields_in_app_purchase_images,
        "InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseImagesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseLocalizations]",
        "fields_in_app_purchase_localizations",
        fields_in_app_purchase_localizations,
        "InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseLocalizationsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "InAppPurchasesV2VersionsGetToManyRelatedIncludeItem"
    )
    _params.query_value(params, "limit[images]", "limit_images", limit_images, int)
    _params.query_value(params, "limit[localizations]", "limit_localizations", limit_localizations, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/inAppPurchases/{id}/versions".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InAppPurchaseVersionsResponse | None:
    if response.status_code == 200:
        response_200 = InAppPurchaseVersionsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | InAppPurchaseVersionsResponse]:
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
    filter_state: list[InAppPurchasesV2VersionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_in_app_purchase_versions: list[
        InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseVersionsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchases: list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchasesItem]
    | Unset = UNSET,
    fields_in_app_purchase_images: list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseImagesItem]
    | Unset = UNSET,
    fields_in_app_purchase_localizations: list[
        InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchasesV2VersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchaseVersionsResponse]:
    """``GET /v2/inAppPurchases/{id}/versions`` (inAppPurchasesV2_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-versions


    Args:
        id (str):
        filter_state (list[InAppPurchasesV2VersionsGetToManyRelatedFilterStateItem] | Unset):
        fields_in_app_purchase_versions
            (list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseVersionsItem] | Unset):
        fields_in_app_purchases
            (list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchasesItem] | Unset):
        fields_in_app_purchase_images
            (list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseImagesItem] | Unset):
        fields_in_app_purchase_localizations
            (list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseLocalizationsItem] |
            Unset):
        limit (int | Unset):
        include (list[InAppPurchasesV2VersionsGetToManyRelatedIncludeItem] | Unset):
        limit_images (int | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchaseVersionsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_state=filter_state,
        fields_in_app_purchase_versions=fields_in_app_purchase_versions,
        fields_in_app_purchases=fields_in_app_purchases,
        fields_in_app_purchase_images=fields_in_app_purchase_images,
        fields_in_app_purchase_localizations=fields_in_app_purchase_localizations,
        limit=limit,
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
    filter_state: list[InAppPurchasesV2VersionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_in_app_purchase_versions: list[
        InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseVersionsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchases: list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchasesItem]
    | Unset = UNSET,
    fields_in_app_purchase_images: list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseImagesItem]
    | Unset = UNSET,
    fields_in_app_purchase_localizations: list[
        InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchasesV2VersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> ErrorResponse | InAppPurchaseVersionsResponse | None:
    """``GET /v2/inAppPurchases/{id}/versions`` (inAppPurchasesV2_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-versions


    Args:
        id (str):
        filter_state (list[InAppPurchasesV2VersionsGetToManyRelatedFilterStateItem] | Unset):
        fields_in_app_purchase_versions
            (list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseVersionsItem] | Unset):
        fields_in_app_purchases
            (list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchasesItem] | Unset):
        fields_in_app_purchase_images
            (list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseImagesItem] | Unset):
        fields_in_app_purchase_localizations
            (list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseLocalizationsItem] |
            Unset):
        limit (int | Unset):
        include (list[InAppPurchasesV2VersionsGetToManyRelatedIncludeItem] | Unset):
        limit_images (int | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchaseVersionsResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_state=filter_state,
        fields_in_app_purchase_versions=fields_in_app_purchase_versions,
        fields_in_app_purchases=fields_in_app_purchases,
        fields_in_app_purchase_images=fields_in_app_purchase_images,
        fields_in_app_purchase_localizations=fields_in_app_purchase_localizations,
        limit=limit,
        include=include,
        limit_images=limit_images,
        limit_localizations=limit_localizations,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_state: list[InAppPurchasesV2VersionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_in_app_purchase_versions: list[
        InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseVersionsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchases: list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchasesItem]
    | Unset = UNSET,
    fields_in_app_purchase_images: list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseImagesItem]
    | Unset = UNSET,
    fields_in_app_purchase_localizations: list[
        InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchasesV2VersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchaseVersionsResponse]:
    """``GET /v2/inAppPurchases/{id}/versions`` (inAppPurchasesV2_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-versions


    Args:
        id (str):
        filter_state (list[InAppPurchasesV2VersionsGetToManyRelatedFilterStateItem] | Unset):
        fields_in_app_purchase_versions
            (list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseVersionsItem] | Unset):
        fields_in_app_purchases
            (list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchasesItem] | Unset):
        fields_in_app_purchase_images
            (list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseImagesItem] | Unset):
        fields_in_app_purchase_localizations
            (list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseLocalizationsItem] |
            Unset):
        limit (int | Unset):
        include (list[InAppPurchasesV2VersionsGetToManyRelatedIncludeItem] | Unset):
        limit_images (int | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchaseVersionsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_state=filter_state,
        fields_in_app_purchase_versions=fields_in_app_purchase_versions,
        fields_in_app_purchases=fields_in_app_purchases,
        fields_in_app_purchase_images=fields_in_app_purchase_images,
        fields_in_app_purchase_localizations=fields_in_app_purchase_localizations,
        limit=limit,
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
    filter_state: list[InAppPurchasesV2VersionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_in_app_purchase_versions: list[
        InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseVersionsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchases: list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchasesItem]
    | Unset = UNSET,
    fields_in_app_purchase_images: list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseImagesItem]
    | Unset = UNSET,
    fields_in_app_purchase_localizations: list[
        InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[InAppPurchasesV2VersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> ErrorResponse | InAppPurchaseVersionsResponse | None:
    """``GET /v2/inAppPurchases/{id}/versions`` (inAppPurchasesV2_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-versions


    Args:
        id (str):
        filter_state (list[InAppPurchasesV2VersionsGetToManyRelatedFilterStateItem] | Unset):
        fields_in_app_purchase_versions
            (list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseVersionsItem] | Unset):
        fields_in_app_purchases
            (list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchasesItem] | Unset):
        fields_in_app_purchase_images
            (list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseImagesItem] | Unset):
        fields_in_app_purchase_localizations
            (list[InAppPurchasesV2VersionsGetToManyRelatedFieldsInAppPurchaseLocalizationsItem] |
            Unset):
        limit (int | Unset):
        include (list[InAppPurchasesV2VersionsGetToManyRelatedIncludeItem] | Unset):
        limit_images (int | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchaseVersionsResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_state=filter_state,
            fields_in_app_purchase_versions=fields_in_app_purchase_versions,
            fields_in_app_purchases=fields_in_app_purchases,
            fields_in_app_purchase_images=fields_in_app_purchase_images,
            fields_in_app_purchase_localizations=fields_in_app_purchase_localizations,
            limit=limit,
            include=include,
            limit_images=limit_images,
            limit_localizations=limit_localizations,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[InAppPurchaseVersionsResponse] = InAppPurchaseVersionsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.in_app_purchase_version import InAppPurchaseVersion

ITEM_TYPE: type[InAppPurchaseVersion] = InAppPurchaseVersion
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | InAppPurchaseVersionsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
