from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_store_versions_app_store_version_experiments_get_to_many_related_fields_app_store_version_experiment_treatments_item import (
        AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem,
    )
    from ...models.app_store_versions_app_store_version_experiments_get_to_many_related_fields_app_store_version_experiments_item import (
        AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFieldsAppStoreVersionExperimentsItem,
    )
    from ...models.app_store_versions_app_store_version_experiments_get_to_many_related_fields_app_store_versions_item import (
        AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFieldsAppStoreVersionsItem,
    )
    from ...models.app_store_versions_app_store_version_experiments_get_to_many_related_filter_state_item import (
        AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFilterStateItem,
    )
    from ...models.app_store_versions_app_store_version_experiments_get_to_many_related_include_item import (
        AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_store_version_experiments_response import AppStoreVersionExperimentsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_state: list[AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFilterStateItem]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[
        AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_store_version_experiment_treatments: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[state]",
        "filter_state",
        filter_state,
        "AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFilterStateItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionExperiments]",
        "fields_app_store_version_experiments",
        fields_app_store_version_experiments,
        "AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFieldsAppStoreVersionExperimentsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersions]",
        "fields_app_store_versions",
        fields_app_store_versions,
        "AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFieldsAppStoreVersionsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionExperimentTreatments]",
        "fields_app_store_version_experiment_treatments",
        fields_app_store_version_experiment_treatments,
        "AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedIncludeItem",
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
        "url": "/v1/appStoreVersions/{id}/appStoreVersionExperiments".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppStoreVersionExperimentsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppStoreVersionExperimentsResponse.from_dict(response.json())

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
) -> Response[AppStoreVersionExperimentsResponse | ErrorResponse]:
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
    filter_state: list[AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFilterStateItem]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[
        AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_store_version_experiment_treatments: int | Unset = UNSET,
) -> Response[AppStoreVersionExperimentsResponse | ErrorResponse]:
    """``GET /v1/appStoreVersions/{id}/appStoreVersionExperiments`` (appStoreVersions_appStoreVersionExperiments_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionexperiments


    Args:
        id (str):
        filter_state
            (list[AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFilterStateItem] | Unset):
        fields_app_store_version_experiments (list[AppStoreVersionsAppStoreVersionExperimentsGetTo
            ManyRelatedFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_app_store_versions (list[AppStoreVersionsAppStoreVersionExperimentsGetToManyRelated
            FieldsAppStoreVersionsItem] | Unset):
        fields_app_store_version_experiment_treatments (list[AppStoreVersionsAppStoreVersionExperi
            mentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem] | Unset):
        limit (int | Unset):
        include (list[AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedIncludeItem] |
            Unset):
        limit_app_store_version_experiment_treatments (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppStoreVersionExperimentsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_state=filter_state,
        fields_app_store_version_experiments=fields_app_store_version_experiments,
        fields_app_store_versions=fields_app_store_versions,
        fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
        limit=limit,
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
    filter_state: list[AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFilterStateItem]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[
        AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_store_version_experiment_treatments: int | Unset = UNSET,
) -> AppStoreVersionExperimentsResponse | ErrorResponse | None:
    """``GET /v1/appStoreVersions/{id}/appStoreVersionExperiments`` (appStoreVersions_appStoreVersionExperiments_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionexperiments


    Args:
        id (str):
        filter_state
            (list[AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFilterStateItem] | Unset):
        fields_app_store_version_experiments (list[AppStoreVersionsAppStoreVersionExperimentsGetTo
            ManyRelatedFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_app_store_versions (list[AppStoreVersionsAppStoreVersionExperimentsGetToManyRelated
            FieldsAppStoreVersionsItem] | Unset):
        fields_app_store_version_experiment_treatments (list[AppStoreVersionsAppStoreVersionExperi
            mentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem] | Unset):
        limit (int | Unset):
        include (list[AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedIncludeItem] |
            Unset):
        limit_app_store_version_experiment_treatments (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppStoreVersionExperimentsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_state=filter_state,
        fields_app_store_version_experiments=fields_app_store_version_experiments,
        fields_app_store_versions=fields_app_store_versions,
        fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
        limit=limit,
        include=include,
        limit_app_store_version_experiment_treatments=limit_app_store_version_experiment_treatments,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_state: list[AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFilterStateItem]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[
        AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_store_version_experiment_treatments: int | Unset = UNSET,
) -> Response[AppStoreVersionExperimentsResponse | ErrorResponse]:
    """``GET /v1/appStoreVersions/{id}/appStoreVersionExperiments`` (appStoreVersions_appStoreVersionExperiments_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionexperiments


    Args:
        id (str):
        filter_state
            (list[AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFilterStateItem] | Unset):
        fields_app_store_version_experiments (list[AppStoreVersionsAppStoreVersionExperimentsGetTo
            ManyRelatedFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_app_store_versions (list[AppStoreVersionsAppStoreVersionExperimentsGetToManyRelated
            FieldsAppStoreVersionsItem] | Unset):
        fields_app_store_version_experiment_treatments (list[AppStoreVersionsAppStoreVersionExperi
            mentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem] | Unset):
        limit (int | Unset):
        include (list[AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedIncludeItem] |
            Unset):
        limit_app_store_version_experiment_treatments (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppStoreVersionExperimentsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_state=filter_state,
        fields_app_store_version_experiments=fields_app_store_version_experiments,
        fields_app_store_versions=fields_app_store_versions,
        fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
        limit=limit,
        include=include,
        limit_app_store_version_experiment_treatments=limit_app_store_version_experiment_treatments,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_state: list[AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFilterStateItem]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_app_store_versions: list[
        AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_store_version_experiment_treatments: int | Unset = UNSET,
) -> AppStoreVersionExperimentsResponse | ErrorResponse | None:
    """``GET /v1/appStoreVersions/{id}/appStoreVersionExperiments`` (appStoreVersions_appStoreVersionExperiments_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_-appstoreversionexperiments


    Args:
        id (str):
        filter_state
            (list[AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedFilterStateItem] | Unset):
        fields_app_store_version_experiments (list[AppStoreVersionsAppStoreVersionExperimentsGetTo
            ManyRelatedFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_app_store_versions (list[AppStoreVersionsAppStoreVersionExperimentsGetToManyRelated
            FieldsAppStoreVersionsItem] | Unset):
        fields_app_store_version_experiment_treatments (list[AppStoreVersionsAppStoreVersionExperi
            mentsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem] | Unset):
        limit (int | Unset):
        include (list[AppStoreVersionsAppStoreVersionExperimentsGetToManyRelatedIncludeItem] |
            Unset):
        limit_app_store_version_experiment_treatments (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppStoreVersionExperimentsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_state=filter_state,
            fields_app_store_version_experiments=fields_app_store_version_experiments,
            fields_app_store_versions=fields_app_store_versions,
            fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
            limit=limit,
            include=include,
            limit_app_store_version_experiment_treatments=limit_app_store_version_experiment_treatments,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppStoreVersionExperimentsResponse] = AppStoreVersionExperimentsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app_store_version_experiment import AppStoreVersionExperiment

ITEM_TYPE: type[AppStoreVersionExperiment] = AppStoreVersionExperiment
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppStoreVersionExperimentsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
