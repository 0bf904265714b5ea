from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_store_version_experiment_treatment_localizations_get_instance_fields_app_preview_sets_item import (
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppPreviewSetsItem,
    )
    from ...models.app_store_version_experiment_treatment_localizations_get_instance_fields_app_screenshot_sets_item import (
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppScreenshotSetsItem,
    )
    from ...models.app_store_version_experiment_treatment_localizations_get_instance_fields_app_store_version_experiment_treatment_localizations_item import (
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem,
    )
    from ...models.app_store_version_experiment_treatment_localizations_get_instance_fields_app_store_version_experiment_treatments_item import (
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem,
    )
    from ...models.app_store_version_experiment_treatment_localizations_get_instance_include_item import (
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_store_version_experiment_treatment_localization_response import (
    AppStoreVersionExperimentTreatmentLocalizationResponse,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppScreenshotSetsItem
    ]
    | Unset = UNSET,
    fields_app_preview_sets: list[
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    include: list[AppStoreVersionExperimentTreatmentLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appStoreVersionExperimentTreatmentLocalizations]",
        "fields_app_store_version_experiment_treatment_localizations",
        fields_app_store_version_experiment_treatment_localizations,
        "AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionExperimentTreatments]",
        "fields_app_store_version_experiment_treatments",
        fields_app_store_version_experiment_treatments,
        "AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem",
    )
    _params.query_list(
        params,
        "fields[appScreenshotSets]",
        "fields_app_screenshot_sets",
        fields_app_screenshot_sets,
        "AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppScreenshotSetsItem",
    )
    _params.query_list(
        params,
        "fields[appPreviewSets]",
        "fields_app_preview_sets",
        fields_app_preview_sets,
        "AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppPreviewSetsItem",
    )
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "AppStoreVersionExperimentTreatmentLocalizationsGetInstanceIncludeItem",
    )
    _params.query_value(
        params, "limit[appPreviewSets]", "limit_app_preview_sets", limit_app_preview_sets, int
    )
    _params.query_value(
        params, "limit[appScreenshotSets]", "limit_app_screenshot_sets", limit_app_screenshot_sets, int
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appStoreVersionExperimentTreatmentLocalizations/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppStoreVersionExperimentTreatmentLocalizationResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppStoreVersionExperimentTreatmentLocalizationResponse.from_dict(response.json())

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
) -> Response[AppStoreVersionExperimentTreatmentLocalizationResponse | ErrorResponse]:
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
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppScreenshotSetsItem
    ]
    | Unset = UNSET,
    fields_app_preview_sets: list[
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    include: list[AppStoreVersionExperimentTreatmentLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
) -> Response[AppStoreVersionExperimentTreatmentLocalizationResponse | ErrorResponse]:
    """``GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}`` (appStoreVersionExperimentTreatmentLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_


    Args:
        id (str):
        fields_app_store_version_experiment_treatment_localizations (list[AppStoreVersionExperimen
            tTreatmentLocalizationsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsIte
            m] | Unset):
        fields_app_store_version_experiment_treatments (list[AppStoreVersionExperimentTreatmentLoc
            alizationsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem] | Unset):
        fields_app_screenshot_sets (list[AppStoreVersionExperimentTreatmentLocalizationsGetInstanc
            eFieldsAppScreenshotSetsItem] | Unset):
        fields_app_preview_sets
            (list[AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppPreviewSetsItem]
            | Unset):
        include (list[AppStoreVersionExperimentTreatmentLocalizationsGetInstanceIncludeItem] |
            Unset):
        limit_app_preview_sets (int | Unset):
        limit_app_screenshot_sets (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppStoreVersionExperimentTreatmentLocalizationResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
        fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
        fields_app_screenshot_sets=fields_app_screenshot_sets,
        fields_app_preview_sets=fields_app_preview_sets,
        include=include,
        limit_app_preview_sets=limit_app_preview_sets,
        limit_app_screenshot_sets=limit_app_screenshot_sets,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppScreenshotSetsItem
    ]
    | Unset = UNSET,
    fields_app_preview_sets: list[
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    include: list[AppStoreVersionExperimentTreatmentLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
) -> AppStoreVersionExperimentTreatmentLocalizationResponse | ErrorResponse | None:
    """``GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}`` (appStoreVersionExperimentTreatmentLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_


    Args:
        id (str):
        fields_app_store_version_experiment_treatment_localizations (list[AppStoreVersionExperimen
            tTreatmentLocalizationsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsIte
            m] | Unset):
        fields_app_store_version_experiment_treatments (list[AppStoreVersionExperimentTreatmentLoc
            alizationsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem] | Unset):
        fields_app_screenshot_sets (list[AppStoreVersionExperimentTreatmentLocalizationsGetInstanc
            eFieldsAppScreenshotSetsItem] | Unset):
        fields_app_preview_sets
            (list[AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppPreviewSetsItem]
            | Unset):
        include (list[AppStoreVersionExperimentTreatmentLocalizationsGetInstanceIncludeItem] |
            Unset):
        limit_app_preview_sets (int | Unset):
        limit_app_screenshot_sets (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppStoreVersionExperimentTreatmentLocalizationResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
        fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
        fields_app_screenshot_sets=fields_app_screenshot_sets,
        fields_app_preview_sets=fields_app_preview_sets,
        include=include,
        limit_app_preview_sets=limit_app_preview_sets,
        limit_app_screenshot_sets=limit_app_screenshot_sets,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppScreenshotSetsItem
    ]
    | Unset = UNSET,
    fields_app_preview_sets: list[
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    include: list[AppStoreVersionExperimentTreatmentLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
) -> Response[AppStoreVersionExperimentTreatmentLocalizationResponse | ErrorResponse]:
    """``GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}`` (appStoreVersionExperimentTreatmentLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_


    Args:
        id (str):
        fields_app_store_version_experiment_treatment_localizations (list[AppStoreVersionExperimen
            tTreatmentLocalizationsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsIte
            m] | Unset):
        fields_app_store_version_experiment_treatments (list[AppStoreVersionExperimentTreatmentLoc
            alizationsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem] | Unset):
        fields_app_screenshot_sets (list[AppStoreVersionExperimentTreatmentLocalizationsGetInstanc
            eFieldsAppScreenshotSetsItem] | Unset):
        fields_app_preview_sets
            (list[AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppPreviewSetsItem]
            | Unset):
        include (list[AppStoreVersionExperimentTreatmentLocalizationsGetInstanceIncludeItem] |
            Unset):
        limit_app_preview_sets (int | Unset):
        limit_app_screenshot_sets (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppStoreVersionExperimentTreatmentLocalizationResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
        fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
        fields_app_screenshot_sets=fields_app_screenshot_sets,
        fields_app_preview_sets=fields_app_preview_sets,
        include=include,
        limit_app_preview_sets=limit_app_preview_sets,
        limit_app_screenshot_sets=limit_app_screenshot_sets,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppScreenshotSetsItem
    ]
    | Unset = UNSET,
    fields_app_preview_sets: list[
        AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    include: list[AppStoreVersionExperimentTreatmentLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
) -> AppStoreVersionExperimentTreatmentLocalizationResponse | ErrorResponse | None:
    """``GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}`` (appStoreVersionExperimentTreatmentLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_


    Args:
        id (str):
        fields_app_store_version_experiment_treatment_localizations (list[AppStoreVersionExperimen
            tTreatmentLocalizationsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsIte
            m] | Unset):
        fields_app_store_version_experiment_treatments (list[AppStoreVersionExperimentTreatmentLoc
            alizationsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem] | Unset):
        fields_app_screenshot_sets (list[AppStoreVersionExperimentTreatmentLocalizationsGetInstanc
            eFieldsAppScreenshotSetsItem] | Unset):
        fields_app_preview_sets
            (list[AppStoreVersionExperimentTreatmentLocalizationsGetInstanceFieldsAppPreviewSetsItem]
            | Unset):
        include (list[AppStoreVersionExperimentTreatmentLocalizationsGetInstanceIncludeItem] |
            Unset):
        limit_app_preview_sets (int | Unset):
        limit_app_screenshot_sets (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppStoreVersionExperimentTreatmentLocalizationResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
            fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
            fields_app_screenshot_sets=fields_app_screenshot_sets,
            fields_app_preview_sets=fields_app_preview_sets,
            include=include,
            limit_app_preview_sets=limit_app_preview_sets,
            limit_app_screenshot_sets=limit_app_screenshot_sets,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppStoreVersionExperimentTreatmentLocalizationResponse] = (
    AppStoreVersionExperimentTreatmentLocalizationResponse
)
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppStoreVersionExperimentTreatmentLocalizationResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
