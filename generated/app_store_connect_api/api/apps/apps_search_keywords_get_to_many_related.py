from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_keywords_response import AppKeywordsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_platform: list[str] | Unset = UNSET,
    filter_locale: list[str] | Unset = UNSET,
    fields_app_keywords: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[platform]", "filter_platform", filter_platform, str)
    _params.query_list(params, "filter[locale]", "filter_locale", filter_locale, str)
    _params.query_list(params, "fields[appKeywords]", "fields_app_keywords", fields_app_keywords, str)
    _params.query_value(params, "limit", "limit", limit, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/searchKeywords".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppKeywordsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppKeywordsResponse.from_dict(response.json())

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
) -> Response[AppKeywordsResponse | ErrorResponse]:
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
    filter_platform: list[str] | Unset = UNSET,
    filter_locale: list[str] | Unset = UNSET,
    fields_app_keywords: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[AppKeywordsResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/searchKeywords`` (apps_searchKeywords_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-searchkeywords


    Args:
        id (str):
        filter_platform (list[str] | Unset):
        filter_locale (list[str] | Unset):
        fields_app_keywords (list[str] | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppKeywordsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_platform=filter_platform,
        filter_locale=filter_locale,
        fields_app_keywords=fields_app_keywords,
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
    filter_platform: list[str] | Unset = UNSET,
    filter_locale: list[str] | Unset = UNSET,
    fields_app_keywords: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> AppKeywordsResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/searchKeywords`` (apps_searchKeywords_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-searchkeywords


    Args:
        id (str):
        filter_platform (list[str] | Unset):
        filter_locale (list[str] | Unset):
        fields_app_keywords (list[str] | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppKeywordsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_platform=filter_platform,
        filter_locale=filter_locale,
        fields_app_keywords=fields_app_keywords,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[str] | Unset = UNSET,
    filter_locale: list[str] | Unset = UNSET,
    fields_app_keywords: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[AppKeywordsResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/searchKeywords`` (apps_searchKeywords_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-searchkeywords


    Args:
        id (str):
        filter_platform (list[str] | Unset):
        filter_locale (list[str] | Unset):
        fields_app_keywords (list[str] | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppKeywordsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_platform=filter_platform,
        filter_locale=filter_locale,
        fields_app_keywords=fields_app_keywords,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[str] | Unset = UNSET,
    filter_locale: list[str] | Unset = UNSET,
    fields_app_keywords: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> AppKeywordsResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/searchKeywords`` (apps_searchKeywords_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-searchkeywords


    Args:
        id (str):
        filter_platform (list[str] | Unset):
        filter_locale (list[str] | Unset):
        fields_app_keywords (list[str] | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppKeywordsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_platform=filter_platform,
            filter_locale=filter_locale,
            fields_app_keywords=fields_app_keywords,
            limit=limit,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppKeywordsResponse] = AppKeywordsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app_keyword import AppKeyword

ITEM_TYPE: type[AppKeyword] = AppKeyword
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppKeywordsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
