from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_in_app_purchases_get_to_many_related_fields_apps_item import (
        AppsInAppPurchasesGetToManyRelatedFieldsAppsItem,
    )
    from ...models.apps_in_app_purchases_get_to_many_related_fields_in_app_purchases_item import (
        AppsInAppPurchasesGetToManyRelatedFieldsInAppPurchasesItem,
    )
    from ...models.apps_in_app_purchases_get_to_many_related_filter_in_app_purchase_type_item import (
        AppsInAppPurchasesGetToManyRelatedFilterInAppPurchaseTypeItem,
    )
    from ...models.apps_in_app_purchases_get_to_many_related_include_item import (
        AppsInAppPurchasesGetToManyRelatedIncludeItem,
    )
    from ...models.apps_in_app_purchases_get_to_many_related_sort_item import (
        AppsInAppPurchasesGetToManyRelatedSortItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.in_app_purchases_response import InAppPurchasesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_in_app_purchase_type: list[AppsInAppPurchasesGetToManyRelatedFilterInAppPurchaseTypeItem]
    | Unset = UNSET,
    filter_can_be_submitted: list[str] | Unset = UNSET,
    sort: list[AppsInAppPurchasesGetToManyRelatedSortItem] | Unset = UNSET,
    fields_in_app_purchases: list[AppsInAppPurchasesGetToManyRelatedFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_apps: list[AppsInAppPurchasesGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsInAppPurchasesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_apps: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[inAppPurchaseType]",
        "filter_in_app_purchase_type",
        filter_in_app_purchase_type,
        "AppsInAppPurchasesGetToManyRelatedFilterInAppPurchaseTypeItem",
    )
    _params.query_list(
        params, "filter[canBeSubmitted]", "filter_can_be_submitted", filter_can_be_submitted, str
    )
    _params.query_list(params, "sort", "sort", sort, "AppsInAppPurchasesGetToManyRelatedSortItem")
    _params.query_list(
        params,
        "fields[inAppPurchases]",
        "fields_in_app_purchases",
        fields_in_app_purchases,
        "AppsInAppPurchasesGetToManyRelatedFieldsInAppPurchasesItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "AppsInAppPurchasesGetToManyRelatedFieldsAppsItem"
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "AppsInAppPurchasesGetToManyRelatedIncludeItem")
    _params.query_value(params, "limit[apps]", "limit_apps", limit_apps, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/inAppPurchases".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InAppPurchasesResponse | None:
    if response.status_code == 200:
        response_200 = InAppPurchasesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | InAppPurchasesResponse]:
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
    filter_in_app_purchase_type: list[AppsInAppPurchasesGetToManyRelatedFilterInAppPurchaseTypeItem]
    | Unset = UNSET,
    filter_can_be_submitted: list[str] | Unset = UNSET,
    sort: list[AppsInAppPurchasesGetToManyRelatedSortItem] | Unset = UNSET,
    fields_in_app_purchases: list[AppsInAppPurchasesGetToManyRelatedFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_apps: list[AppsInAppPurchasesGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsInAppPurchasesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_apps: int | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchasesResponse]:
    """``GET /v1/apps/{id}/inAppPurchases`` (apps_inAppPurchases_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-inapppurchases


    Args:
        id (str):
        filter_in_app_purchase_type
            (list[AppsInAppPurchasesGetToManyRelatedFilterInAppPurchaseTypeItem] | Unset):
        filter_can_be_submitted (list[str] | Unset):
        sort (list[AppsInAppPurchasesGetToManyRelatedSortItem] | Unset):
        fields_in_app_purchases (list[AppsInAppPurchasesGetToManyRelatedFieldsInAppPurchasesItem]
            | Unset):
        fields_apps (list[AppsInAppPurchasesGetToManyRelatedFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[AppsInAppPurchasesGetToManyRelatedIncludeItem] | Unset):
        limit_apps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchasesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_in_app_purchase_type=filter_in_app_purchase_type,
        filter_can_be_submitted=filter_can_be_submitted,
        sort=sort,
        fields_in_app_purchases=fields_in_app_purchases,
        fields_apps=fields_apps,
        limit=limit,
        include=include,
        limit_apps=limit_apps,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_in_app_purchase_type: list[AppsInAppPurchasesGetToManyRelatedFilterInAppPurchaseTypeItem]
    | Unset = UNSET,
    filter_can_be_submitted: list[str] | Unset = UNSET,
    sort: list[AppsInAppPurchasesGetToManyRelatedSortItem] | Unset = UNSET,
    fields_in_app_purchases: list[AppsInAppPurchasesGetToManyRelatedFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_apps: list[AppsInAppPurchasesGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsInAppPurchasesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_apps: int | Unset = UNSET,
) -> ErrorResponse | InAppPurchasesResponse | None:
    """``GET /v1/apps/{id}/inAppPurchases`` (apps_inAppPurchases_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-inapppurchases


    Args:
        id (str):
        filter_in_app_purchase_type
            (list[AppsInAppPurchasesGetToManyRelatedFilterInAppPurchaseTypeItem] | Unset):
        filter_can_be_submitted (list[str] | Unset):
        sort (list[AppsInAppPurchasesGetToManyRelatedSortItem] | Unset):
        fields_in_app_purchases (list[AppsInAppPurchasesGetToManyRelatedFieldsInAppPurchasesItem]
            | Unset):
        fields_apps (list[AppsInAppPurchasesGetToManyRelatedFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[AppsInAppPurchasesGetToManyRelatedIncludeItem] | Unset):
        limit_apps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchasesResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_in_app_purchase_type=filter_in_app_purchase_type,
        filter_can_be_submitted=filter_can_be_submitted,
        sort=sort,
        fields_in_app_purchases=fields_in_app_purchases,
        fields_apps=fields_apps,
        limit=limit,
        include=include,
        limit_apps=limit_apps,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_in_app_purchase_type: list[AppsInAppPurchasesGetToManyRelatedFilterInAppPurchaseTypeItem]
    | Unset = UNSET,
    filter_can_be_submitted: list[str] | Unset = UNSET,
    sort: list[AppsInAppPurchasesGetToManyRelatedSortItem] | Unset = UNSET,
    fields_in_app_purchases: list[AppsInAppPurchasesGetToManyRelatedFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_apps: list[AppsInAppPurchasesGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsInAppPurchasesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_apps: int | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchasesResponse]:
    """``GET /v1/apps/{id}/inAppPurchases`` (apps_inAppPurchases_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-inapppurchases


    Args:
        id (str):
        filter_in_app_purchase_type
            (list[AppsInAppPurchasesGetToManyRelatedFilterInAppPurchaseTypeItem] | Unset):
        filter_can_be_submitted (list[str] | Unset):
        sort (list[AppsInAppPurchasesGetToManyRelatedSortItem] | Unset):
        fields_in_app_purchases (list[AppsInAppPurchasesGetToManyRelatedFieldsInAppPurchasesItem]
            | Unset):
        fields_apps (list[AppsInAppPurchasesGetToManyRelatedFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[AppsInAppPurchasesGetToManyRelatedIncludeItem] | Unset):
        limit_apps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchasesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_in_app_purchase_type=filter_in_app_purchase_type,
        filter_can_be_submitted=filter_can_be_submitted,
        sort=sort,
        fields_in_app_purchases=fields_in_app_purchases,
        fields_apps=fields_apps,
        limit=limit,
        include=include,
        limit_apps=limit_apps,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_in_app_purchase_type: list[AppsInAppPurchasesGetToManyRelatedFilterInAppPurchaseTypeItem]
    | Unset = UNSET,
    filter_can_be_submitted: list[str] | Unset = UNSET,
    sort: list[AppsInAppPurchasesGetToManyRelatedSortItem] | Unset = UNSET,
    fields_in_app_purchases: list[AppsInAppPurchasesGetToManyRelatedFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_apps: list[AppsInAppPurchasesGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsInAppPurchasesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_apps: int | Unset = UNSET,
) -> ErrorResponse | InAppPurchasesResponse | None:
    """``GET /v1/apps/{id}/inAppPurchases`` (apps_inAppPurchases_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-inapppurchases


    Args:
        id (str):
        filter_in_app_purchase_type
            (list[AppsInAppPurchasesGetToManyRelatedFilterInAppPurchaseTypeItem] | Unset):
        filter_can_be_submitted (list[str] | Unset):
        sort (list[AppsInAppPurchasesGetToManyRelatedSortItem] | Unset):
        fields_in_app_purchases (list[AppsInAppPurchasesGetToManyRelatedFieldsInAppPurchasesItem]
            | Unset):
        fields_apps (list[AppsInAppPurchasesGetToManyRelatedFieldsAppsItem] | Unset):
        limit (int | Unset):
        include (list[AppsInAppPurchasesGetToManyRelatedIncludeItem] | Unset):
        limit_apps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchasesResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_in_app_purchase_type=filter_in_app_purchase_type,
            filter_can_be_submitted=filter_can_be_submitted,
            sort=sort,
            fields_in_app_purchases=fields_in_app_purchases,
            fields_apps=fields_apps,
            limit=limit,
            include=include,
            limit_apps=limit_apps,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[InAppPurchasesResponse] = InAppPurchasesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.in_app_purchase import InAppPurchase

ITEM_TYPE: type[InAppPurchase] = InAppPurchase
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | InAppPurchasesResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
