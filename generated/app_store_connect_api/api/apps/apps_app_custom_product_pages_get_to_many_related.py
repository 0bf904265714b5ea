from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_custom_product_pages_response import AppCustomProductPagesResponse
from ...models.apps_app_custom_product_pages_get_to_many_related_fields_app_custom_product_page_versions_item import (
    AppsAppCustomProductPagesGetToManyRelatedFieldsAppCustomProductPageVersionsItem,
)
from ...models.apps_app_custom_product_pages_get_to_many_related_fields_app_custom_product_pages_item import (
    AppsAppCustomProductPagesGetToManyRelatedFieldsAppCustomProductPagesItem,
)
from ...models.apps_app_custom_product_pages_get_to_many_related_fields_apps_item import (
    AppsAppCustomProductPagesGetToManyRelatedFieldsAppsItem,
)
from ...models.apps_app_custom_product_pages_get_to_many_related_include_item import (
    AppsAppCustomProductPagesGetToManyRelatedIncludeItem,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_visible: list[str] | Unset = UNSET,
    fields_app_custom_product_pages: list[
        AppsAppCustomProductPagesGetToManyRelatedFieldsAppCustomProductPagesItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppsAppCustomProductPagesGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        AppsAppCustomProductPagesGetToManyRelatedFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppCustomProductPagesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_custom_product_page_versions: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if isinstance(filter_visible, list):
        params["filter[visible]"] = ",".join(str(item) for item in filter_visible)

    if isinstance(fields_app_custom_product_pages, list):
        params["fields[appCustomProductPages]"] = ",".join(
            str(item) for item in fields_app_custom_product_pages
        )

    if isinstance(fields_apps, list):
        params["fields[apps]"] = ",".join(str(item) for item in fields_apps)

    if isinstance(fields_app_custom_product_page_versions, list):
        params["fields[appCustomProductPageVersions]"] = ",".join(
            str(item) for item in fields_app_custom_product_page_versions
        )

    params["limit"] = limit

    if isinstance(include, list):
        params["include"] = ",".join(str(item) for item in include)

    params["limit[appCustomProductPageVersions]"] = limit_app_custom_product_page_versions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/appCustomProductPages".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppCustomProductPagesResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppCustomProductPagesResponse.from_dict(response.json())

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
) -> Response[AppCustomProductPagesResponse | ErrorResponse]:
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
    filter_visible: list[str] | Unset = UNSET,
    fields_app_custom_product_pages: list[
        AppsAppCustomProductPagesGetToManyRelatedFieldsAppCustomProductPagesItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppsAppCustomProductPagesGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        AppsAppCustomProductPagesGetToManyRelatedFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppCustomProductPagesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_custom_product_page_versions: int | Unset = UNSET,
) -> Response[AppCustomProductPagesResponse | ErrorResponse]:
    """
    Args:
        id (str):
        filter_visible (list[str] | Unset):
        fields_app_custom_product_pages
            (list[AppsAppCustomProductPagesGetToManyRelatedFieldsAppCustomProductPagesItem] | Unset):
        fields_apps (list[AppsAppCustomProductPagesGetToManyRelatedFieldsAppsItem] | Unset):
        fields_app_custom_product_page_versions
            (list[AppsAppCustomProductPagesGetToManyRelatedFieldsAppCustomProductPageVersionsItem] |
            Unset):
        limit (int | Unset):
        include (list[AppsAppCustomProductPagesGetToManyRelatedIncludeItem] | Unset):
        limit_app_custom_product_page_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppCustomProductPagesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        filter_visible=filter_visible,
        fields_app_custom_product_pages=fields_app_custom_product_pages,
        fields_apps=fields_apps,
        fields_app_custom_product_page_versions=fields_app_custom_product_page_versions,
        limit=limit,
        include=include,
        limit_app_custom_product_page_versions=limit_app_custom_product_page_versions,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_visible: list[str] | Unset = UNSET,
    fields_app_custom_product_pages: list[
        AppsAppCustomProductPagesGetToManyRelatedFieldsAppCustomProductPagesItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppsAppCustomProductPagesGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        AppsAppCustomProductPagesGetToManyRelatedFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppCustomProductPagesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_custom_product_page_versions: int | Unset = UNSET,
) -> AppCustomProductPagesResponse | ErrorResponse | None:
    """
    Args:
        id (str):
        filter_visible (list[str] | Unset):
        fields_app_custom_product_pages
            (list[AppsAppCustomProductPagesGetToManyRelatedFieldsAppCustomProductPagesItem] | Unset):
        fields_apps (list[AppsAppCustomProductPagesGetToManyRelatedFieldsAppsItem] | Unset):
        fields_app_custom_product_page_versions
            (list[AppsAppCustomProductPagesGetToManyRelatedFieldsAppCustomProductPageVersionsItem] |
            Unset):
        limit (int | Unset):
        include (list[AppsAppCustomProductPagesGetToManyRelatedIncludeItem] | Unset):
        limit_app_custom_product_page_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppCustomProductPagesResponse | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        filter_visible=filter_visible,
        fields_app_custom_product_pages=fields_app_custom_product_pages,
        fields_apps=fields_apps,
        fields_app_custom_product_page_versions=fields_app_custom_product_page_versions,
        limit=limit,
        include=include,
        limit_app_custom_product_page_versions=limit_app_custom_product_page_versions,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_visible: list[str] | Unset = UNSET,
    fields_app_custom_product_pages: list[
        AppsAppCustomProductPagesGetToManyRelatedFieldsAppCustomProductPagesItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppsAppCustomProductPagesGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        AppsAppCustomProductPagesGetToManyRelatedFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppCustomProductPagesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_custom_product_page_versions: int | Unset = UNSET,
) -> Response[AppCustomProductPagesResponse | ErrorResponse]:
    """
    Args:
        id (str):
        filter_visible (list[str] | Unset):
        fields_app_custom_product_pages
            (list[AppsAppCustomProductPagesGetToManyRelatedFieldsAppCustomProductPagesItem] | Unset):
        fields_apps (list[AppsAppCustomProductPagesGetToManyRelatedFieldsAppsItem] | Unset):
        fields_app_custom_product_page_versions
            (list[AppsAppCustomProductPagesGetToManyRelatedFieldsAppCustomProductPageVersionsItem] |
            Unset):
        limit (int | Unset):
        include (list[AppsAppCustomProductPagesGetToManyRelatedIncludeItem] | Unset):
        limit_app_custom_product_page_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppCustomProductPagesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        filter_visible=filter_visible,
        fields_app_custom_product_pages=fields_app_custom_product_pages,
        fields_apps=fields_apps,
        fields_app_custom_product_page_versions=fields_app_custom_product_page_versions,
        limit=limit,
        include=include,
        limit_app_custom_product_page_versions=limit_app_custom_product_page_versions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_visible: list[str] | Unset = UNSET,
    fields_app_custom_product_pages: list[
        AppsAppCustomProductPagesGetToManyRelatedFieldsAppCustomProductPagesItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppsAppCustomProductPagesGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_app_custom_product_page_versions: list[
        AppsAppCustomProductPagesGetToManyRelatedFieldsAppCustomProductPageVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppCustomProductPagesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_custom_product_page_versions: int | Unset = UNSET,
) -> AppCustomProductPagesResponse | ErrorResponse | None:
    """
    Args:
        id (str):
        filter_visible (list[str] | Unset):
        fields_app_custom_product_pages
            (list[AppsAppCustomProductPagesGetToManyRelatedFieldsAppCustomProductPagesItem] | Unset):
        fields_apps (list[AppsAppCustomProductPagesGetToManyRelatedFieldsAppsItem] | Unset):
        fields_app_custom_product_page_versions
            (list[AppsAppCustomProductPagesGetToManyRelatedFieldsAppCustomProductPageVersionsItem] |
            Unset):
        limit (int | Unset):
        include (list[AppsAppCustomProductPagesGetToManyRelatedIncludeItem] | Unset):
        limit_app_custom_product_page_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppCustomProductPagesResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_visible=filter_visible,
            fields_app_custom_product_pages=fields_app_custom_product_pages,
            fields_apps=fields_apps,
            fields_app_custom_product_page_versions=fields_app_custom_product_page_versions,
            limit=limit,
            include=include,
            limit_app_custom_product_page_versions=limit_app_custom_product_page_versions,
        )
    ).parsed


SUCCESS_TYPE: type[AppCustomProductPagesResponse] = AppCustomProductPagesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app_custom_product_page import AppCustomProductPage

ITEM_TYPE: type[AppCustomProductPage] = AppCustomProductPage
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppCustomProductPagesResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
