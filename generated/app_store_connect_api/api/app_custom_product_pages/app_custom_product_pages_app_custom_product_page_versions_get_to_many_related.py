from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_custom_product_pages_app_custom_product_page_versions_get_to_many_related_fields_app_custom_product_page_localizations_item import (
        AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem,
    )
    from ...models.app_custom_product_pages_app_custom_product_page_versions_get_to_many_related_fields_app_custom_product_page_versions_item import (
        AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFieldsAppCustomProductPageVersionsItem,
    )
    from ...models.app_custom_product_pages_app_custom_product_page_versions_get_to_many_related_fields_app_custom_product_pages_item import (
        AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFieldsAppCustomProductPagesItem,
    )
    from ...models.app_custom_product_pages_app_custom_product_page_versions_get_to_many_related_filter_state_item import (
        AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFilterStateItem,
    )
    from ...models.app_custom_product_pages_app_custom_product_page_versions_get_to_many_related_include_item import (
        AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_custom_product_page_versions_response import AppCustomProductPageVersionsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_state: list[AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFilterStateItem]
    | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_pages: list[
        AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFieldsAppCustomProductPagesItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
    limit_app_custom_product_page_localizations: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[state]",
        "filter_state",
        filter_state,
        "AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFilterStateItem",
    )
    _params.query_list(
        params,
        "fields[appCustomProductPageVersions]",
        "fields_app_custom_product_page_versions",
        fields_app_custom_product_page_versions,
        "AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFieldsAppCustomProductPageVersionsItem",
    )
    _params.query_list(
        params,
        "fields[appCustomProductPages]",
        "fields_app_custom_product_pages",
        fields_app_custom_product_pages,
        "AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFieldsAppCustomProductPagesItem",
    )
    _params.query_list(
        params,
        "fields[appCustomProductPageLocalizations]",
        "fields_app_custom_product_page_localizations",
        fields_app_custom_product_page_localizations,
        "AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedIncludeItem",
    )
    _params.query_value(
        params,
        "limit[appCustomProductPageLocalizations]",
        "limit_app_custom_product_page_localizations",
        limit_app_custom_product_page_localizations,
        int,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appCustomProductPages/{id}/appCustomProductPageVersions".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppCustomProductPageVersionsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppCustomProductPageVersionsResponse.from_dict(response.json())

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
) -> Response[AppCustomProductPageVersionsResponse | ErrorResponse]:
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
    filter_state: list[AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFilterStateItem]
    | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_pages: list[
        AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFieldsAppCustomProductPagesItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
    limit_app_custom_product_page_localizations: int | Unset = UNSET,
) -> Response[AppCustomProductPageVersionsResponse | ErrorResponse]:
    """``GET /v1/appCustomProductPages/{id}/appCustomProductPageVersions`` (appCustomProductPages_appCustomProductPageVersions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpages-_id_-appcustomproductpageversions


    Args:
        id (str):
        filter_state
            (list[AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFilterStateItem] |
            Unset):
        fields_app_custom_product_page_versions (list[AppCustomProductPagesAppCustomProductPageVer
            sionsGetToManyRelatedFieldsAppCustomProductPageVersionsItem] | Unset):
        fields_app_custom_product_pages (list[AppCustomProductPagesAppCustomProductPageVersionsGet
            ToManyRelatedFieldsAppCustomProductPagesItem] | Unset):
        fields_app_custom_product_page_localizations (list[AppCustomProductPagesAppCustomProductPa
            geVersionsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem] | Unset):
        limit (int | Unset):
        include
            (list[AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedIncludeItem] |
            Unset):
        limit_app_custom_product_page_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppCustomProductPageVersionsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_state=filter_state,
        fields_app_custom_product_page_versions=fields_app_custom_product_page_versions,
        fields_app_custom_product_pages=fields_app_custom_product_pages,
        fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
        limit=limit,
        include=include,
        limit_app_custom_product_page_localizations=limit_app_custom_product_page_localizations,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_state: list[AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFilterStateItem]
    | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_pages: list[
        AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFieldsAppCustomProductPagesItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
    limit_app_custom_product_page_localizations: int | Unset = UNSET,
) -> AppCustomProductPageVersionsResponse | ErrorResponse | None:
    """``GET /v1/appCustomProductPages/{id}/appCustomProductPageVersions`` (appCustomProductPages_appCustomProductPageVersions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpages-_id_-appcustomproductpageversions


    Args:
        id (str):
        filter_state
            (list[AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFilterStateItem] |
            Unset):
        fields_app_custom_product_page_versions (list[AppCustomProductPagesAppCustomProductPageVer
            sionsGetToManyRelatedFieldsAppCustomProductPageVersionsItem] | Unset):
        fields_app_custom_product_pages (list[AppCustomProductPagesAppCustomProductPageVersionsGet
            ToManyRelatedFieldsAppCustomProductPagesItem] | Unset):
        fields_app_custom_product_page_localizations (list[AppCustomProductPagesAppCustomProductPa
            geVersionsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem] | Unset):
        limit (int | Unset):
        include
            (list[AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedIncludeItem] |
            Unset):
        limit_app_custom_product_page_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppCustomProductPageVersionsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_state=filter_state,
        fields_app_custom_product_page_versions=fields_app_custom_product_page_versions,
        fields_app_custom_product_pages=fields_app_custom_product_pages,
        fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
        limit=limit,
        include=include,
        limit_app_custom_product_page_localizations=limit_app_custom_product_page_localizations,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_state: list[AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFilterStateItem]
    | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_pages: list[
        AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFieldsAppCustomProductPagesItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
    limit_app_custom_product_page_localizations: int | Unset = UNSET,
) -> Response[AppCustomProductPageVersionsResponse | ErrorResponse]:
    """``GET /v1/appCustomProductPages/{id}/appCustomProductPageVersions`` (appCustomProductPages_appCustomProductPageVersions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpages-_id_-appcustomproductpageversions


    Args:
        id (str):
        filter_state
            (list[AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFilterStateItem] |
            Unset):
        fields_app_custom_product_page_versions (list[AppCustomProductPagesAppCustomProductPageVer
            sionsGetToManyRelatedFieldsAppCustomProductPageVersionsItem] | Unset):
        fields_app_custom_product_pages (list[AppCustomProductPagesAppCustomProductPageVersionsGet
            ToManyRelatedFieldsAppCustomProductPagesItem] | Unset):
        fields_app_custom_product_page_localizations (list[AppCustomProductPagesAppCustomProductPa
            geVersionsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem] | Unset):
        limit (int | Unset):
        include
            (list[AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedIncludeItem] |
            Unset):
        limit_app_custom_product_page_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppCustomProductPageVersionsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_state=filter_state,
        fields_app_custom_product_page_versions=fields_app_custom_product_page_versions,
        fields_app_custom_product_pages=fields_app_custom_product_pages,
        fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
        limit=limit,
        include=include,
        limit_app_custom_product_page_localizations=limit_app_custom_product_page_localizations,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_state: list[AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFilterStateItem]
    | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_pages: list[
        AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFieldsAppCustomProductPagesItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
    limit_app_custom_product_page_localizations: int | Unset = UNSET,
) -> AppCustomProductPageVersionsResponse | ErrorResponse | None:
    """``GET /v1/appCustomProductPages/{id}/appCustomProductPageVersions`` (appCustomProductPages_appCustomProductPageVersions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpages-_id_-appcustomproductpageversions


    Args:
        id (str):
        filter_state
            (list[AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFilterStateItem] |
            Unset):
        fields_app_custom_product_page_versions (list[AppCustomProductPagesAppCustomProductPageVer
            sionsGetToManyRelatedFieldsAppCustomProductPageVersionsItem] | Unset):
        fields_app_custom_product_pages (list[AppCustomProductPagesAppCustomProductPageVersionsGet
            ToManyRelatedFieldsAppCustomProductPagesItem] | Unset):
        fields_app_custom_product_page_localizations (list[AppCustomProductPagesAppCustomProductPa
            geVersionsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem] | Unset):
        limit (int | Unset):
        include
            (list[AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedIncludeItem] |
            Unset):
        limit_app_custom_product_page_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppCustomProductPageVersionsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_state=filter_state,
            fields_app_custom_product_page_versions=fields_app_custom_product_page_versions,
            fields_app_custom_product_pages=fields_app_custom_product_pages,
            fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
            limit=limit,
            include=include,
            limit_app_custom_product_page_localizations=limit_app_custom_product_page_localizations,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppCustomProductPageVersionsResponse] = AppCustomProductPageVersionsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app_custom_product_page_version import AppCustomProductPageVersion

ITEM_TYPE: type[AppCustomProductPageVersion] = AppCustomProductPageVersion
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppCustomProductPageVersionsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
