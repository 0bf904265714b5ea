from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_infos_get_instance_fields_age_rating_declarations_item import (
        AppInfosGetInstanceFieldsAgeRatingDeclarationsItem,
    )
    from ...models.app_infos_get_instance_fields_app_categories_item import (
        AppInfosGetInstanceFieldsAppCategoriesItem,
    )
    from ...models.app_infos_get_instance_fields_app_info_localizations_item import (
        AppInfosGetInstanceFieldsAppInfoLocalizationsItem,
    )
    from ...models.app_infos_get_instance_fields_app_infos_item import AppInfosGetInstanceFieldsAppInfosItem
    from ...models.app_infos_get_instance_fields_apps_item import AppInfosGetInstanceFieldsAppsItem
    from ...models.app_infos_get_instance_include_item import AppInfosGetInstanceIncludeItem

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_info_response import AppInfoResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_infos: list[AppInfosGetInstanceFieldsAppInfosItem] | Unset = UNSET,
    fields_apps: list[AppInfosGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_age_rating_declarations: list[AppInfosGetInstanceFieldsAgeRatingDeclarationsItem] | Unset = UNSET,
    fields_app_info_localizations: list[AppInfosGetInstanceFieldsAppInfoLocalizationsItem] | Unset = UNSET,
    fields_app_categories: list[AppInfosGetInstanceFieldsAppCategoriesItem] | Unset = UNSET,
    include: list[AppInfosGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_info_localizations: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appInfos]",
        "fields_app_infos",
        fields_app_infos,
        "AppInfosGetInstanceFieldsAppInfosItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "AppInfosGetInstanceFieldsAppsItem"
    )
    _params.query_list(
        params,
        "fields[ageRatingDeclarations]",
        "fields_age_rating_declarations",
        fields_age_rating_declarations,
        "AppInfosGetInstanceFieldsAgeRatingDeclarationsItem",
    )
    _params.query_list(
        params,
        "fields[appInfoLocalizations]",
        "fields_app_info_localizations",
        fields_app_info_localizations,
        "AppInfosGetInstanceFieldsAppInfoLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appCategories]",
        "fields_app_categories",
        fields_app_categories,
        "AppInfosGetInstanceFieldsAppCategoriesItem",
    )
    _params.query_list(params, "include", "include", include, "AppInfosGetInstanceIncludeItem")
    _params.query_value(
        params,
        "limit[appInfoLocalizations]",
        "limit_app_info_localizations",
        limit_app_info_localizations,
        int,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appInfos/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppInfoResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppInfoResponse.from_dict(response.json())

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
) -> Response[AppInfoResponse | ErrorResponse]:
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
    fields_app_infos: list[AppInfosGetInstanceFieldsAppInfosItem] | Unset = UNSET,
    fields_apps: list[AppInfosGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_age_rating_declarations: list[AppInfosGetInstanceFieldsAgeRatingDeclarationsItem] | Unset = UNSET,
    fields_app_info_localizations: list[AppInfosGetInstanceFieldsAppInfoLocalizationsItem] | Unset = UNSET,
    fields_app_categories: list[AppInfosGetInstanceFieldsAppCategoriesItem] | Unset = UNSET,
    include: list[AppInfosGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_info_localizations: int | Unset = UNSET,
) -> Response[AppInfoResponse | ErrorResponse]:
    """``GET /v1/appInfos/{id}`` (appInfos_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_


    Args:
        id (str):
        fields_app_infos (list[AppInfosGetInstanceFieldsAppInfosItem] | Unset):
        fields_apps (list[AppInfosGetInstanceFieldsAppsItem] | Unset):
        fields_age_rating_declarations (list[AppInfosGetInstanceFieldsAgeRatingDeclarationsItem] |
            Unset):
        fields_app_info_localizations (list[AppInfosGetInstanceFieldsAppInfoLocalizationsItem] |
            Unset):
        fields_app_categories (list[AppInfosGetInstanceFieldsAppCategoriesItem] | Unset):
        include (list[AppInfosGetInstanceIncludeItem] | Unset):
        limit_app_info_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppInfoResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_infos=fields_app_infos,
        fields_apps=fields_apps,
        fields_age_rating_declarations=fields_age_rating_declarations,
        fields_app_info_localizations=fields_app_info_localizations,
        fields_app_categories=fields_app_categories,
        include=include,
        limit_app_info_localizations=limit_app_info_localizations,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_infos: list[AppInfosGetInstanceFieldsAppInfosItem] | Unset = UNSET,
    fields_apps: list[AppInfosGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_age_rating_declarations: list[AppInfosGetInstanceFieldsAgeRatingDeclarationsItem] | Unset = UNSET,
    fields_app_info_localizations: list[AppInfosGetInstanceFieldsAppInfoLocalizationsItem] | Unset = UNSET,
    fields_app_categories: list[AppInfosGetInstanceFieldsAppCategoriesItem] | Unset = UNSET,
    include: list[AppInfosGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_info_localizations: int | Unset = UNSET,
) -> AppInfoResponse | ErrorResponse | None:
    """``GET /v1/appInfos/{id}`` (appInfos_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_


    Args:
        id (str):
        fields_app_infos (list[AppInfosGetInstanceFieldsAppInfosItem] | Unset):
        fields_apps (list[AppInfosGetInstanceFieldsAppsItem] | Unset):
        fields_age_rating_declarations (list[AppInfosGetInstanceFieldsAgeRatingDeclarationsItem] |
            Unset):
        fields_app_info_localizations (list[AppInfosGetInstanceFieldsAppInfoLocalizationsItem] |
            Unset):
        fields_app_categories (list[AppInfosGetInstanceFieldsAppCategoriesItem] | Unset):
        include (list[AppInfosGetInstanceIncludeItem] | Unset):
        limit_app_info_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppInfoResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_infos=fields_app_infos,
        fields_apps=fields_apps,
        fields_age_rating_declarations=fields_age_rating_declarations,
        fields_app_info_localizations=fields_app_info_localizations,
        fields_app_categories=fields_app_categories,
        include=include,
        limit_app_info_localizations=limit_app_info_localizations,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_infos: list[AppInfosGetInstanceFieldsAppInfosItem] | Unset = UNSET,
    fields_apps: list[AppInfosGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_age_rating_declarations: list[AppInfosGetInstanceFieldsAgeRatingDeclarationsItem] | Unset = UNSET,
    fields_app_info_localizations: list[AppInfosGetInstanceFieldsAppInfoLocalizationsItem] | Unset = UNSET,
    fields_app_categories: list[AppInfosGetInstanceFieldsAppCategoriesItem] | Unset = UNSET,
    include: list[AppInfosGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_info_localizations: int | Unset = UNSET,
) -> Response[AppInfoResponse | ErrorResponse]:
    """``GET /v1/appInfos/{id}`` (appInfos_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_


    Args:
        id (str):
        fields_app_infos (list[AppInfosGetInstanceFieldsAppInfosItem] | Unset):
        fields_apps (list[AppInfosGetInstanceFieldsAppsItem] | Unset):
        fields_age_rating_declarations (list[AppInfosGetInstanceFieldsAgeRatingDeclarationsItem] |
            Unset):
        fields_app_info_localizations (list[AppInfosGetInstanceFieldsAppInfoLocalizationsItem] |
            Unset):
        fields_app_categories (list[AppInfosGetInstanceFieldsAppCategoriesItem] | Unset):
        include (list[AppInfosGetInstanceIncludeItem] | Unset):
        limit_app_info_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppInfoResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_infos=fields_app_infos,
        fields_apps=fields_apps,
        fields_age_rating_declarations=fields_age_rating_declarations,
        fields_app_info_localizations=fields_app_info_localizations,
        fields_app_categories=fields_app_categories,
        include=include,
        limit_app_info_localizations=limit_app_info_localizations,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_infos: list[AppInfosGetInstanceFieldsAppInfosItem] | Unset = UNSET,
    fields_apps: list[AppInfosGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_age_rating_declarations: list[AppInfosGetInstanceFieldsAgeRatingDeclarationsItem] | Unset = UNSET,
    fields_app_info_localizations: list[AppInfosGetInstanceFieldsAppInfoLocalizationsItem] | Unset = UNSET,
    fields_app_categories: list[AppInfosGetInstanceFieldsAppCategoriesItem] | Unset = UNSET,
    include: list[AppInfosGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_info_localizations: int | Unset = UNSET,
) -> AppInfoResponse | ErrorResponse | None:
    """``GET /v1/appInfos/{id}`` (appInfos_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_


    Args:
        id (str):
        fields_app_infos (list[AppInfosGetInstanceFieldsAppInfosItem] | Unset):
        fields_apps (list[AppInfosGetInstanceFieldsAppsItem] | Unset):
        fields_age_rating_declarations (list[AppInfosGetInstanceFieldsAgeRatingDeclarationsItem] |
            Unset):
        fields_app_info_localizations (list[AppInfosGetInstanceFieldsAppInfoLocalizationsItem] |
            Unset):
        fields_app_categories (list[AppInfosGetInstanceFieldsAppCategoriesItem] | Unset):
        include (list[AppInfosGetInstanceIncludeItem] | Unset):
        limit_app_info_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppInfoResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_app_infos=fields_app_infos,
            fields_apps=fields_apps,
            fields_age_rating_declarations=fields_age_rating_declarations,
            fields_app_info_localizations=fields_app_info_localizations,
            fields_app_categories=fields_app_categories,
            include=include,
            limit_app_info_localizations=limit_app_info_localizations,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppInfoResponse] = AppInfoResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppInfoResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
