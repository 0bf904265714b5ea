from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_store_version_localizations_app_preview_sets_get_to_many_related_fields_app_custom_product_page_localizations_item import (
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem,
    )
    from ...models.app_store_version_localizations_app_preview_sets_get_to_many_related_fields_app_preview_sets_item import (
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewSetsItem,
    )
    from ...models.app_store_version_localizations_app_preview_sets_get_to_many_related_fields_app_previews_item import (
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewsItem,
    )
    from ...models.app_store_version_localizations_app_preview_sets_get_to_many_related_fields_app_store_version_experiment_treatment_localizations_item import (
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem,
    )
    from ...models.app_store_version_localizations_app_preview_sets_get_to_many_related_fields_app_store_version_localizations_item import (
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem,
    )
    from ...models.app_store_version_localizations_app_preview_sets_get_to_many_related_filter_preview_type_item import (
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFilterPreviewTypeItem,
    )
    from ...models.app_store_version_localizations_app_preview_sets_get_to_many_related_include_item import (
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_preview_sets_response import AppPreviewSetsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_preview_type: list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFilterPreviewTypeItem]
    | Unset = UNSET,
    filter_app_custom_product_page_localization: list[str] | Unset = UNSET,
    filter_app_store_version_experiment_treatment_localization: list[str] | Unset = UNSET,
    fields_app_preview_sets: list[
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_previews: list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_previews: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[previewType]",
        "filter_preview_type",
        filter_preview_type,
        "AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFilterPreviewTypeItem",
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
        "fields[appPreviewSets]",
        "fields_app_preview_sets",
        fields_app_preview_sets,
        "AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewSetsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionLocalizations]",
        "fields_app_store_version_localizations",
        fields_app_store_version_localizations,
        "AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appCustomProductPageLocalizations]",
        "fields_app_custom_product_page_localizations",
        fields_app_custom_product_page_localizations,
        "AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionExperimentTreatmentLocalizations]",
        "fields_app_store_version_experiment_treatment_localizations",
        fields_app_store_version_experiment_treatment_localizations,
        "AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appPreviews]",
        "fields_app_previews",
        fields_app_previews,
        "AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedIncludeItem",
    )
    _params.query_value(params, "limit[appPreviews]", "limit_app_previews", limit_app_previews, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appStoreVersionLocalizations/{id}/appPreviewSets".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppPreviewSetsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppPreviewSetsResponse.from_dict(response.json())

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
) -> Response[AppPreviewSetsResponse | ErrorResponse]:
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
    filter_preview_type: list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFilterPreviewTypeItem]
    | Unset = UNSET,
    filter_app_custom_product_page_localization: list[str] | Unset = UNSET,
    filter_app_store_version_experiment_treatment_localization: list[str] | Unset = UNSET,
    fields_app_preview_sets: list[
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_previews: list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_previews: int | Unset = UNSET,
) -> Response[AppPreviewSetsResponse | ErrorResponse]:
    """``GET /v1/appStoreVersionLocalizations/{id}/appPreviewSets`` (appStoreVersionLocalizations_appPreviewSets_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_-apppreviewsets


    Args:
        id (str):
        filter_preview_type
            (list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFilterPreviewTypeItem] |
            Unset):
        filter_app_custom_product_page_localization (list[str] | Unset):
        filter_app_store_version_experiment_treatment_localization (list[str] | Unset):
        fields_app_preview_sets
            (list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewSetsItem]
            | Unset):
        fields_app_store_version_localizations (list[AppStoreVersionLocalizationsAppPreviewSetsGet
            ToManyRelatedFieldsAppStoreVersionLocalizationsItem] | Unset):
        fields_app_custom_product_page_localizations (list[AppStoreVersionLocalizationsAppPreviewS
            etsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem] | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppStoreVersionLocalizat
            ionsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsIte
            m] | Unset):
        fields_app_previews
            (list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewsItem] |
            Unset):
        limit (int | Unset):
        include (list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedIncludeItem] |
            Unset):
        limit_app_previews (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppPreviewSetsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_preview_type=filter_preview_type,
        filter_app_custom_product_page_localization=filter_app_custom_product_page_localization,
        filter_app_store_version_experiment_treatment_localization=filter_app_store_version_experiment_treatment_localization,
        fields_app_preview_sets=fields_app_preview_sets,
        fields_app_store_version_localizations=fields_app_store_version_localizations,
        fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
        fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
        fields_app_previews=fields_app_previews,
        limit=limit,
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
    filter_preview_type: list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFilterPreviewTypeItem]
    | Unset = UNSET,
    filter_app_custom_product_page_localization: list[str] | Unset = UNSET,
    filter_app_store_version_experiment_treatment_localization: list[str] | Unset = UNSET,
    fields_app_preview_sets: list[
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_previews: list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_previews: int | Unset = UNSET,
) -> AppPreviewSetsResponse | ErrorResponse | None:
    """``GET /v1/appStoreVersionLocalizations/{id}/appPreviewSets`` (appStoreVersionLocalizations_appPreviewSets_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_-apppreviewsets


    Args:
        id (str):
        filter_preview_type
            (list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFilterPreviewTypeItem] |
            Unset):
        filter_app_custom_product_page_localization (list[str] | Unset):
        filter_app_store_version_experiment_treatment_localization (list[str] | Unset):
        fields_app_preview_sets
            (list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewSetsItem]
            | Unset):
        fields_app_store_version_localizations (list[AppStoreVersionLocalizationsAppPreviewSetsGet
            ToManyRelatedFieldsAppStoreVersionLocalizationsItem] | Unset):
        fields_app_custom_product_page_localizations (list[AppStoreVersionLocalizationsAppPreviewS
            etsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem] | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppStoreVersionLocalizat
            ionsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsIte
            m] | Unset):
        fields_app_previews
            (list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewsItem] |
            Unset):
        limit (int | Unset):
        include (list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedIncludeItem] |
            Unset):
        limit_app_previews (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppPreviewSetsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_preview_type=filter_preview_type,
        filter_app_custom_product_page_localization=filter_app_custom_product_page_localization,
        filter_app_store_version_experiment_treatment_localization=filter_app_store_version_experiment_treatment_localization,
        fields_app_preview_sets=fields_app_preview_sets,
        fields_app_store_version_localizations=fields_app_store_version_localizations,
        fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
        fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
        fields_app_previews=fields_app_previews,
        limit=limit,
        include=include,
        limit_app_previews=limit_app_previews,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_preview_type: list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFilterPreviewTypeItem]
    | Unset = UNSET,
    filter_app_custom_product_page_localization: list[str] | Unset = UNSET,
    filter_app_store_version_experiment_treatment_localization: list[str] | Unset = UNSET,
    fields_app_preview_sets: list[
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_previews: list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_previews: int | Unset = UNSET,
) -> Response[AppPreviewSetsResponse | ErrorResponse]:
    """``GET /v1/appStoreVersionLocalizations/{id}/appPreviewSets`` (appStoreVersionLocalizations_appPreviewSets_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_-apppreviewsets


    Args:
        id (str):
        filter_preview_type
            (list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFilterPreviewTypeItem] |
            Unset):
        filter_app_custom_product_page_localization (list[str] | Unset):
        filter_app_store_version_experiment_treatment_localization (list[str] | Unset):
        fields_app_preview_sets
            (list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewSetsItem]
            | Unset):
        fields_app_store_version_localizations (list[AppStoreVersionLocalizationsAppPreviewSetsGet
            ToManyRelatedFieldsAppStoreVersionLocalizationsItem] | Unset):
        fields_app_custom_product_page_localizations (list[AppStoreVersionLocalizationsAppPreviewS
            etsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem] | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppStoreVersionLocalizat
            ionsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsIte
            m] | Unset):
        fields_app_previews
            (list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewsItem] |
            Unset):
        limit (int | Unset):
        include (list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedIncludeItem] |
            Unset):
        limit_app_previews (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppPreviewSetsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_preview_type=filter_preview_type,
        filter_app_custom_product_page_localization=filter_app_custom_product_page_localization,
        filter_app_store_version_experiment_treatment_localization=filter_app_store_version_experiment_treatment_localization,
        fields_app_preview_sets=fields_app_preview_sets,
        fields_app_store_version_localizations=fields_app_store_version_localizations,
        fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
        fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
        fields_app_previews=fields_app_previews,
        limit=limit,
        include=include,
        limit_app_previews=limit_app_previews,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_preview_type: list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFilterPreviewTypeItem]
    | Unset = UNSET,
    filter_app_custom_product_page_localization: list[str] | Unset = UNSET,
    filter_app_store_version_experiment_treatment_localization: list[str] | Unset = UNSET,
    fields_app_preview_sets: list[
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_previews: list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_previews: int | Unset = UNSET,
) -> AppPreviewSetsResponse | ErrorResponse | None:
    """``GET /v1/appStoreVersionLocalizations/{id}/appPreviewSets`` (appStoreVersionLocalizations_appPreviewSets_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionlocalizations-_id_-apppreviewsets


    Args:
        id (str):
        filter_preview_type
            (list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFilterPreviewTypeItem] |
            Unset):
        filter_app_custom_product_page_localization (list[str] | Unset):
        filter_app_store_version_experiment_treatment_localization (list[str] | Unset):
        fields_app_preview_sets
            (list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewSetsItem]
            | Unset):
        fields_app_store_version_localizations (list[AppStoreVersionLocalizationsAppPreviewSetsGet
            ToManyRelatedFieldsAppStoreVersionLocalizationsItem] | Unset):
        fields_app_custom_product_page_localizations (list[AppStoreVersionLocalizationsAppPreviewS
            etsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem] | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppStoreVersionLocalizat
            ionsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsIte
            m] | Unset):
        fields_app_previews
            (list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewsItem] |
            Unset):
        limit (int | Unset):
        include (list[AppStoreVersionLocalizationsAppPreviewSetsGetToManyRelatedIncludeItem] |
            Unset):
        limit_app_previews (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppPreviewSetsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_preview_type=filter_preview_type,
            filter_app_custom_product_page_localization=filter_app_custom_product_page_localization,
            filter_app_store_version_experiment_treatment_localization=filter_app_store_version_experiment_treatment_localization,
            fields_app_preview_sets=fields_app_preview_sets,
            fields_app_store_version_localizations=fields_app_store_version_localizations,
            fields_app_custom_product_page_localizations=fields_app_custom_product_page_localizations,
            fields_app_store_version_experiment_treatment_localizations=fields_app_store_version_experiment_treatment_localizations,
            fields_app_previews=fields_app_previews,
            limit=limit,
            include=include,
            limit_app_previews=limit_app_previews,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppPreviewSetsResponse] = AppPreviewSetsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app_preview_set import AppPreviewSet

ITEM_TYPE: type[AppPreviewSet] = AppPreviewSet
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppPreviewSetsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
