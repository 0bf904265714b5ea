from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_store_version_localizations_app_screenshot_sets_get_to_many_related_fields_app_custom_product_page_localizations_item import (
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem,
    )
    from ...models.app_store_version_localizations_app_screenshot_sets_get_to_many_related_fields_app_screenshot_sets_item import (
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppScreenshotSetsItem,
    )
    from ...models.app_store_version_localizations_app_screenshot_sets_get_to_many_related_fields_app_screenshots_item import (
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppScreenshotsItem,
    )
    from ...models.app_store_version_localizations_app_screenshot_sets_get_to_many_related_fields_app_store_version_experiment_treatment_localizations_item import (
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem,
    )
    from ...models.app_store_version_localizations_app_screenshot_sets_get_to_many_related_fields_app_store_version_localizations_item import (
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem,
    )
    from ...models.app_store_version_localizations_app_screenshot_sets_get_to_many_related_filter_screenshot_display_type_item import (
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFilterScreenshotDisplayTypeItem,
    )
    from ...models.app_store_version_localizations_app_screenshot_sets_get_to_many_related_include_item import (
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_screenshot_sets_response import AppScreenshotSetsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_screenshot_display_type: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFilterScreenshotDisplayTypeItem
    ]
    | Unset = UNSET,
    filter_app_custom_product_page_localization: list[str] | Unset = UNSET,
    filter_app_store_version_experiment_treatment_localization: list[str] | Unset = UNSET,
    fields_app_screenshot_sets: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppScreenshotSetsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_screenshots: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppScreenshotsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_screenshots: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[screenshotDisplayType]",
        "filter_screenshot_display_type",
        filter_screenshot_display_type,
        "AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFilterScreenshotDisplayTypeItem",
    )
    _params.query_list(
        params,
        "filter[appCustomProductPageLocalization]",
        "filter_app_custom_product_page_localization",
        filter_app_custom_product_page_localization,
        str,
    )
    _params.query_list(
        params,
        "filter[appStoreVersionExperimentTreatmentLocalization]",
        "filter_app_store_version_experiment_treatment_localization",
        filter_app_store_version_experiment_treatment_localization,
        str,
    )
    _params.query_list(
        params,
        "fields[appScreenshotSets]",
        "fields_app_screenshot_sets",
        fields_app_screenshot_sets,
        "AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppScreenshotSetsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionLocalizations]",
        "fields_app_store_version_localizations",
        fields_app_store_version_localizations,
        "AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appCustomProductPageLocalizations]",
        "fields_app_custom_product_page_localizations",
        fields_app_custom_product_page_localizations,
        "AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionExperimentTreatmentLocalizations]",
        "fields_app_store_version_experiment_treatment_localizations",
        fields_app_store_version_experiment_treatment_localizations,
        "AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appScreenshots]",
        "fields_app_screenshots",
        fields_app_screenshots,
        "AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppScreenshotsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedIncludeItem",
    )
    _params.query_value(params, "limit[appScreenshots]", "limit_app_screenshots", limit_app_screenshots, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appStoreVersionLocalizations/{id}/appScreenshotSets".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppScreenshotSetsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppScreenshotSetsResponse.from_dict(response.json())

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
) -> Response[AppScreenshotSetsResponse | ErrorResponse]:
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
    filter_screenshot_display_type: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFilterScreenshotDisplayTypeItem
    ]
    | Unset = UNSET,
    filter_app_custom_product_page_localization: list[str] | Unset = UNSET,
    filter_app_store_version_experiment_treatment_localization: list[str] | Unset = UNSET,
    fields_app_screenshot_sets: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppScreenshotSetsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_screenshots: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppScreenshotsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_screenshots: int | Unset = UNSET,
) -> Response[AppScreenshotSetsResponse | ErrorResponse]:
    """``GET /v1/appStoreVersionLocalizations/{id}/appScreenshotSets`` (appStoreVersionLocalizations_appScreenshotSets_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_-appscreenshotsets


    Args:
        id (str):
        filter_screenshot_display_type (list[AppStoreVersionLocalizationsAppScreenshotSetsGetToMan
            yRelatedFilterScreenshotDisplayTypeItem] | Unset):
        filter_app_custom_product_page_localization (list[str] | Unset):
        filter_app_store_version_experiment_treatment_localization (list[str] | Unset):
        fields_app_screenshot_sets (list[AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRel
            atedFieldsAppScreenshotSetsItem] | Unset):
        fields_app_store_version_localizations (list[AppStoreVersionLocalizationsAppScreenshotSets
            GetToManyRelatedFieldsAppStoreVersionLocalizationsItem] | Unset):
        fields_app_custom_product_page_localizations (list[AppStoreVersionLocalizationsAppScreensh
            otSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem] | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppStoreVersionLocalizat
            ionsAppScreenshotSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizations
            Item] | Unset):
        fields_app_screenshots (list[AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelated
            FieldsAppScreenshotsItem] | Unset):
        limit (int | Unset):
        include (list[AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedIncludeItem] |
            Unset):
        limit_app_screenshots (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppScreenshotSetsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_screenshot_display_type=filter_screenshot_display_type,
        filter_app_custom_product_page_localization=filter_app_custom_product_page_localization,
        filter_app_store_version_experiment_treatment_localization=filter_app_store_version_experiment_treatment_localization,
        fields_app_screenshot_sets=fields_app_screenshot_sets,
        fields_app_store_version_localizations=fields_app_store_version_localizations,
        fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
        fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
        fields_app_screenshots=fields_app_screenshots,
        limit=limit,
        include=include,
        limit_app_screenshots=limit_app_screenshots,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_screenshot_display_type: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFilterScreenshotDisplayTypeItem
    ]
    | Unset = UNSET,
    filter_app_custom_product_page_localization: list[str] | Unset = UNSET,
    filter_app_store_version_experiment_treatment_localization: list[str] | Unset = UNSET,
    fields_app_screenshot_sets: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppScreenshotSetsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_screenshots: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppScreenshotsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_screenshots: int | Unset = UNSET,
) -> AppScreenshotSetsResponse | ErrorResponse | None:
    """``GET /v1/appStoreVersionLocalizations/{id}/appScreenshotSets`` (appStoreVersionLocalizations_appScreenshotSets_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_-appscreenshotsets


    Args:
        id (str):
        filter_screenshot_display_type (list[AppStoreVersionLocalizationsAppScreenshotSetsGetToMan
            yRelatedFilterScreenshotDisplayTypeItem] | Unset):
        filter_app_custom_product_page_localization (list[str] | Unset):
        filter_app_store_version_experiment_treatment_localization (list[str] | Unset):
        fields_app_screenshot_sets (list[AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRel
            atedFieldsAppScreenshotSetsItem] | Unset):
        fields_app_store_version_localizations (list[AppStoreVersionLocalizationsAppScreenshotSets
            GetToManyRelatedFieldsAppStoreVersionLocalizationsItem] | Unset):
        fields_app_custom_product_page_localizations (list[AppStoreVersionLocalizationsAppScreensh
            otSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem] | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppStoreVersionLocalizat
            ionsAppScreenshotSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizations
            Item] | Unset):
        fields_app_screenshots (list[AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelated
            FieldsAppScreenshotsItem] | Unset):
        limit (int | Unset):
        include (list[AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedIncludeItem] |
            Unset):
        limit_app_screenshots (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppScreenshotSetsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_screenshot_display_type=filter_screenshot_display_type,
        filter_app_custom_product_page_localization=filter_app_custom_product_page_localization,
        filter_app_store_version_experiment_treatment_localization=filter_app_store_version_experiment_treatment_localization,
        fields_app_screenshot_sets=fields_app_screenshot_sets,
        fields_app_store_version_localizations=fields_app_store_version_localizations,
        fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
        fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
        fields_app_screenshots=fields_app_screenshots,
        limit=limit,
        include=include,
        limit_app_screenshots=limit_app_screenshots,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_screenshot_display_type: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFilterScreenshotDisplayTypeItem
    ]
    | Unset = UNSET,
    filter_app_custom_product_page_localization: list[str] | Unset = UNSET,
    filter_app_store_version_experiment_treatment_localization: list[str] | Unset = UNSET,
    fields_app_screenshot_sets: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppScreenshotSetsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_screenshots: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppScreenshotsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_screenshots: int | Unset = UNSET,
) -> Response[AppScreenshotSetsResponse | ErrorResponse]:
    """``GET /v1/appStoreVersionLocalizations/{id}/appScreenshotSets`` (appStoreVersionLocalizations_appScreenshotSets_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_-appscreenshotsets


    Args:
        id (str):
        filter_screenshot_display_type (list[AppStoreVersionLocalizationsAppScreenshotSetsGetToMan
            yRelatedFilterScreenshotDisplayTypeItem] | Unset):
        filter_app_custom_product_page_localization (list[str] | Unset):
        filter_app_store_version_experiment_treatment_localization (list[str] | Unset):
        fields_app_screenshot_sets (list[AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRel
            atedFieldsAppScreenshotSetsItem] | Unset):
        fields_app_store_version_localizations (list[AppStoreVersionLocalizationsAppScreenshotSets
            GetToManyRelatedFieldsAppStoreVersionLocalizationsItem] | Unset):
        fields_app_custom_product_page_localizations (list[AppStoreVersionLocalizationsAppScreensh
            otSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem] | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppStoreVersionLocalizat
            ionsAppScreenshotSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizations
            Item] | Unset):
        fields_app_screenshots (list[AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelated
            FieldsAppScreenshotsItem] | Unset):
        limit (int | Unset):
        include (list[AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedIncludeItem] |
            Unset):
        limit_app_screenshots (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppScreenshotSetsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_screenshot_display_type=filter_screenshot_display_type,
        filter_app_custom_product_page_localization=filter_app_custom_product_page_localization,
        filter_app_store_version_experiment_treatment_localization=filter_app_store_version_experiment_treatment_localization,
        fields_app_screenshot_sets=fields_app_screenshot_sets,
        fields_app_store_version_localizations=fields_app_store_version_localizations,
        fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
        fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
        fields_app_screenshots=fields_app_screenshots,
        limit=limit,
        include=include,
        limit_app_screenshots=limit_app_screenshots,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_screenshot_display_type: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFilterScreenshotDisplayTypeItem
    ]
    | Unset = UNSET,
    filter_app_custom_product_page_localization: list[str] | Unset = UNSET,
    filter_app_store_version_experiment_treatment_localization: list[str] | Unset = UNSET,
    fields_app_screenshot_sets: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppScreenshotSetsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_screenshots: list[
        AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppScreenshotsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_screenshots: int | Unset = UNSET,
) -> AppScreenshotSetsResponse | ErrorResponse | None:
    """``GET /v1/appStoreVersionLocalizations/{id}/appScreenshotSets`` (appStoreVersionLocalizations_appScreenshotSets_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_-appscreenshotsets


    Args:
        id (str):
        filter_screenshot_display_type (list[AppStoreVersionLocalizationsAppScreenshotSetsGetToMan
            yRelatedFilterScreenshotDisplayTypeItem] | Unset):
        filter_app_custom_product_page_localization (list[str] | Unset):
        filter_app_store_version_experiment_treatment_localization (list[str] | Unset):
        fields_app_screenshot_sets (list[AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRel
            atedFieldsAppScreenshotSetsItem] | Unset):
        fields_app_store_version_localizations (list[AppStoreVersionLocalizationsAppScreenshotSets
            GetToManyRelatedFieldsAppStoreVersionLocalizationsItem] | Unset):
        fields_app_custom_product_page_localizations (list[AppStoreVersionLocalizationsAppScreensh
            otSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem] | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppStoreVersionLocalizat
            ionsAppScreenshotSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizations
            Item] | Unset):
        fields_app_screenshots (list[AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelated
            FieldsAppScreenshotsItem] | Unset):
        limit (int | Unset):
        include (list[AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedIncludeItem] |
            Unset):
        limit_app_screenshots (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppScreenshotSetsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_screenshot_display_type=filter_screenshot_display_type,
            filter_app_custom_product_page_localization=filter_app_custom_product_page_localization,
            filter_app_store_version_experiment_treatment_localization=filter_app_store_version_experiment_treatment_localization,
            fields_app_screenshot_sets=fields_app_screenshot_sets,
            fields_app_store_version_localizations=fields_app_store_version_localizations,
            fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
            fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
            fields_app_screenshots=fields_app_screenshots,
            limit=limit,
            include=include,
            limit_app_screenshots=limit_app_screenshots,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppScreenshotSetsResponse] = AppScreenshotSetsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app_screenshot_set import AppScreenshotSet

ITEM_TYPE: type[AppScreenshotSet] = AppScreenshotSet
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppScreenshotSetsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
