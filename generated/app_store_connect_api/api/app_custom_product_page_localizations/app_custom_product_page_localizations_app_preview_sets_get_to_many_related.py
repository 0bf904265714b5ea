from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_custom_product_page_localizations_app_preview_sets_get_to_many_related_fields_app_custom_product_page_localizations_item import (
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem,
    )
    from ...models.app_custom_product_page_localizations_app_preview_sets_get_to_many_related_fields_app_preview_sets_item import (
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewSetsItem,
    )
    from ...models.app_custom_product_page_localizations_app_preview_sets_get_to_many_related_fields_app_previews_item import (
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewsItem,
    )
    from ...models.app_custom_product_page_localizations_app_preview_sets_get_to_many_related_fields_app_store_version_experiment_treatment_localizations_item import (
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem,
    )
    from ...models.app_custom_product_page_localizations_app_preview_sets_get_to_many_related_fields_app_store_version_localizations_item import (
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem,
    )
    from ...models.app_custom_product_page_localizations_app_preview_sets_get_to_many_related_filter_preview_type_item import (
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFilterPreviewTypeItem,
    )
    from ...models.app_custom_product_page_localizations_app_preview_sets_get_to_many_related_include_item import (
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedIncludeItem,
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
    filter_preview_type: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFilterPreviewTypeItem
    ]
    | Unset = UNSET,
    filter_app_store_version_localization: list[str] | Unset = UNSET,
    filter_app_store_version_experiment_treatment_localization: list[str] | Unset = UNSET,
    fields_app_preview_sets: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_previews: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_previews: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[previewType]",
        "filter_preview_type",
        filter_preview_type,
        "AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFilterPreviewTypeItem",
    )
    _params.query_list(
        params,
        "filter[appStoreVersionLocalization]",
        "filter_app_store_version_localization",
        filter_app_store_version_localization,
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
        "AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewSetsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionLocalizations]",
        "fields_app_store_version_localizations",
        fields_app_store_version_localizations,
        "AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appCustomProductPageLocalizations]",
        "fields_app_custom_product_page_localizations",
        fields_app_custom_product_page_localizations,
        "AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionExperimentTreatmentLocalizations]",
        "fields_app_store_version_experiment_treatment_localizations",
        fields_app_store_version_experiment_treatment_localizations,
        "AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appPreviews]",
        "fields_app_previews",
        fields_app_previews,
        "AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedIncludeItem",
    )
    _params.query_value(params, "limit[appPreviews]", "limit_app_previews", limit_app_previews, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appCustomProductPageLocalizations/{id}/appPreviewSets".format(
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
    filter_preview_type: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFilterPreviewTypeItem
    ]
    | Unset = UNSET,
    filter_app_store_version_localization: list[str] | Unset = UNSET,
    filter_app_store_version_experiment_treatment_localization: list[str] | Unset = UNSET,
    fields_app_preview_sets: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_previews: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_previews: int | Unset = UNSET,
) -> Response[AppPreviewSetsResponse | ErrorResponse]:
    """``GET /v1/appCustomProductPageLocalizations/{id}/appPreviewSets`` (appCustomProductPageLocalizations_appPreviewSets_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-apppreviewsets


    Args:
        id (str):
        filter_preview_type (list[AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedF
            ilterPreviewTypeItem] | Unset):
        filter_app_store_version_localization (list[str] | Unset):
        filter_app_store_version_experiment_treatment_localization (list[str] | Unset):
        fields_app_preview_sets (list[AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRela
            tedFieldsAppPreviewSetsItem] | Unset):
        fields_app_store_version_localizations (list[AppCustomProductPageLocalizationsAppPreviewSe
            tsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem] | Unset):
        fields_app_custom_product_page_localizations (list[AppCustomProductPageLocalizationsAppPre
            viewSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem] | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppCustomProductPageLoca
            lizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizatio
            nsItem] | Unset):
        fields_app_previews (list[AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedF
            ieldsAppPreviewsItem] | Unset):
        limit (int | Unset):
        include (list[AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedIncludeItem]
            | Unset):
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
        filter_app_store_version_localization=filter_app_store_version_localization,
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
    filter_preview_type: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFilterPreviewTypeItem
    ]
    | Unset = UNSET,
    filter_app_store_version_localization: list[str] | Unset = UNSET,
    filter_app_store_version_experiment_treatment_localization: list[str] | Unset = UNSET,
    fields_app_preview_sets: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_previews: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_previews: int | Unset = UNSET,
) -> AppPreviewSetsResponse | ErrorResponse | None:
    """``GET /v1/appCustomProductPageLocalizations/{id}/appPreviewSets`` (appCustomProductPageLocalizations_appPreviewSets_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-apppreviewsets


    Args:
        id (str):
        filter_preview_type (list[AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedF
            ilterPreviewTypeItem] | Unset):
        filter_app_store_version_localization (list[str] | Unset):
        filter_app_store_version_experiment_treatment_localization (list[str] | Unset):
        fields_app_preview_sets (list[AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRela
            tedFieldsAppPreviewSetsItem] | Unset):
        fields_app_store_version_localizations (list[AppCustomProductPageLocalizationsAppPreviewSe
            tsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem] | Unset):
        fields_app_custom_product_page_localizations (list[AppCustomProductPageLocalizationsAppPre
            viewSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem] | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppCustomProductPageLoca
            lizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizatio
            nsItem] | Unset):
        fields_app_previews (list[AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedF
            ieldsAppPreviewsItem] | Unset):
        limit (int | Unset):
        include (list[AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedIncludeItem]
            | Unset):
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
        filter_app_store_version_localization=filter_app_store_version_localization,
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
    filter_preview_type: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFilterPreviewTypeItem
    ]
    | Unset = UNSET,
    filter_app_store_version_localization: list[str] | Unset = UNSET,
    filter_app_store_version_experiment_treatment_localization: list[str] | Unset = UNSET,
    fields_app_preview_sets: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_previews: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_previews: int | Unset = UNSET,
) -> Response[AppPreviewSetsResponse | ErrorResponse]:
    """``GET /v1/appCustomProductPageLocalizations/{id}/appPreviewSets`` (appCustomProductPageLocalizations_appPreviewSets_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-apppreviewsets


    Args:
        id (str):
        filter_preview_type (list[AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedF
            ilterPreviewTypeItem] | Unset):
        filter_app_store_version_localization (list[str] | Unset):
        filter_app_store_version_experiment_treatment_localization (list[str] | Unset):
        fields_app_preview_sets (list[AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRela
            tedFieldsAppPreviewSetsItem] | Unset):
        fields_app_store_version_localizations (list[AppCustomProductPageLocalizationsAppPreviewSe
            tsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem] | Unset):
        fields_app_custom_product_page_localizations (list[AppCustomProductPageLocalizationsAppPre
            viewSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem] | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppCustomProductPageLoca
            lizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizatio
            nsItem] | Unset):
        fields_app_previews (list[AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedF
            ieldsAppPreviewsItem] | Unset):
        limit (int | Unset):
        include (list[AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedIncludeItem]
            | Unset):
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
        filter_app_store_version_localization=filter_app_store_version_localization,
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
    filter_preview_type: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFilterPreviewTypeItem
    ]
    | Unset = UNSET,
    filter_app_store_version_localization: list[str] | Unset = UNSET,
    filter_app_store_version_experiment_treatment_localization: list[str] | Unset = UNSET,
    fields_app_preview_sets: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewSetsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_custom_product_page_localizations: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiment_treatment_localizations: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_previews: list[
        AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppPreviewsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_previews: int | Unset = UNSET,
) -> AppPreviewSetsResponse | ErrorResponse | None:
    """``GET /v1/appCustomProductPageLocalizations/{id}/appPreviewSets`` (appCustomProductPageLocalizations_appPreviewSets_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-apppreviewsets


    Args:
        id (str):
        filter_preview_type (list[AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedF
            ilterPreviewTypeItem] | Unset):
        filter_app_store_version_localization (list[str] | Unset):
        filter_app_store_version_experiment_treatment_localization (list[str] | Unset):
        fields_app_preview_sets (list[AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRela
            tedFieldsAppPreviewSetsItem] | Unset):
        fields_app_store_version_localizations (list[AppCustomProductPageLocalizationsAppPreviewSe
            tsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem] | Unset):
        fields_app_custom_product_page_localizations (list[AppCustomProductPageLocalizationsAppPre
            viewSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem] | Unset):
        fields_app_store_version_experiment_treatment_localizations (list[AppCustomProductPageLoca
            lizationsAppPreviewSetsGetToManyRelatedFieldsAppStoreVersionExperimentTreatmentLocalizatio
            nsItem] | Unset):
        fields_app_previews (list[AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedF
            ieldsAppPreviewsItem] | Unset):
        limit (int | Unset):
        include (list[AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedIncludeItem]
            | Unset):
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
            filter_app_store_version_localization=filter_app_store_version_localization,
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
