from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_app_store_version_experiments_v2_get_to_many_related_fields_app_store_version_experiment_treatments_item import (
        AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem,
    )
    from ...models.apps_app_store_version_experiments_v2_get_to_many_related_fields_app_store_version_experiments_item import (
        AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionExperimentsItem,
    )
    from ...models.apps_app_store_version_experiments_v2_get_to_many_related_fields_app_store_versions_item import (
        AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionsItem,
    )
    from ...models.apps_app_store_version_experiments_v2_get_to_many_related_fields_apps_item import (
        AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppsItem,
    )
    from ...models.apps_app_store_version_experiments_v2_get_to_many_related_filter_state_item import (
        AppsAppStoreVersionExperimentsV2GetToManyRelatedFilterStateItem,
    )
    from ...models.apps_app_store_version_experiments_v2_get_to_many_related_include_item import (
        AppsAppStoreVersionExperimentsV2GetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_store_version_experiments_v2_response import AppStoreVersionExperimentsV2Response
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_state: list[AppsAppStoreVersionExperimentsV2GetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_app_store_versions: list[
        AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppStoreVersionExperimentsV2GetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_control_versions: int | Unset = UNSET,
    limit_app_store_version_experiment_treatments: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[state]",
        "filter_state",
        filter_state,
        "AppsAppStoreVersionExperimentsV2GetToManyRelatedFilterStateItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionExperiments]",
        "fields_app_store_version_experiments",
        fields_app_store_version_experiments,
        "AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionExperimentsItem",
    )
    _params.query_list(
        params,
        "fields[apps]",
        "fields_apps",
        fields_apps,
        "AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersions]",
        "fields_app_store_versions",
        fields_app_store_versions,
        "AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionExperimentTreatments]",
        "fields_app_store_version_experiment_treatments",
        fields_app_store_version_experiment_treatments,
        "AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "AppsAppStoreVersionExperimentsV2GetToManyRelatedIncludeItem"
    )
    _params.query_value(
        params, "limit[controlVersions]", "limit_control_versions", limit_control_versions, int
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
        "url": "/v1/apps/{id}/appStoreVersionExperimentsV2".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppStoreVersionExperimentsV2Response | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppStoreVersionExperimentsV2Response.from_dict(response.json())

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
) -> Response[AppStoreVersionExperimentsV2Response | ErrorResponse]:
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
    filter_state: list[AppsAppStoreVersionExperimentsV2GetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_app_store_versions: list[
        AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppStoreVersionExperimentsV2GetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_control_versions: int | Unset = UNSET,
    limit_app_store_version_experiment_treatments: int | Unset = UNSET,
) -> Response[AppStoreVersionExperimentsV2Response | ErrorResponse]:
    """``GET /v1/apps/{id}/appStoreVersionExperimentsV2`` (apps_appStoreVersionExperimentsV2_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appstoreversionexperimentsv2


    Args:
        id (str):
        filter_state (list[AppsAppStoreVersionExperimentsV2GetToManyRelatedFilterStateItem] |
            Unset):
        fields_app_store_version_experiments (list[AppsAppStoreVersionExperimentsV2GetToManyRelate
            dFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_apps (list[AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppsItem] |
            Unset):
        fields_app_store_versions
            (list[AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionsItem] |
            Unset):
        fields_app_store_version_experiment_treatments (list[AppsAppStoreVersionExperimentsV2GetTo
            ManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem] | Unset):
        limit (int | Unset):
        include (list[AppsAppStoreVersionExperimentsV2GetToManyRelatedIncludeItem] | Unset):
        limit_control_versions (int | Unset):
        limit_app_store_version_experiment_treatments (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppStoreVersionExperimentsV2Response | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_state=filter_state,
        fields_app_store_version_experiments=fields_app_store_version_experiments,
        fields_apps=fields_apps,
        fields_app_store_versions=fields_app_store_versions,
        fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
        limit=limit,
        include=include,
        limit_control_versions=limit_control_versions,
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
    filter_state: list[AppsAppStoreVersionExperimentsV2GetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_app_store_versions: list[
        AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppStoreVersionExperimentsV2GetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_control_versions: int | Unset = UNSET,
    limit_app_store_version_experiment_treatments: int | Unset = UNSET,
) -> AppStoreVersionExperimentsV2Response | ErrorResponse | None:
    """``GET /v1/apps/{id}/appStoreVersionExperimentsV2`` (apps_appStoreVersionExperimentsV2_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appstoreversionexperimentsv2


    Args:
        id (str):
        filter_state (list[AppsAppStoreVersionExperimentsV2GetToManyRelatedFilterStateItem] |
            Unset):
        fields_app_store_version_experiments (list[AppsAppStoreVersionExperimentsV2GetToManyRelate
            dFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_apps (list[AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppsItem] |
            Unset):
        fields_app_store_versions
            (list[AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionsItem] |
            Unset):
        fields_app_store_version_experiment_treatments (list[AppsAppStoreVersionExperimentsV2GetTo
            ManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem] | Unset):
        limit (int | Unset):
        include (list[AppsAppStoreVersionExperimentsV2GetToManyRelatedIncludeItem] | Unset):
        limit_control_versions (int | Unset):
        limit_app_store_version_experiment_treatments (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppStoreVersionExperimentsV2Response | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_state=filter_state,
        fields_app_store_version_experiments=fields_app_store_version_experiments,
        fields_apps=fields_apps,
        fields_app_store_versions=fields_app_store_versions,
        fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
        limit=limit,
        include=include,
        limit_control_versions=limit_control_versions,
        limit_app_store_version_experiment_treatments=limit_app_store_version_experiment_treatments,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_state: list[AppsAppStoreVersionExperimentsV2GetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_app_store_versions: list[
        AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppStoreVersionExperimentsV2GetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_control_versions: int | Unset = UNSET,
    limit_app_store_version_experiment_treatments: int | Unset = UNSET,
) -> Response[AppStoreVersionExperimentsV2Response | ErrorResponse]:
    """``GET /v1/apps/{id}/appStoreVersionExperimentsV2`` (apps_appStoreVersionExperimentsV2_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appstoreversionexperimentsv2


    Args:
        id (str):
        filter_state (list[AppsAppStoreVersionExperimentsV2GetToManyRelatedFilterStateItem] |
            Unset):
        fields_app_store_version_experiments (list[AppsAppStoreVersionExperimentsV2GetToManyRelate
            dFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_apps (list[AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppsItem] |
            Unset):
        fields_app_store_versions
            (list[AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionsItem] |
            Unset):
        fields_app_store_version_experiment_treatments (list[AppsAppStoreVersionExperimentsV2GetTo
            ManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem] | Unset):
        limit (int | Unset):
        include (list[AppsAppStoreVersionExperimentsV2GetToManyRelatedIncludeItem] | Unset):
        limit_control_versions (int | Unset):
        limit_app_store_version_experiment_treatments (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppStoreVersionExperimentsV2Response | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_state=filter_state,
        fields_app_store_version_experiments=fields_app_store_version_experiments,
        fields_apps=fields_apps,
        fields_app_store_versions=fields_app_store_versions,
        fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
        limit=limit,
        include=include,
        limit_control_versions=limit_control_versions,
        limit_app_store_version_experiment_treatments=limit_app_store_version_experiment_treatments,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_state: list[AppsAppStoreVersionExperimentsV2GetToManyRelatedFilterStateItem] | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_apps: list[AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_app_store_versions: list[
        AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatments: list[
        AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppStoreVersionExperimentsV2GetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_control_versions: int | Unset = UNSET,
    limit_app_store_version_experiment_treatments: int | Unset = UNSET,
) -> AppStoreVersionExperimentsV2Response | ErrorResponse | None:
    """``GET /v1/apps/{id}/appStoreVersionExperimentsV2`` (apps_appStoreVersionExperimentsV2_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appstoreversionexperimentsv2


    Args:
        id (str):
        filter_state (list[AppsAppStoreVersionExperimentsV2GetToManyRelatedFilterStateItem] |
            Unset):
        fields_app_store_version_experiments (list[AppsAppStoreVersionExperimentsV2GetToManyRelate
            dFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_apps (list[AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppsItem] |
            Unset):
        fields_app_store_versions
            (list[AppsAppStoreVersionExperimentsV2GetToManyRelatedFieldsAppStoreVersionsItem] |
            Unset):
        fields_app_store_version_experiment_treatments (list[AppsAppStoreVersionExperimentsV2GetTo
            ManyRelatedFieldsAppStoreVersionExperimentTreatmentsItem] | Unset):
        limit (int | Unset):
        include (list[AppsAppStoreVersionExperimentsV2GetToManyRelatedIncludeItem] | Unset):
        limit_control_versions (int | Unset):
        limit_app_store_version_experiment_treatments (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppStoreVersionExperimentsV2Response | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_state=filter_state,
            fields_app_store_version_experiments=fields_app_store_version_experiments,
            fields_apps=fields_apps,
            fields_app_store_versions=fields_app_store_versions,
            fields_app_store_version_experiment_treatments=fields_app_store_version_experiment_treatments,
            limit=limit,
            include=include,
            limit_control_versions=limit_control_versions,
            limit_app_store_version_experiment_treatments=limit_app_store_version_experiment_treatments,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppStoreVersionExperimentsV2Response] = AppStoreVersionExperimentsV2Response
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app_store_version_experiment_v2 import AppStoreVersionExperimentV2

ITEM_TYPE: type[AppStoreVersionExperimentV2] = AppStoreVersionExperimentV2
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppStoreVersionExperimentsV2Response | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
