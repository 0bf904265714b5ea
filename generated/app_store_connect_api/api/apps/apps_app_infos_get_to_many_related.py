from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_app_infos_get_to_many_related_fields_age_rating_declarations_item import (
        AppsAppInfosGetToManyRelatedFieldsAgeRatingDeclarationsItem,
    )
    from ...models.apps_app_infos_get_to_many_related_fields_app_categories_item import (
        AppsAppInfosGetToManyRelatedFieldsAppCategoriesItem,
    )
    from ...models.apps_app_infos_get_to_many_related_fields_app_info_localizations_item import (
        AppsAppInfosGetToManyRelatedFieldsAppInfoLocalizationsItem,
    )
    from ...models.apps_app_infos_get_to_many_related_fields_app_infos_item import (
        AppsAppInfosGetToManyRelatedFieldsAppInfosItem,
    )
    from ...models.apps_app_infos_get_to_many_related_fields_apps_item import (
        AppsAppInfosGetToManyRelatedFieldsAppsItem,
    )
    from ...models.apps_app_infos_get_to_many_related_include_item import (
        AppsAppInfosGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_infos_response import AppInfosResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_infos: list[AppsAppInfosGetToManyRelatedFieldsAppInfosItem] | Unset = UNSET,
    fields_apps: list[AppsAppInfosGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_age_rating_declarations: list[AppsAppInfosGetToManyRelatedFieldsAgeRatingDeclarationsItem]
    | Unset = UNSET,
    fields_app_info_localizations: list[AppsAppInfosGetToManyRelatedFieldsAppInfoLocalizationsItem]
    | Unset = UNSET,
    fields_app_categories: list[AppsAppInfosGetToManyRelatedFieldsAppCategoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppInfosGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_info_localizations: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appInfos]",
        "fields_app_infos",
        fields_app_infos,
        "AppsAppInfosGetToManyRelatedFieldsAppInfosItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "AppsAppInfosGetToManyRelatedFieldsAppsItem"
    )
    _params.query_list(
        params,
        "fields[ageRatingDeclarations]",
        "fields_age_rating_declarations",
        fields_age_rating_declarations,
        "AppsAppInfosGetToManyRelatedFieldsAgeRatingDeclarationsItem",
    )
    _params.query_list(
        params,
        "fields[appInfoLocalizations]",
        "fields_app_info_localizations",
        fields_app_info_localizations,
        "AppsAppInfosGetToManyRelatedFieldsAppInfoLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appCategories]",
        "fields_app_categories",
        fields_app_categories,
        "AppsAppInfosGetToManyRelatedFieldsAppCategoriesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "AppsAppInfosGetToManyRelatedIncludeItem")
    _params.query_value(
        params,
        "limit[appInfoLocalizations]",
        "limit_app_info_localizations",
        limit_app_info_localizations,
        int,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/appInfos".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppInfosResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppInfosResponse.from_dict(response.json())

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
) -> Response[AppInfosResponse | ErrorResponse]:
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
    fields_app_infos: list[AppsAppInfosGetToManyRelatedFieldsAppInfosItem] | Unset = UNSET,
    fields_apps: list[AppsAppInfosGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_age_rating_declarations: list[AppsAppInfosGetToManyRelatedFieldsAgeRatingDeclarationsItem]
    | Unset = UNSET,
    fields_app_info_localizations: list[AppsAppInfosGetToManyRelatedFieldsAppInfoLocalizationsItem]
    | Unset = UNSET,
    fields_app_categories: list[AppsAppInfosGetToManyRelatedFieldsAppCategoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppInfosGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_info_localizations: int | Unset = UNSET,
) -> Response[AppInfosResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/appInfos`` (apps_appInfos_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appinfos


    Args:
        id (str):
        fields_app_infos (list[AppsAppInfosGetToManyRelatedFieldsAppInfosItem] | Unset):
        fields_apps (list[AppsAppInfosGetToManyRelatedFieldsAppsItem] | Unset):
        fields_age_rating_declarations
            (list[AppsAppInfosGetToManyRelatedFieldsAgeRatingDeclarationsItem] | Unset):
        fields_app_info_localizations
            (list[AppsAppInfosGetToManyRelatedFieldsAppInfoLocalizationsItem] | Unset):
        fields_app_categories (list[AppsAppInfosGetToManyRelatedFieldsAppCategoriesItem] | Unset):
        limit (int | Unset):
        include (list[AppsAppInfosGetToManyRelatedIncludeItem] | Unset):
        limit_app_info_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppInfosResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_infos=fields_app_infos,
        fields_apps=fields_apps,
        fields_age_rating_declarations=fields_age_rating_declarations,
        fields_app_info_localizations=fields_app_info_localizations,
        fields_app_categories=fields_app_categories,
        limit=limit,
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
    fields_app_infos: list[AppsAppInfosGetToManyRelatedFieldsAppInfosItem] | Unset = UNSET,
    fields_apps: list[AppsAppInfosGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_age_rating_declarations: list[AppsAppInfosGetToManyRelatedFieldsAgeRatingDeclarationsItem]
    | Unset = UNSET,
    fields_app_info_localizations: list[AppsAppInfosGetToManyRelatedFieldsAppInfoLocalizationsItem]
    | Unset = UNSET,
    fields_app_categories: list[AppsAppInfosGetToManyRelatedFieldsAppCategoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppInfosGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_info_localizations: int | Unset = UNSET,
) -> AppInfosResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/appInfos`` (apps_appInfos_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appinfos


    Args:
        id (str):
        fields_app_infos (list[AppsAppInfosGetToManyRelatedFieldsAppInfosItem] | Unset):
        fields_apps (list[AppsAppInfosGetToManyRelatedFieldsAppsItem] | Unset):
        fields_age_rating_declarations
            (list[AppsAppInfosGetToManyRelatedFieldsAgeRatingDeclarationsItem] | Unset):
        fields_app_info_localizations
            (list[AppsAppInfosGetToManyRelatedFieldsAppInfoLocalizationsItem] | Unset):
        fields_app_categories (list[AppsAppInfosGetToManyRelatedFieldsAppCategoriesItem] | Unset):
        limit (int | Unset):
        include (list[AppsAppInfosGetToManyRelatedIncludeItem] | Unset):
        limit_app_info_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppInfosResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_infos=fields_app_infos,
        fields_apps=fields_apps,
        fields_age_rating_declarations=fields_age_rating_declarations,
        fields_app_info_localizations=fields_app_info_localizations,
        fields_app_categories=fields_app_categories,
        limit=limit,
        include=include,
        limit_app_info_localizations=limit_app_info_localizations,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_infos: list[AppsAppInfosGetToManyRelatedFieldsAppInfosItem] | Unset = UNSET,
    fields_apps: list[AppsAppInfosGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_age_rating_declarations: list[AppsAppInfosGetToManyRelatedFieldsAgeRatingDeclarationsItem]
    | Unset = UNSET,
    fields_app_info_localizations: list[AppsAppInfosGetToManyRelatedFieldsAppInfoLocalizationsItem]
    | Unset = UNSET,
    fields_app_categories: list[AppsAppInfosGetToManyRelatedFieldsAppCategoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppInfosGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_info_localizations: int | Unset = UNSET,
) -> Response[AppInfosResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/appInfos`` (apps_appInfos_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appinfos


    Args:
        id (str):
        fields_app_infos (list[AppsAppInfosGetToManyRelatedFieldsAppInfosItem] | Unset):
        fields_apps (list[AppsAppInfosGetToManyRelatedFieldsAppsItem] | Unset):
        fields_age_rating_declarations
            (list[AppsAppInfosGetToManyRelatedFieldsAgeRatingDeclarationsItem] | Unset):
        fields_app_info_localizations
            (list[AppsAppInfosGetToManyRelatedFieldsAppInfoLocalizationsItem] | Unset):
        fields_app_categories (list[AppsAppInfosGetToManyRelatedFieldsAppCategoriesItem] | Unset):
        limit (int | Unset):
        include (list[AppsAppInfosGetToManyRelatedIncludeItem] | Unset):
        limit_app_info_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppInfosResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_infos=fields_app_infos,
        fields_apps=fields_apps,
        fields_age_rating_declarations=fields_age_rating_declarations,
        fields_app_info_localizations=fields_app_info_localizations,
        fields_app_categories=fields_app_categories,
        limit=limit,
        include=include,
        limit_app_info_localizations=limit_app_info_localizations,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_infos: list[AppsAppInfosGetToManyRelatedFieldsAppInfosItem] | Unset = UNSET,
    fields_apps: list[AppsAppInfosGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_age_rating_declarations: list[AppsAppInfosGetToManyRelatedFieldsAgeRatingDeclarationsItem]
    | Unset = UNSET,
    fields_app_info_localizations: list[AppsAppInfosGetToManyRelatedFieldsAppInfoLocalizationsItem]
    | Unset = UNSET,
    fields_app_categories: list[AppsAppInfosGetToManyRelatedFieldsAppCategoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppInfosGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_info_localizations: int | Unset = UNSET,
) -> AppInfosResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/appInfos`` (apps_appInfos_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appinfos


    Args:
        id (str):
        fields_app_infos (list[AppsAppInfosGetToManyRelatedFieldsAppInfosItem] | Unset):
        fields_apps (list[AppsAppInfosGetToManyRelatedFieldsAppsItem] | Unset):
        fields_age_rating_declarations
            (list[AppsAppInfosGetToManyRelatedFieldsAgeRatingDeclarationsItem] | Unset):
        fields_app_info_localizations
            (list[AppsAppInfosGetToManyRelatedFieldsAppInfoLocalizationsItem] | Unset):
        fields_app_categories (list[AppsAppInfosGetToManyRelatedFieldsAppCategoriesItem] | Unset):
        limit (int | Unset):
        include (list[AppsAppInfosGetToManyRelatedIncludeItem] | Unset):
        limit_app_info_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppInfosResponse | ErrorResponse

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
            limit=limit,
            include=include,
            limit_app_info_localizations=limit_app_info_localizations,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppInfosResponse] = AppInfosResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app_info import AppInfo

ITEM_TYPE: type[AppInfo] = AppInfo
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppInfosResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
