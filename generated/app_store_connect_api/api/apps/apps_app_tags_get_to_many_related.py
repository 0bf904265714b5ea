from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_app_tags_get_to_many_related_fields_app_tags_item import (
        AppsAppTagsGetToManyRelatedFieldsAppTagsItem,
    )
    from ...models.apps_app_tags_get_to_many_related_fields_territories_item import (
        AppsAppTagsGetToManyRelatedFieldsTerritoriesItem,
    )
    from ...models.apps_app_tags_get_to_many_related_include_item import (
        AppsAppTagsGetToManyRelatedIncludeItem,
    )
    from ...models.apps_app_tags_get_to_many_related_sort_item import AppsAppTagsGetToManyRelatedSortItem

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_tags_response import AppTagsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_visible_in_app_store: list[str] | Unset = UNSET,
    sort: list[AppsAppTagsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_app_tags: list[AppsAppTagsGetToManyRelatedFieldsAppTagsItem] | Unset = UNSET,
    fields_territories: list[AppsAppTagsGetToManyRelatedFieldsTerritoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppTagsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_territories: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params, "filter[visibleInAppStore]", "filter_visible_in_app_store", filter_visible_in_app_store, str
    )
    _params.query_list(params, "sort", "sort", sort, "AppsAppTagsGetToManyRelatedSortItem")
    _params.query_list(
        params,
        "fields[appTags]",
        "fields_app_tags",
        fields_app_tags,
        "AppsAppTagsGetToManyRelatedFieldsAppTagsItem",
    )
    _params.query_list(
        params,
        "fields[territories]",
        "fields_territories",
        fields_territories,
        "AppsAppTagsGetToManyRelatedFieldsTerritoriesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "AppsAppTagsGetToManyRelatedIncludeItem")
    _params.query_value(params, "limit[territories]", "limit_territories", limit_territories, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/appTags".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppTagsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppTagsResponse.from_dict(response.json())

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
) -> Response[AppTagsResponse | ErrorResponse]:
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
    filter_visible_in_app_store: list[str] | Unset = UNSET,
    sort: list[AppsAppTagsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_app_tags: list[AppsAppTagsGetToManyRelatedFieldsAppTagsItem] | Unset = UNSET,
    fields_territories: list[AppsAppTagsGetToManyRelatedFieldsTerritoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppTagsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_territories: int | Unset = UNSET,
) -> Response[AppTagsResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/appTags`` (apps_appTags_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apptags


    Args:
        id (str):
        filter_visible_in_app_store (list[str] | Unset):
        sort (list[AppsAppTagsGetToManyRelatedSortItem] | Unset):
        fields_app_tags (list[AppsAppTagsGetToManyRelatedFieldsAppTagsItem] | Unset):
        fields_territories (list[AppsAppTagsGetToManyRelatedFieldsTerritoriesItem] | Unset):
        limit (int | Unset):
        include (list[AppsAppTagsGetToManyRelatedIncludeItem] | Unset):
        limit_territories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppTagsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_visible_in_app_store=filter_visible_in_app_store,
        sort=sort,
        fields_app_tags=fields_app_tags,
        fields_territories=fields_territories,
        limit=limit,
        include=include,
        limit_territories=limit_territories,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_visible_in_app_store: list[str] | Unset = UNSET,
    sort: list[AppsAppTagsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_app_tags: list[AppsAppTagsGetToManyRelatedFieldsAppTagsItem] | Unset = UNSET,
    fields_territories: list[AppsAppTagsGetToManyRelatedFieldsTerritoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppTagsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_territories: int | Unset = UNSET,
) -> AppTagsResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/appTags`` (apps_appTags_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apptags


    Args:
        id (str):
        filter_visible_in_app_store (list[str] | Unset):
        sort (list[AppsAppTagsGetToManyRelatedSortItem] | Unset):
        fields_app_tags (list[AppsAppTagsGetToManyRelatedFieldsAppTagsItem] | Unset):
        fields_territories (list[AppsAppTagsGetToManyRelatedFieldsTerritoriesItem] | Unset):
        limit (int | Unset):
        include (list[AppsAppTagsGetToManyRelatedIncludeItem] | Unset):
        limit_territories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppTagsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_visible_in_app_store=filter_visible_in_app_store,
        sort=sort,
        fields_app_tags=fields_app_tags,
        fields_territories=fields_territories,
        limit=limit,
        include=include,
        limit_territories=limit_territories,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_visible_in_app_store: list[str] | Unset = UNSET,
    sort: list[AppsAppTagsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_app_tags: list[AppsAppTagsGetToManyRelatedFieldsAppTagsItem] | Unset = UNSET,
    fields_territories: list[AppsAppTagsGetToManyRelatedFieldsTerritoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppTagsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_territories: int | Unset = UNSET,
) -> Response[AppTagsResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/appTags`` (apps_appTags_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apptags


    Args:
        id (str):
        filter_visible_in_app_store (list[str] | Unset):
        sort (list[AppsAppTagsGetToManyRelatedSortItem] | Unset):
        fields_app_tags (list[AppsAppTagsGetToManyRelatedFieldsAppTagsItem] | Unset):
        fields_territories (list[AppsAppTagsGetToManyRelatedFieldsTerritoriesItem] | Unset):
        limit (int | Unset):
        include (list[AppsAppTagsGetToManyRelatedIncludeItem] | Unset):
        limit_territories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppTagsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_visible_in_app_store=filter_visible_in_app_store,
        sort=sort,
        fields_app_tags=fields_app_tags,
        fields_territories=fields_territories,
        limit=limit,
        include=include,
        limit_territories=limit_territories,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_visible_in_app_store: list[str] | Unset = UNSET,
    sort: list[AppsAppTagsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_app_tags: list[AppsAppTagsGetToManyRelatedFieldsAppTagsItem] | Unset = UNSET,
    fields_territories: list[AppsAppTagsGetToManyRelatedFieldsTerritoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppTagsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_territories: int | Unset = UNSET,
) -> AppTagsResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/appTags`` (apps_appTags_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apptags


    Args:
        id (str):
        filter_visible_in_app_store (list[str] | Unset):
        sort (list[AppsAppTagsGetToManyRelatedSortItem] | Unset):
        fields_app_tags (list[AppsAppTagsGetToManyRelatedFieldsAppTagsItem] | Unset):
        fields_territories (list[AppsAppTagsGetToManyRelatedFieldsTerritoriesItem] | Unset):
        limit (int | Unset):
        include (list[AppsAppTagsGetToManyRelatedIncludeItem] | Unset):
        limit_territories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppTagsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_visible_in_app_store=filter_visible_in_app_store,
            sort=sort,
            fields_app_tags=fields_app_tags,
            fields_territories=fields_territories,
            limit=limit,
            include=include,
            limit_territories=limit_territories,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppTagsResponse] = AppTagsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app_tag import AppTag

ITEM_TYPE: type[AppTag] = AppTag
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppTagsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
