from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_store_version_experiment_treatments_get_instance_fields_app_store_version_experiment_treatment_localizations_item import (
        AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem,
    )
    from ...models.app_store_version_experiment_treatments_get_instance_fields_app_store_version_experiment_treatments_item import (
        AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem,
    )
    from ...models.app_store_version_experiment_treatments_get_instance_fields_app_store_version_experiments_item import (
        AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentsItem,
    )
    from ...models.app_store_version_experiment_treatments_get_instance_include_item import (
        AppStoreVersionExperimentTreatmentsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_store_version_experiment_treatment_response import (
    AppStoreVersionExperimentTreatmentResponse,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[AppStoreVersionExperimentTreatmentsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_store_version_experiment_treatment_localizations: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appStoreVersionExperimentTreatments]",
        "fields_app_store_version_experiment_treatments",
        fields_app_store_version_experiment_treatments,
        "AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionExperiments]",
        "fields_app_store_version_experiments",
        fields_app_store_version_experiments,
        "AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionExperimentTreatmentLocalizations]",
        "fields_app_store_version_experiment_treatment_localizations",
        fields_app_store_version_experiment_treatment_localizations,
        "AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem",
    )
    _params.query_list(
        params, "include", "include", include, "AppStoreVersionExperimentTreatmentsGetInstanceIncludeItem"
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
        "url": "/v1/appStoreVersionExperimentTreatments/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppStoreVersionExperimentTreatmentResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppStoreVersionExperimentTreatmentResponse.from_dict(response.json())

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
) -> Response[AppStoreVersionExperimentTreatmentResponse | ErrorResponse]:
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
        AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[AppStoreVersionExperimentTreatmentsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_store_version_experiment_treatment_localizations: int | Unset = UNSET,
) -> Response[AppStoreVersionExperimentTreatmentResponse | ErrorResponse]:
    """``GET /v1/appStoreVersionExperimentTreatments/{id}`` (appStoreVersionExperimentTreatments_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatments-_id_


    Args:
        id (str):
        fields_app_store_version_experiment_treatments (list[AppStoreVersionExperimentTreatmentsGe
            tInstanceFieldsAppStoreVersionExperimentTreatmentsItem] | Unset):
        fields_app_store_version_experiments
            (list[AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentsItem]
            | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppStoreVersionExperimen
            tTreatmentsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem] | Unset):
        include (list[AppStoreVersionExperimentTreatmentsGetInstanceIncludeItem] | Unset):
        limit_app_store_version_experiment_treatment_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppStoreVersionExperimentTreatmentResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
        fields_app_store_version_experiments=fields_app_store_version_experiments,
        fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
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
        AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[AppStoreVersionExperimentTreatmentsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_store_version_experiment_treatment_localizations: int | Unset = UNSET,
) -> AppStoreVersionExperimentTreatmentResponse | ErrorResponse | None:
    """``GET /v1/appStoreVersionExperimentTreatments/{id}`` (appStoreVersionExperimentTreatments_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatments-_id_


    Args:
        id (str):
        fields_app_store_version_experiment_treatments (list[AppStoreVersionExperimentTreatmentsGe
            tInstanceFieldsAppStoreVersionExperimentTreatmentsItem] | Unset):
        fields_app_store_version_experiments
            (list[AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentsItem]
            | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppStoreVersionExperimen
            tTreatmentsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem] | Unset):
        include (list[AppStoreVersionExperimentTreatmentsGetInstanceIncludeItem] | Unset):
        limit_app_store_version_experiment_treatment_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppStoreVersionExperimentTreatmentResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
        fields_app_store_version_experiments=fields_app_store_version_experiments,
        fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
        include=include,
        limit_app_store_version_experiment_treatment_localizations=limit_app_store_version_experiment_treatment_localizations,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[AppStoreVersionExperimentTreatmentsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_store_version_experiment_treatment_localizations: int | Unset = UNSET,
) -> Response[AppStoreVersionExperimentTreatmentResponse | ErrorResponse]:
    """``GET /v1/appStoreVersionExperimentTreatments/{id}`` (appStoreVersionExperimentTreatments_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatments-_id_


    Args:
        id (str):
        fields_app_store_version_experiment_treatments (list[AppStoreVersionExperimentTreatmentsGe
            tInstanceFieldsAppStoreVersionExperimentTreatmentsItem] | Unset):
        fields_app_store_version_experiments
            (list[AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentsItem]
            | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppStoreVersionExperimen
            tTreatmentsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem] | Unset):
        include (list[AppStoreVersionExperimentTreatmentsGetInstanceIncludeItem] | Unset):
        limit_app_store_version_experiment_treatment_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppStoreVersionExperimentTreatmentResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
        fields_app_store_version_experiments=fields_app_store_version_experiments,
        fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
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
        AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[AppStoreVersionExperimentTreatmentsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_store_version_experiment_treatment_localizations: int | Unset = UNSET,
) -> AppStoreVersionExperimentTreatmentResponse | ErrorResponse | None:
    """``GET /v1/appStoreVersionExperimentTreatments/{id}`` (appStoreVersionExperimentTreatments_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatments-_id_


    Args:
        id (str):
        fields_app_store_version_experiment_treatments (list[AppStoreVersionExperimentTreatmentsGe
            tInstanceFieldsAppStoreVersionExperimentTreatmentsItem] | Unset):
        fields_app_store_version_experiments
            (list[AppStoreVersionExperimentTreatmentsGetInstanceFieldsAppStoreVersionExperimentsItem]
            | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppStoreVersionExperimen
            tTreatmentsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem] | Unset):
        include (list[AppStoreVersionExperimentTreatmentsGetInstanceIncludeItem] | Unset):
        limit_app_store_version_experiment_treatment_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppStoreVersionExperimentTreatmentResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
            fields_app_store_version_experiments=fields_app_store_version_experiments,
            fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
            include=include,
            limit_app_store_version_experiment_treatment_localizations=limit_app_store_version_experiment_treatment_localizations,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppStoreVersionExperimentTreatmentResponse] = AppStoreVersionExperimentTreatmentResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppStoreVersionExperimentTreatmentResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
