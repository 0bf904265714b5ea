from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_preview_sets_app_previews_get_to_many_related_fields_app_preview_sets_item import (
        AppPreviewSetsAppPreviewsGetToManyRelatedFieldsAppPreviewSetsItem,
    )
    from ...models.app_preview_sets_app_previews_get_to_many_related_fields_app_previews_item import (
        AppPreviewSetsAppPreviewsGetToManyRelatedFieldsAppPreviewsItem,
    )
    from ...models.app_preview_sets_app_previews_get_to_many_related_include_item import (
        AppPreviewSetsAppPreviewsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_previews_response import AppPreviewsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_previews: list[AppPreviewSetsAppPreviewsGetToManyRelatedFieldsAppPreviewsItem] | Unset = UNSET,
    fields_app_preview_sets: list[AppPreviewSetsAppPreviewsGetToManyRelatedFieldsAppPreviewSetsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppPreviewSetsAppPreviewsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appPreviews]",
        "fields_app_previews",
        fields_app_previews,
        "AppPreviewSetsAppPreviewsGetToManyRelatedFieldsAppPreviewsItem",
    )
    _params.query_list(
        params,
        "fields[appPreviewSets]",
        "fields_app_preview_sets",
        fields_app_preview_sets,
        "AppPreviewSetsAppPreviewsGetToManyRelatedFieldsAppPreviewSetsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "AppPreviewSetsAppPreviewsGetToManyRelatedIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appPreviewSets/{id}/appPreviews".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppPreviewsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppPreviewsResponse.from_dict(response.json())

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
) -> Response[AppPreviewsResponse | ErrorResponse]:
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
    fields_app_previews: list[AppPreviewSetsAppPreviewsGetToManyRelatedFieldsAppPreviewsItem] | Unset = UNSET,
    fields_app_preview_sets: list[AppPreviewSetsAppPreviewsGetToManyRelatedFieldsAppPreviewSetsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppPreviewSetsAppPreviewsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[AppPreviewsResponse | ErrorResponse]:
    """``GET /v1/appPreviewSets/{id}/appPreviews`` (appPreviewSets_appPreviews_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviewsets-_id_-apppreviews


    Args:
        id (str):
        fields_app_previews (list[AppPreviewSetsAppPreviewsGetToManyRelatedFieldsAppPreviewsItem]
            | Unset):
        fields_app_preview_sets
            (list[AppPreviewSetsAppPreviewsGetToManyRelatedFieldsAppPreviewSetsItem] | Unset):
        limit (int | Unset):
        include (list[AppPreviewSetsAppPreviewsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppPreviewsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_previews=fields_app_previews,
        fields_app_preview_sets=fields_app_preview_sets,
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
    fields_app_previews: list[AppPreviewSetsAppPreviewsGetToManyRelatedFieldsAppPreviewsItem] | Unset = UNSET,
    fields_app_preview_sets: list[AppPreviewSetsAppPreviewsGetToManyRelatedFieldsAppPreviewSetsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppPreviewSetsAppPreviewsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> AppPreviewsResponse | ErrorResponse | None:
    """``GET /v1/appPreviewSets/{id}/appPreviews`` (appPreviewSets_appPreviews_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviewsets-_id_-apppreviews


    Args:
        id (str):
        fields_app_previews (list[AppPreviewSetsAppPreviewsGetToManyRelatedFieldsAppPreviewsItem]
            | Unset):
        fields_app_preview_sets
            (list[AppPreviewSetsAppPreviewsGetToManyRelatedFieldsAppPreviewSetsItem] | Unset):
        limit (int | Unset):
        include (list[AppPreviewSetsAppPreviewsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppPreviewsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_previews=fields_app_previews,
        fields_app_preview_sets=fields_app_preview_sets,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_previews: list[AppPreviewSetsAppPreviewsGetToManyRelatedFieldsAppPreviewsItem] | Unset = UNSET,
    fields_app_preview_sets: list[AppPreviewSetsAppPreviewsGetToManyRelatedFieldsAppPreviewSetsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppPreviewSetsAppPreviewsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[AppPreviewsResponse | ErrorResponse]:
    """``GET /v1/appPreviewSets/{id}/appPreviews`` (appPreviewSets_appPreviews_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviewsets-_id_-apppreviews


    Args:
        id (str):
        fields_app_previews (list[AppPreviewSetsAppPreviewsGetToManyRelatedFieldsAppPreviewsItem]
            | Unset):
        fields_app_preview_sets
            (list[AppPreviewSetsAppPreviewsGetToManyRelatedFieldsAppPreviewSetsItem] | Unset):
        limit (int | Unset):
        include (list[AppPreviewSetsAppPreviewsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppPreviewsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_previews=fields_app_previews,
        fields_app_preview_sets=fields_app_preview_sets,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_previews: list[AppPreviewSetsAppPreviewsGetToManyRelatedFieldsAppPreviewsItem] | Unset = UNSET,
    fields_app_preview_sets: list[AppPreviewSetsAppPreviewsGetToManyRelatedFieldsAppPreviewSetsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppPreviewSetsAppPreviewsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> AppPreviewsResponse | ErrorResponse | None:
    """``GET /v1/appPreviewSets/{id}/appPreviews`` (appPreviewSets_appPreviews_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviewsets-_id_-apppreviews


    Args:
        id (str):
        fields_app_previews (list[AppPreviewSetsAppPreviewsGetToManyRelatedFieldsAppPreviewsItem]
            | Unset):
        fields_app_preview_sets
            (list[AppPreviewSetsAppPreviewsGetToManyRelatedFieldsAppPreviewSetsItem] | Unset):
        limit (int | Unset):
        include (list[AppPreviewSetsAppPreviewsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppPreviewsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_app_previews=fields_app_previews,
            fields_app_preview_sets=fields_app_preview_sets,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppPreviewsResponse] = AppPreviewsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app_preview import AppPreview

ITEM_TYPE: type[AppPreview] = AppPreview
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppPreviewsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
