from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_screenshot_sets_get_instance_fields_app_custom_product_page_localizations_item import (
        AppScreenshotSetsGetInstanceFieldsAppCustomProductPageLocalizationsItem,
    )
    from ...models.app_screenshot_sets_get_instance_fields_app_screenshot_sets_item import (
        AppScreenshotSetsGetInstanceFieldsAppScreenshotSetsItem,
    )
    from ...models.app_screenshot_sets_get_instance_fields_app_screenshots_item import (
        AppScreenshotSetsGetInstanceFieldsAppScreenshotsItem,
    )
    from ...models.app_screenshot_sets_get_instance_fields_app_store_version_experiment_treatment_localizations_item import (
        AppScreenshotSetsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem,
    )
    from ...models.app_screenshot_sets_get_instance_fields_app_store_version_localizations_item import (
        AppScreenshotSetsGetInstanceFieldsAppStoreVersionLocalizationsItem,
    )
    from ...models.app_screenshot_sets_get_instance_include_item import (
        AppScreenshotSetsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_screenshot_set_response import AppScreenshotSetResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_screenshot_sets: list[AppScreenshotSetsGetInstanceFieldsAppScreenshotSetsItem] | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppScreenshotSetsGetInstanceFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppScreenshotSetsGetInstanceFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppScreenshotSetsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_screenshots: list[AppScreenshotSetsGetInstanceFieldsAppScreenshotsItem] | Unset = UNSET,
    include: list[AppScreenshotSetsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_screenshots: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appScreenshotSets]",
        "fields_app_screenshot_sets",
        fields_app_screenshot_sets,
        "AppScreenshotSetsGetInstanceFieldsAppScreenshotSetsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionLocalizations]",
        "fields_app_store_version_localizations",
        fields_app_store_version_localizations,
        "AppScreenshotSetsGetInstanceFieldsAppStoreVersionLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appCustomProductPageLocalizations]",
        "fields_app_custom_product_page_localizations",
        fields_app_custom_product_page_localizations,
        "AppScreenshotSetsGetInstanceFieldsAppCustomProductPageLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionExperimentTreatmentLocalizations]",
        "fields_app_store_version_experiment_treatment_localizations",
        fields_app_store_version_experiment_treatment_localizations,
        "AppScreenshotSetsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appScreenshots]",
        "fields_app_screenshots",
        fields_app_screenshots,
        "AppScreenshotSetsGetInstanceFieldsAppScreenshotsItem",
    )
    _params.query_list(params, "include", "include", include, "AppScreenshotSetsGetInstanceIncludeItem")
    _params.query_value(params, "limit[appScreenshots]", "limit_app_screenshots", limit_app_screenshots, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appScreenshotSets/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppScreenshotSetResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppScreenshotSetResponse.from_dict(response.json())

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
) -> Response[AppScreenshotSetResponse | ErrorResponse]:
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
    fields_app_screenshot_sets: list[AppScreenshotSetsGetInstanceFieldsAppScreenshotSetsItem] | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppScreenshotSetsGetInstanceFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppScreenshotSetsGetInstanceFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppScreenshotSetsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_screenshots: list[AppScreenshotSetsGetInstanceFieldsAppScreenshotsItem] | Unset = UNSET,
    include: list[AppScreenshotSetsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_screenshots: int | Unset = UNSET,
) -> Response[AppScreenshotSetResponse | ErrorResponse]:
    """``GET /v1/appScreenshotSets/{id}`` (appScreenshotSets_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appscreenshotsets-_id_


    Args:
        id (str):
        fields_app_screenshot_sets (list[AppScreenshotSetsGetInstanceFieldsAppScreenshotSetsItem]
            | Unset):
        fields_app_store_version_localizations
            (list[AppScreenshotSetsGetInstanceFieldsAppStoreVersionLocalizationsItem] | Unset):
        fields_app_custom_product_page_localizations
            (list[AppScreenshotSetsGetInstanceFieldsAppCustomProductPageLocalizationsItem] | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppScreenshotSetsGetInst
            anceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem] | Unset):
        fields_app_screenshots (list[AppScreenshotSetsGetInstanceFieldsAppScreenshotsItem] |
            Unset):
        include (list[AppScreenshotSetsGetInstanceIncludeItem] | Unset):
        limit_app_screenshots (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppScreenshotSetResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_screenshot_sets=fields_app_screenshot_sets,
        fields_app_store_version_localizations=fields_app_store_version_localizations,
        fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
        fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
        fields_app_screenshots=fields_app_screenshots,
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
    fields_app_screenshot_sets: list[AppScreenshotSetsGetInstanceFieldsAppScreenshotSetsItem] | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppScreenshotSetsGetInstanceFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppScreenshotSetsGetInstanceFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppScreenshotSetsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_screenshots: list[AppScreenshotSetsGetInstanceFieldsAppScreenshotsItem] | Unset = UNSET,
    include: list[AppScreenshotSetsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_screenshots: int | Unset = UNSET,
) -> AppScreenshotSetResponse | ErrorResponse | None:
    """``GET /v1/appScreenshotSets/{id}`` (appScreenshotSets_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appscreenshotsets-_id_


    Args:
        id (str):
        fields_app_screenshot_sets (list[AppScreenshotSetsGetInstanceFieldsAppScreenshotSetsItem]
            | Unset):
        fields_app_store_version_localizations
            (list[AppScreenshotSetsGetInstanceFieldsAppStoreVersionLocalizationsItem] | Unset):
        fields_app_custom_product_page_localizations
            (list[AppScreenshotSetsGetInstanceFieldsAppCustomProductPageLocalizationsItem] | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppScreenshotSetsGetInst
            anceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem] | Unset):
        fields_app_screenshots (list[AppScreenshotSetsGetInstanceFieldsAppScreenshotsItem] |
            Unset):
        include (list[AppScreenshotSetsGetInstanceIncludeItem] | Unset):
        limit_app_screenshots (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppScreenshotSetResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_screenshot_sets=fields_app_screenshot_sets,
        fields_app_store_version_localizations=fields_app_store_version_localizations,
        fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
        fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
        fields_app_screenshots=fields_app_screenshots,
        include=include,
        limit_app_screenshots=limit_app_screenshots,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_screenshot_sets: list[AppScreenshotSetsGetInstanceFieldsAppScreenshotSetsItem] | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppScreenshotSetsGetInstanceFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppScreenshotSetsGetInstanceFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppScreenshotSetsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_screenshots: list[AppScreenshotSetsGetInstanceFieldsAppScreenshotsItem] | Unset = UNSET,
    include: list[AppScreenshotSetsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_screenshots: int | Unset = UNSET,
) -> Response[AppScreenshotSetResponse | ErrorResponse]:
    """``GET /v1/appScreenshotSets/{id}`` (appScreenshotSets_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appscreenshotsets-_id_


    Args:
        id (str):
        fields_app_screenshot_sets (list[AppScreenshotSetsGetInstanceFieldsAppScreenshotSetsItem]
            | Unset):
        fields_app_store_version_localizations
            (list[AppScreenshotSetsGetInstanceFieldsAppStoreVersionLocalizationsItem] | Unset):
        fields_app_custom_product_page_localizations
            (list[AppScreenshotSetsGetInstanceFieldsAppCustomProductPageLocalizationsItem] | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppScreenshotSetsGetInst
            anceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem] | Unset):
        fields_app_screenshots (list[AppScreenshotSetsGetInstanceFieldsAppScreenshotsItem] |
            Unset):
        include (list[AppScreenshotSetsGetInstanceIncludeItem] | Unset):
        limit_app_screenshots (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppScreenshotSetResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_screenshot_sets=fields_app_screenshot_sets,
        fields_app_store_version_localizations=fields_app_store_version_localizations,
        fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
        fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
        fields_app_screenshots=fields_app_screenshots,
        include=include,
        limit_app_screenshots=limit_app_screenshots,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_screenshot_sets: list[AppScreenshotSetsGetInstanceFieldsAppScreenshotSetsItem] | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppScreenshotSetsGetInstanceFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppScreenshotSetsGetInstanceFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppScreenshotSetsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_screenshots: list[AppScreenshotSetsGetInstanceFieldsAppScreenshotsItem] | Unset = UNSET,
    include: list[AppScreenshotSetsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_screenshots: int | Unset = UNSET,
) -> AppScreenshotSetResponse | ErrorResponse | None:
    """``GET /v1/appScreenshotSets/{id}`` (appScreenshotSets_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appscreenshotsets-_id_


    Args:
        id (str):
        fields_app_screenshot_sets (list[AppScreenshotSetsGetInstanceFieldsAppScreenshotSetsItem]
            | Unset):
        fields_app_store_version_localizations
            (list[AppScreenshotSetsGetInstanceFieldsAppStoreVersionLocalizationsItem] | Unset):
        fields_app_custom_product_page_localizations
            (list[AppScreenshotSetsGetInstanceFieldsAppCustomProductPageLocalizationsItem] | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppScreenshotSetsGetInst
            anceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem] | Unset):
        fields_app_screenshots (list[AppScreenshotSetsGetInstanceFieldsAppScreenshotsItem] |
            Unset):
        include (list[AppScreenshotSetsGetInstanceIncludeItem] | Unset):
        limit_app_screenshots (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppScreenshotSetResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_app_screenshot_sets=fields_app_screenshot_sets,
            fields_app_store_version_localizations=fields_app_store_version_localizations,
            fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
            fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
            fields_app_screenshots=fields_app_screenshots,
            include=include,
            limit_app_screenshots=limit_app_screenshots,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppScreenshotSetResponse] = AppScreenshotSetResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppScreenshotSetResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
