from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_store_version_experiment_treatments_app_store_version_experiment_treatment_localizations_get_to_many_related_fields_app_preview_sets_item import (
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppPreviewSetsItem,
    )
    from ...models.app_store_version_experiment_treatments_app_store_version_experiment_treatment_localizations_get_to_many_related_fields_app_screenshot_sets_item import (
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppScreenshotSetsItem,
    )
    from ...models.app_store_version_experiment_treatments_app_store_version_experiment_treatment_localizations_get_to_many_related_fields_app_store_version_experiment_treatment_localizations_item import (
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem,
    )
    from ...models.app_store_version_experiment_treatments_app_store_version_experiment_treatment_localizations_get_to_many_related_fields_app_store_version_experiment_treatments_item import (
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem,
    )
    from ...models.app_store_version_experiment_treatments_app_store_version_experiment_treatment_localizations_get_to_many_related_include_item import (
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_store_version_experiment_treatment_localizations_response import (
    AppStoreVersionExperimentTreatmentLocalizationsResponse,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_locale: list[str] | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppScreenshotSetsItem
    ]
    | Unset = UNSET,
    fields_app_preview_sets: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedIncludeItem
    ]
    | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[locale]", "filter_locale", filter_locale, str)
    _params.query_list(
        params,
        "fields[appStoreVersionExperimentTreatmentLocalizations]",
        "fields_app_store_version_experiment_treatment_localizations",
        fields_app_store_version_experiment_treatment_localizations,
        "AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionExperimentTreatments]",
        "fields_app_store_version_experiment_treatments",
        fields_app_store_version_experiment_treatments,
        "AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem",
    )
    _params.query_list(
        params,
        "fields[appScreenshotSets]",
        "fields_app_screenshot_sets",
        fields_app_screenshot_sets,
        "AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppScreenshotSetsItem",
    )
    _params.query_list(
        params,
        "fields[appPreviewSets]",
        "fields_app_preview_sets",
        fields_app_preview_sets,
        "AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppPreviewSetsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedIncludeItem",
    )
    _params.query_value(
        params, "limit[appScreenshotSets]", "limit_app_screenshot_sets", limit_app_screenshot_sets, int
    )
    _params.query_value(
        params, "limit[appPreviewSets]", "limit_app_preview_sets", limit_app_preview_sets, int
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appStoreVersionExperimentTreatments/{id}/appStoreVersionExperimentTreatmentLocalizations".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppStoreVersionExperimentTreatmentLocalizationsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppStoreVersionExperimentTreatmentLocalizationsResponse.from_dict(response.json())

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
) -> Response[AppStoreVersionExperimentTreatmentLocalizationsResponse | ErrorResponse]:
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
    filter_locale: list[str] | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppScreenshotSetsItem
    ]
    | Unset = UNSET,
    fields_app_preview_sets: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedIncludeItem
    ]
    | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
) -> Response[AppStoreVersionExperimentTreatmentLocalizationsResponse | ErrorResponse]:
    """``GET /v1/appStoreVersionExperimentTreatments/{id}/appStoreVersionExperimentTreatmentLocalizations`` (appStoreVersionExperimentTreatments_appStoreVersionExperimentTreatmentLocalizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatments-_id_-appstoreversionexperimenttreatmentlocalizations


    Args:
        id (str):
        filter_locale (list[str] | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppStoreVersionExperimen
            tTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppStoreVe
            rsionExperimentTreatmentLocalizationsItem] | Unset):
        fields_app_store_version_experiment_treatments (list[AppStoreVersionExperimentTreatmentsAp
            pStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppStoreVersionExperime
            ntTreatmentsItem] | Unset):
        fields_app_screenshot_sets (list[AppStoreVersionExperimentTreatmentsAppStoreVersionExperim
            entTreatmentLocalizationsGetToManyRelatedFieldsAppScreenshotSetsItem] | Unset):
        fields_app_preview_sets (list[AppStoreVersionExperimentTreatmentsAppStoreVersionExperiment
            TreatmentLocalizationsGetToManyRelatedFieldsAppPreviewSetsItem] | Unset):
        limit (int | Unset):
        include (list[AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocaliz
            ationsGetToManyRelatedIncludeItem] | Unset):
        limit_app_screenshot_sets (int | Unset):
        limit_app_preview_sets (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppStoreVersionExperimentTreatmentLocalizationsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_locale=filter_locale,
        fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
        fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
        fields_app_screenshot_sets=fields_app_screenshot_sets,
        fields_app_preview_sets=fields_app_preview_sets,
        limit=limit,
        include=include,
        limit_app_screenshot_sets=limit_app_screenshot_sets,
        limit_app_preview_sets=limit_app_preview_sets,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_locale: list[str] | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppScreenshotSetsItem
    ]
    | Unset = UNSET,
    fields_app_preview_sets: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedIncludeItem
    ]
    | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
) -> AppStoreVersionExperimentTreatmentLocalizationsResponse | ErrorResponse | None:
    """``GET /v1/appStoreVersionExperimentTreatments/{id}/appStoreVersionExperimentTreatmentLocalizations`` (appStoreVersionExperimentTreatments_appStoreVersionExperimentTreatmentLocalizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatments-_id_-appstoreversionexperimenttreatmentlocalizations


    Args:
        id (str):
        filter_locale (list[str] | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppStoreVersionExperimen
            tTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppStoreVe
            rsionExperimentTreatmentLocalizationsItem] | Unset):
        fields_app_store_version_experiment_treatments (list[AppStoreVersionExperimentTreatmentsAp
            pStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppStoreVersionExperime
            ntTreatmentsItem] | Unset):
        fields_app_screenshot_sets (list[AppStoreVersionExperimentTreatmentsAppStoreVersionExperim
            entTreatmentLocalizationsGetToManyRelatedFieldsAppScreenshotSetsItem] | Unset):
        fields_app_preview_sets (list[AppStoreVersionExperimentTreatmentsAppStoreVersionExperiment
            TreatmentLocalizationsGetToManyRelatedFieldsAppPreviewSetsItem] | Unset):
        limit (int | Unset):
        include (list[AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocaliz
            ationsGetToManyRelatedIncludeItem] | Unset):
        limit_app_screenshot_sets (int | Unset):
        limit_app_preview_sets (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppStoreVersionExperimentTreatmentLocalizationsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_locale=filter_locale,
        fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
        fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
        fields_app_screenshot_sets=fields_app_screenshot_sets,
        fields_app_preview_sets=fields_app_preview_sets,
        limit=limit,
        include=include,
        limit_app_screenshot_sets=limit_app_screenshot_sets,
        limit_app_preview_sets=limit_app_preview_sets,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_locale: list[str] | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppScreenshotSetsItem
    ]
    | Unset = UNSET,
    fields_app_preview_sets: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedIncludeItem
    ]
    | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
) -> Response[AppStoreVersionExperimentTreatmentLocalizationsResponse | ErrorResponse]:
    """``GET /v1/appStoreVersionExperimentTreatments/{id}/appStoreVersionExperimentTreatmentLocalizations`` (appStoreVersionExperimentTreatments_appStoreVersionExperimentTreatmentLocalizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatments-_id_-appstoreversionexperimenttreatmentlocalizations


    Args:
        id (str):
        filter_locale (list[str] | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppStoreVersionExperimen
            tTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppStoreVe
            rsionExperimentTreatmentLocalizationsItem] | Unset):
        fields_app_store_version_experiment_treatments (list[AppStoreVersionExperimentTreatmentsAp
            pStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppStoreVersionExperime
            ntTreatmentsItem] | Unset):
        fields_app_screenshot_sets (list[AppStoreVersionExperimentTreatmentsAppStoreVersionExperim
            entTreatmentLocalizationsGetToManyRelatedFieldsAppScreenshotSetsItem] | Unset):
        fields_app_preview_sets (list[AppStoreVersionExperimentTreatmentsAppStoreVersionExperiment
            TreatmentLocalizationsGetToManyRelatedFieldsAppPreviewSetsItem] | Unset):
        limit (int | Unset):
        include (list[AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocaliz
            ationsGetToManyRelatedIncludeItem] | Unset):
        limit_app_screenshot_sets (int | Unset):
        limit_app_preview_sets (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppStoreVersionExperimentTreatmentLocalizationsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_locale=filter_locale,
        fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
        fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
        fields_app_screenshot_sets=fields_app_screenshot_sets,
        fields_app_preview_sets=fields_app_preview_sets,
        limit=limit,
        include=include,
        limit_app_screenshot_sets=limit_app_screenshot_sets,
        limit_app_preview_sets=limit_app_preview_sets,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_locale: list[str] | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    fields_app_screenshot_sets: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppScreenshotSetsItem
    ]
    | Unset = UNSET,
    fields_app_preview_sets: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[
        AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedIncludeItem
    ]
    | Unset = UNSET,
    limit_app_screenshot_sets: int | Unset = UNSET,
    limit_app_preview_sets: int | Unset = UNSET,
) -> AppStoreVersionExperimentTreatmentLocalizationsResponse | ErrorResponse | None:
    """``GET /v1/appStoreVersionExperimentTreatments/{id}/appStoreVersionExperimentTreatmentLocalizations`` (appStoreVersionExperimentTreatments_appStoreVersionExperimentTreatmentLocalizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatments-_id_-appstoreversionexperimenttreatmentlocalizations


    Args:
        id (str):
        filter_locale (list[str] | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppStoreVersionExperimen
            tTreatmentsAppStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppStoreVe
            rsionExperimentTreatmentLocalizationsItem] | Unset):
        fields_app_store_version_experiment_treatments (list[AppStoreVersionExperimentTreatmentsAp
            pStoreVersionExperimentTreatmentLocalizationsGetToManyRelatedFieldsAppStoreVersionExperime
            ntTreatmentsItem] | Unset):
        fields_app_screenshot_sets (list[AppStoreVersionExperimentTreatmentsAppStoreVersionExperim
            entTreatmentLocalizationsGetToManyRelatedFieldsAppScreenshotSetsItem] | Unset):
        fields_app_preview_sets (list[AppStoreVersionExperimentTreatmentsAppStoreVersionExperiment
            TreatmentLocalizationsGetToManyRelatedFieldsAppPreviewSetsItem] | Unset):
        limit (int | Unset):
        include (list[AppStoreVersionExperimentTreatmentsAppStoreVersionExperimentTreatmentLocaliz
            ationsGetToManyRelatedIncludeItem] | Unset):
        limit_app_screenshot_sets (int | Unset):
        limit_app_preview_sets (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppStoreVersionExperimentTreatmentLocalizationsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_locale=filter_locale,
            fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
            fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
            fields_app_screenshot_sets=fields_app_screenshot_sets,
            fields_app_preview_sets=fields_app_preview_sets,
            limit=limit,
            include=include,
            limit_app_screenshot_sets=limit_app_screenshot_sets,
            limit_app_preview_sets=limit_app_preview_sets,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppStoreVersionExperimentTreatmentLocalizationsResponse] = (
    AppStoreVersionExperimentTreatmentLocalizationsResponse
)
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app_store_version_experiment_treatment_localization import (
    AppStoreVersionExperimentTreatmentLocalization,
)

ITEM_TYPE: type[AppStoreVersionExperimentTreatmentLocalization] = (
    AppStoreVersionExperimentTreatmentLocalization
)
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppStoreVersionExperimentTreatmentLocalizationsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
