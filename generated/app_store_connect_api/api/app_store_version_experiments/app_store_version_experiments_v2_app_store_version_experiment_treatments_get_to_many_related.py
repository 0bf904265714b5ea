from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_store_version_experiments_v2_app_store_version_experiment_treatments_get_to_many_related_fields_app_store_version_experiment_treatment_localizations_item import (
        AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem,
    )
    from ...models.app_store_version_experiments_v2_app_store_version_experiment_treatments_get_to_many_related_fields_app_store_version_experiment_treatments_item import (
        AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem,
    )
    from ...models.app_store_version_experiments_v2_app_store_version_experiment_treatments_get_to_many_related_fields_app_store_version_experiments_item import (
        AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentsItem,
    )
    from ...models.app_store_version_experiments_v2_app_store_version_experiment_treatments_get_to_many_related_include_item import (
        AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_store_version_experiment_treatments_response import (
    AppStoreVersionExperimentTreatmentsResponse,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
    limit_app_store_version_experiment_treatment_localizations: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appStoreVersionExperimentTreatments]",
        "fields_app_store_version_experiment_treatments",
        fields_app_store_version_experiment_treatments,
        "AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionExperiments]",
        "fields_app_store_version_experiments",
        fields_app_store_version_experiments,
        "AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionExperimentTreatmentLocalizations]",
        "fields_app_store_version_experiment_treatment_localizations",
        fields_app_store_version_experiment_treatment_localizations,
        "AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedIncludeItem",
    )
    _params.query_value(
        params,
        "limit[appStoreVersionExperimentTreatmentLocalizations]",
        "limit_app_store_version_experiment_treatment_localizations",
        limit_app_store_version_experiment_treatment_localizations,
        int,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/appStoreVersionExperiments/{id}/appStoreVersionExperimentTreatments".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppStoreVersionExperimentTreatmentsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppStoreVersionExperimentTreatmentsResponse.from_dict(response.json())

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
) -> Response[AppStoreVersionExperimentTreatmentsResponse | ErrorResponse]:
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
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
    limit_app_store_version_experiment_treatment_localizations: int | Unset = UNSET,
) -> Response[AppStoreVersionExperimentTreatmentsResponse | ErrorResponse]:
    """``GET /v2/appStoreVersionExperiments/{id}/appStoreVersionExperimentTreatments`` (appStoreVersionExperimentsV2_appStoreVersionExperimentTreatments_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appstoreversionexperiments-_id_-appstoreversionexperimenttreatments


    Args:
        id (str):
        fields_app_store_version_experiment_treatments (list[AppStoreVersionExperimentsV2AppStoreV
            ersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem] |
            Unset):
        fields_app_store_version_experiments (list[AppStoreVersionExperimentsV2AppStoreVersionExpe
            rimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppStoreVersionExperimen
            tsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentTrea
            tmentLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRela
            tedIncludeItem] | Unset):
        limit_app_store_version_experiment_treatment_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppStoreVersionExperimentTreatmentsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
        fields_app_store_version_experiments=fields_app_store_version_experiments,
        fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
        limit=limit,
        include=include,
        limit_app_store_version_experiment_treatment_localizations=limit_app_store_version_experiment_treatment_localizations,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
    limit_app_store_version_experiment_treatment_localizations: int | Unset = UNSET,
) -> AppStoreVersionExperimentTreatmentsResponse | ErrorResponse | None:
    """``GET /v2/appStoreVersionExperiments/{id}/appStoreVersionExperimentTreatments`` (appStoreVersionExperimentsV2_appStoreVersionExperimentTreatments_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appstoreversionexperiments-_id_-appstoreversionexperimenttreatments


    Args:
        id (str):
        fields_app_store_version_experiment_treatments (list[AppStoreVersionExperimentsV2AppStoreV
            ersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem] |
            Unset):
        fields_app_store_version_experiments (list[AppStoreVersionExperimentsV2AppStoreVersionExpe
            rimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppStoreVersionExperimen
            tsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentTrea
            tmentLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRela
            tedIncludeItem] | Unset):
        limit_app_store_version_experiment_treatment_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppStoreVersionExperimentTreatmentsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
        fields_app_store_version_experiments=fields_app_store_version_experiments,
        fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
        limit=limit,
        include=include,
        limit_app_store_version_experiment_treatment_localizations=limit_app_store_version_experiment_treatment_localizations,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
    limit_app_store_version_experiment_treatment_localizations: int | Unset = UNSET,
) -> Response[AppStoreVersionExperimentTreatmentsResponse | ErrorResponse]:
    """``GET /v2/appStoreVersionExperiments/{id}/appStoreVersionExperimentTreatments`` (appStoreVersionExperimentsV2_appStoreVersionExperimentTreatments_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appstoreversionexperiments-_id_-appstoreversionexperimenttreatments


    Args:
        id (str):
        fields_app_store_version_experiment_treatments (list[AppStoreVersionExperimentsV2AppStoreV
            ersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem] |
            Unset):
        fields_app_store_version_experiments (list[AppStoreVersionExperimentsV2AppStoreVersionExpe
            rimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppStoreVersionExperimen
            tsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentTrea
            tmentLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRela
            tedIncludeItem] | Unset):
        limit_app_store_version_experiment_treatment_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppStoreVersionExperimentTreatmentsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
        fields_app_store_version_experiments=fields_app_store_version_experiments,
        fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
        limit=limit,
        include=include,
        limit_app_store_version_experiment_treatment_localizations=limit_app_store_version_experiment_treatment_localizations,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
    limit_app_store_version_experiment_treatment_localizations: int | Unset = UNSET,
) -> AppStoreVersionExperimentTreatmentsResponse | ErrorResponse | None:
    """``GET /v2/appStoreVersionExperiments/{id}/appStoreVersionExperimentTreatments`` (appStoreVersionExperimentsV2_appStoreVersionExperimentTreatments_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appstoreversionexperiments-_id_-appstoreversionexperimenttreatments


    Args:
        id (str):
        fields_app_store_version_experiment_treatments (list[AppStoreVersionExperimentsV2AppStoreV
            ersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem] |
            Unset):
        fields_app_store_version_experiments (list[AppStoreVersionExperimentsV2AppStoreVersionExpe
            rimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppStoreVersionExperimen
            tsV2AppStoreVersionExperimentTreatmentsGetToManyRelatedFieldsAppStoreVersionExperimentTrea
            tmentLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[AppStoreVersionExperimentsV2AppStoreVersionExperimentTreatmentsGetToManyRela
            tedIncludeItem] | Unset):
        limit_app_store_version_experiment_treatment_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppStoreVersionExperimentTreatmentsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
            fields_app_store_version_experiments=fields_app_store_version_experiments,
            fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
            limit=limit,
            include=include,
            limit_app_store_version_experiment_treatment_localizations=limit_app_store_version_experiment_treatment_localizations,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppStoreVersionExperimentTreatmentsResponse] = AppStoreVersionExperimentTreatmentsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app_store_version_experiment_treatment import AppStoreVersionExperimentTreatment

ITEM_TYPE: type[AppStoreVersionExperimentTreatment] = AppStoreVersionExperimentTreatment
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppStoreVersionExperimentTreatmentsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
