from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_preview_sets_get_instance_fields_app_custom_product_page_localizations_item import (
        AppPreviewSetsGetInstanceFieldsAppCustomProductPageLocalizationsItem,
    )
    from ...models.app_preview_sets_get_instance_fields_app_preview_sets_item import (
        AppPreviewSetsGetInstanceFieldsAppPreviewSetsItem,
    )
    from ...models.app_preview_sets_get_instance_fields_app_previews_item import (
        AppPreviewSetsGetInstanceFieldsAppPreviewsItem,
    )
    from ...models.app_preview_sets_get_instance_fields_app_store_version_experiment_treatment_localizations_item import (
        AppPreviewSetsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem,
    )
    from ...models.app_preview_sets_get_instance_fields_app_store_version_localizations_item import (
        AppPreviewSetsGetInstanceFieldsAppStoreVersionLocalizationsItem,
    )
    from ...models.app_preview_sets_get_instance_include_item import AppPreviewSetsGetInstanceIncludeItem

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_preview_set_response import AppPreviewSetResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_preview_sets: list[AppPreviewSetsGetInstanceFieldsAppPreviewSetsItem] | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppPreviewSetsGetInstanceFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppPreviewSetsGetInstanceFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppPreviewSetsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_previews: list[AppPreviewSetsGetInstanceFieldsAppPreviewsItem] | Unset = UNSET,
    include: list[AppPreviewSetsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_previews: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appPreviewSets]",
        "fields_app_preview_sets",
        fields_app_preview_sets,
        "AppPreviewSetsGetInstanceFieldsAppPreviewSetsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionLocalizations]",
        "fields_app_store_version_localizations",
        fields_app_store_version_localizations,
        "AppPreviewSetsGetInstanceFieldsAppStoreVersionLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appCustomProductPageLocalizations]",
        "fields_app_custom_product_page_localizations",
        fields_app_custom_product_page_localizations,
        "AppPreviewSetsGetInstanceFieldsAppCustomProductPageLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionExperimentTreatmentLocalizations]",
        "fields_app_store_version_experiment_treatment_localizations",
        fields_app_store_version_experiment_treatment_localizations,
        "AppPreviewSetsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appPreviews]",
        "fields_app_previews",
        fields_app_previews,
        "AppPreviewSetsGetInstanceFieldsAppPreviewsItem",
    )
    _params.query_list(params, "include", "include", include, "AppPreviewSetsGetInstanceIncludeItem")
    _params.query_value(params, "limit[appPreviews]", "limit_app_previews", limit_app_previews, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appPreviewSets/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppPreviewSetResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppPreviewSetResponse.from_dict(response.json())

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
) -> Response[AppPreviewSetResponse | ErrorResponse]:
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
    fields_app_preview_sets: list[AppPreviewSetsGetInstanceFieldsAppPreviewSetsItem] | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppPreviewSetsGetInstanceFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppPreviewSetsGetInstanceFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppPreviewSetsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_previews: list[AppPreviewSetsGetInstanceFieldsAppPreviewsItem] | Unset = UNSET,
    include: list[AppPreviewSetsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_previews: int | Unset = UNSET,
) -> Response[AppPreviewSetResponse | ErrorResponse]:
    """``GET /v1/appPreviewSets/{id}`` (appPreviewSets_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviewsets-_id_


    Args:
        id (str):
        fields_app_preview_sets (list[AppPreviewSetsGetInstanceFieldsAppPreviewSetsItem] | Unset):
        fields_app_store_version_localizations
            (list[AppPreviewSetsGetInstanceFieldsAppStoreVersionLocalizationsItem] | Unset):
        fields_app_custom_product_page_localizations
            (list[AppPreviewSetsGetInstanceFieldsAppCustomProductPageLocalizationsItem] | Unset):
        fields_app_store_version_experiment_treatment_localizations
            (list[AppPreviewSetsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem]
            | Unset):
        fields_app_previews (list[AppPreviewSetsGetInstanceFieldsAppPreviewsItem] | Unset):
        include (list[AppPreviewSetsGetInstanceIncludeItem] | Unset):
        limit_app_previews (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppPreviewSetResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_preview_sets=fields_app_preview_sets,
        fields_app_store_version_localizations=fields_app_store_version_localizations,
        fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
        fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
        fields_app_previews=fields_app_previews,
        include=include,
        limit_app_previews=limit_app_previews,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_preview_sets: list[AppPreviewSetsGetInstanceFieldsAppPreviewSetsItem] | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppPreviewSetsGetInstanceFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppPreviewSetsGetInstanceFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppPreviewSetsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_previews: list[AppPreviewSetsGetInstanceFieldsAppPreviewsItem] | Unset = UNSET,
    include: list[AppPreviewSetsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_previews: int | Unset = UNSET,
) -> AppPreviewSetResponse | ErrorResponse | None:
    """``GET /v1/appPreviewSets/{id}`` (appPreviewSets_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviewsets-_id_


    Args:
        id (str):
        fields_app_preview_sets (list[AppPreviewSetsGetInstanceFieldsAppPreviewSetsItem] | Unset):
        fields_app_store_version_localizations
            (list[AppPreviewSetsGetInstanceFieldsAppStoreVersionLocalizationsItem] | Unset):
        fields_app_custom_product_page_localizations
            (list[AppPreviewSetsGetInstanceFieldsAppCustomProductPageLocalizationsItem] | Unset):
        fields_app_store_version_experiment_treatment_localizations
            (list[AppPreviewSetsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem]
            | Unset):
        fields_app_previews (list[AppPreviewSetsGetInstanceFieldsAppPreviewsItem] | Unset):
        include (list[AppPreviewSetsGetInstanceIncludeItem] | Unset):
        limit_app_previews (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppPreviewSetResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_preview_sets=fields_app_preview_sets,
        fields_app_store_version_localizations=fields_app_store_version_localizations,
        fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
        fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
        fields_app_previews=fields_app_previews,
        include=include,
        limit_app_previews=limit_app_previews,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_preview_sets: list[AppPreviewSetsGetInstanceFieldsAppPreviewSetsItem] | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppPreviewSetsGetInstanceFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppPreviewSetsGetInstanceFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppPreviewSetsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_previews: list[AppPreviewSetsGetInstanceFieldsAppPreviewsItem] | Unset = UNSET,
    include: list[AppPreviewSetsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_previews: int | Unset = UNSET,
) -> Response[AppPreviewSetResponse | ErrorResponse]:
    """``GET /v1/appPreviewSets/{id}`` (appPreviewSets_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviewsets-_id_


    Args:
        id (str):
        fields_app_preview_sets (list[AppPreviewSetsGetInstanceFieldsAppPreviewSetsItem] | Unset):
        fields_app_store_version_localizations
            (list[AppPreviewSetsGetInstanceFieldsAppStoreVersionLocalizationsItem] | Unset):
        fields_app_custom_product_page_localizations
            (list[AppPreviewSetsGetInstanceFieldsAppCustomProductPageLocalizationsItem] | Unset):
        fields_app_store_version_experiment_treatment_localizations
            (list[AppPreviewSetsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem]
            | Unset):
        fields_app_previews (list[AppPreviewSetsGetInstanceFieldsAppPreviewsItem] | Unset):
        include (list[AppPreviewSetsGetInstanceIncludeItem] | Unset):
        limit_app_previews (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppPreviewSetResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_preview_sets=fields_app_preview_sets,
        fields_app_store_version_localizations=fields_app_store_version_localizations,
        fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
        fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
        fields_app_previews=fields_app_previews,
        include=include,
        limit_app_previews=limit_app_previews,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_preview_sets: list[AppPreviewSetsGetInstanceFieldsAppPreviewSetsItem] | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppPreviewSetsGetInstanceFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppPreviewSetsGetInstanceFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppPreviewSetsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_previews: list[AppPreviewSetsGetInstanceFieldsAppPreviewsItem] | Unset = UNSET,
    include: list[AppPreviewSetsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_previews: int | Unset = UNSET,
) -> AppPreviewSetResponse | ErrorResponse | None:
    """``GET /v1/appPreviewSets/{id}`` (appPreviewSets_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviewsets-_id_


    Args:
        id (str):
        fields_app_preview_sets (list[AppPreviewSetsGetInstanceFieldsAppPreviewSetsItem] | Unset):
        fields_app_store_version_localizations
            (list[AppPreviewSetsGetInstanceFieldsAppStoreVersionLocalizationsItem] | Unset):
        fields_app_custom_product_page_localizations
            (list[AppPreviewSetsGetInstanceFieldsAppCustomProductPageLocalizationsItem] | Unset):
        fields_app_store_version_experiment_treatment_localizations
            (list[AppPreviewSetsGetInstanceFieldsAppStoreVersionExperimentTreatmentLocalizationsItem]
            | Unset):
        fields_app_previews (list[AppPreviewSetsGetInstanceFieldsAppPreviewsItem] | Unset):
        include (list[AppPreviewSetsGetInstanceIncludeItem] | Unset):
        limit_app_previews (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppPreviewSetResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_app_preview_sets=fields_app_preview_sets,
            fields_app_store_version_localizations=fields_app_store_version_localizations,
            fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
            fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
            fields_app_previews=fields_app_previews,
            include=include,
            limit_app_previews=limit_app_previews,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppPreviewSetResponse] = AppPreviewSetResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppPreviewSetResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
