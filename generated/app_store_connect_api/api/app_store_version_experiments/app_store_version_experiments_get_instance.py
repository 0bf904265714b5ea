from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_store_version_experiments_get_instance_fields_app_store_version_experiment_treatments_item import (
        AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem,
    )
    from ...models.app_store_version_experiments_get_instance_fields_app_store_version_experiments_item import (
        AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionExperimentsItem,
    )
    from ...models.app_store_version_experiments_get_instance_fields_app_store_versions_item import (
        AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionsItem,
    )
    from ...models.app_store_version_experiments_get_instance_include_item import (
        AppStoreVersionExperimentsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_store_version_experiment_response import AppStoreVersionExperimentResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_store_version_experiments: list[
        AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    include: list[AppStoreVersionExperimentsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_store_version_experiment_treatments: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appStoreVersionExperiments]",
        "fields_app_store_version_experiments",
        fields_app_store_version_experiments,
        "AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionExperimentsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersions]",
        "fields_app_store_versions",
        fields_app_store_versions,
        "AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionExperimentTreatments]",
        "fields_app_store_version_experiment_treatments",
        fields_app_store_version_experiment_treatments,
        "AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem",
    )
    _params.query_list(
        params, "include", "include", include, "AppStoreVersionExperimentsGetInstanceIncludeItem"
    )
    _params.query_value(
        params,
        "limit[appStoreVersionExperimentTreatments]",
        "limit_app_store_version_experiment_treatments",
        limit_app_store_version_experiment_treatments,
        int,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appStoreVersionExperiments/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppStoreVersionExperimentResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppStoreVersionExperimentResponse.from_dict(response.json())

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
) -> Response[AppStoreVersionExperimentResponse | ErrorResponse]:
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
    fields_app_store_version_experiments: list[
        AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    include: list[AppStoreVersionExperimentsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_store_version_experiment_treatments: int | Unset = UNSET,
) -> Response[AppStoreVersionExperimentResponse | ErrorResponse]:
    """``GET /v1/appStoreVersionExperiments/{id}`` (appStoreVersionExperiments_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperiments-_id_


    Args:
        id (str):
        fields_app_store_version_experiments
            (list[AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_app_store_versions
            (list[AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionsItem] | Unset):
        fields_app_store_version_experiment_treatments
            (list[AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem]
            | Unset):
        include (list[AppStoreVersionExperimentsGetInstanceIncludeItem] | Unset):
        limit_app_store_version_experiment_treatments (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppStoreVersionExperimentResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_store_version_experiments=fields_app_store_version_experiments,
        fields_app_store_versions=fields_app_store_versions,
        fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
        include=include,
        limit_app_store_version_experiment_treatments=limit_app_store_version_experiment_treatments,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_store_version_experiments: list[
        AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    include: list[AppStoreVersionExperimentsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_store_version_experiment_treatments: int | Unset = UNSET,
) -> AppStoreVersionExperimentResponse | ErrorResponse | None:
    """``GET /v1/appStoreVersionExperiments/{id}`` (appStoreVersionExperiments_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperiments-_id_


    Args:
        id (str):
        fields_app_store_version_experiments
            (list[AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_app_store_versions
            (list[AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionsItem] | Unset):
        fields_app_store_version_experiment_treatments
            (list[AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem]
            | Unset):
        include (list[AppStoreVersionExperimentsGetInstanceIncludeItem] | Unset):
        limit_app_store_version_experiment_treatments (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppStoreVersionExperimentResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_store_version_experiments=fields_app_store_version_experiments,
        fields_app_store_versions=fields_app_store_versions,
        fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
        include=include,
        limit_app_store_version_experiment_treatments=limit_app_store_version_experiment_treatments,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_store_version_experiments: list[
        AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    include: list[AppStoreVersionExperimentsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_store_version_experiment_treatments: int | Unset = UNSET,
) -> Response[AppStoreVersionExperimentResponse | ErrorResponse]:
    """``GET /v1/appStoreVersionExperiments/{id}`` (appStoreVersionExperiments_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperiments-_id_


    Args:
        id (str):
        fields_app_store_version_experiments
            (list[AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_app_store_versions
            (list[AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionsItem] | Unset):
        fields_app_store_version_experiment_treatments
            (list[AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem]
            | Unset):
        include (list[AppStoreVersionExperimentsGetInstanceIncludeItem] | Unset):
        limit_app_store_version_experiment_treatments (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppStoreVersionExperimentResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_store_version_experiments=fields_app_store_version_experiments,
        fields_app_store_versions=fields_app_store_versions,
        fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
        include=include,
        limit_app_store_version_experiment_treatments=limit_app_store_version_experiment_treatments,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_store_version_experiments: list[
        AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    include: list[AppStoreVersionExperimentsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_store_version_experiment_treatments: int | Unset = UNSET,
) -> AppStoreVersionExperimentResponse | ErrorResponse | None:
    """``GET /v1/appStoreVersionExperiments/{id}`` (appStoreVersionExperiments_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperiments-_id_


    Args:
        id (str):
        fields_app_store_version_experiments
            (list[AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_app_store_versions
            (list[AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionsItem] | Unset):
        fields_app_store_version_experiment_treatments
            (list[AppStoreVersionExperimentsGetInstanceFieldsAppStoreVersionExperimentTreatmentsItem]
            | Unset):
        include (list[AppStoreVersionExperimentsGetInstanceIncludeItem] | Unset):
        limit_app_store_version_experiment_treatments (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppStoreVersionExperimentResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_app_store_version_experiments=fields_app_store_version_experiments,
            fields_app_store_versions=fields_app_store_versions,
            fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
            include=include,
            limit_app_store_version_experiment_treatments=limit_app_store_version_experiment_treatments,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppStoreVersionExperimentResponse] = AppStoreVersionExperimentResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppStoreVersionExperimentResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
