from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_in_app_purchases_v2_get_to_many_related_fields_in_app_purchase_app_store_review_screenshots_item import (
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseAppStoreReviewScreenshotsItem,
    )
    from ...models.apps_in_app_purchases_v2_get_to_many_related_fields_in_app_purchase_availabilities_item import (
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseAvailabilitiesItem,
    )
    from ...models.apps_in_app_purchases_v2_get_to_many_related_fields_in_app_purchase_contents_item import (
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseContentsItem,
    )
    from ...models.apps_in_app_purchases_v2_get_to_many_related_fields_in_app_purchase_images_item import (
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseImagesItem,
    )
    from ...models.apps_in_app_purchases_v2_get_to_many_related_fields_in_app_purchase_localizations_item import (
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseLocalizationsItem,
    )
    from ...models.apps_in_app_purchases_v2_get_to_many_related_fields_in_app_purchase_offer_codes_item import (
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseOfferCodesItem,
    )
    from ...models.apps_in_app_purchases_v2_get_to_many_related_fields_in_app_purchase_price_schedules_item import (
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchasePriceSchedulesItem,
    )
    from ...models.apps_in_app_purchases_v2_get_to_many_related_fields_in_app_purchase_versions_item import (
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseVersionsItem,
    )
    from ...models.apps_in_app_purchases_v2_get_to_many_related_fields_in_app_purchases_item import (
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchasesItem,
    )
    from ...models.apps_in_app_purchases_v2_get_to_many_related_fields_promoted_purchases_item import (
        AppsInAppPurchasesV2GetToManyRelatedFieldsPromotedPurchasesItem,
    )
    from ...models.apps_in_app_purchases_v2_get_to_many_related_filter_in_app_purchase_type_item import (
        AppsInAppPurchasesV2GetToManyRelatedFilterInAppPurchaseTypeItem,
    )
    from ...models.apps_in_app_purchases_v2_get_to_many_related_filter_state_item import (
        AppsInAppPurchasesV2GetToManyRelatedFilterStateItem,
    )
    from ...models.apps_in_app_purchases_v2_get_to_many_related_include_item import (
        AppsInAppPurchasesV2GetToManyRelatedIncludeItem,
    )
    from ...models.apps_in_app_purchases_v2_get_to_many_related_sort_item import (
        AppsInAppPurchasesV2GetToManyRelatedSortItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.in_app_purchases_v2_response import InAppPurchasesV2Response
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_product_id: list[str] | Unset = UNSET,
    filter_name: list[str] | Unset = UNSET,
    filter_state: list[AppsInAppPurchasesV2GetToManyRelatedFilterStateItem] | Unset = UNSET,
    filter_in_app_purchase_type: list[AppsInAppPurchasesV2GetToManyRelatedFilterInAppPurchaseTypeItem]
    | Unset = UNSET,
    sort: list[AppsInAppPurchasesV2GetToManyRelatedSortItem] | Unset = UNSET,
    fields_in_app_purchases: list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchasesItem]
    | Unset = UNSET,
    fields_in_app_purchase_localizations: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_contents: list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseContentsItem]
    | Unset = UNSET,
    fields_in_app_purchase_app_store_review_screenshots: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_promoted_purchases: list[AppsInAppPurchasesV2GetToManyRelatedFieldsPromotedPurchasesItem]
    | Unset = UNSET,
    fields_in_app_purchase_price_schedules: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchasePriceSchedulesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_availabilities: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_images: list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseImagesItem]
    | Unset = UNSET,
    fields_in_app_purchase_offer_codes: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseOfferCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_versions: list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseVersionsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsInAppPurchasesV2GetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_in_app_purchase_localizations: int | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_offer_codes: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[productId]", "filter_product_id", filter_product_id, str)
    _params.query_list(params, "filter[name]", "filter_name", filter_name, str)
    _params.query_list(
        params,
        "filter[state]",
        "filter_state",
        filter_state,
        "AppsInAppPurchasesV2GetToManyRelatedFilterStateItem",
    )
    _params.query_list(
        params,
        "filter[inAppPurchaseType]",
        "filter_in_app_purchase_type",
        filter_in_app_purchase_type,
        "AppsInAppPurchasesV2GetToManyRelatedFilterInAppPurchaseTypeItem",
    )
    _params.query_list(params, "sort", "sort", sort, "AppsInAppPurchasesV2GetToManyRelatedSortItem")
    _params.query_list(
        params,
        "fields[inAppPurchases]",
        "fields_in_app_purchases",
        fields_in_app_purchases,
        "AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchasesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseLocalizations]",
        "fields_in_app_purchase_localizations",
        fields_in_app_purchase_localizations,
        "AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseContents]",
        "fields_in_app_purchase_contents",
        fields_in_app_purchase_contents,
        "AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseContentsItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseAppStoreReviewScreenshots]",
        "fields_in_app_purchase_app_store_review_screenshots",
        fields_in_app_purchase_app_store_review_screenshots,
        "AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseAppStoreReviewScreenshotsItem",
    )
    _params.query_list(
        params,
        "fields[promotedPurchases]",
        "fields_promoted_purchases",
        fields_promoted_purchases,
        "AppsInAppPurchasesV2GetToManyRelatedFieldsPromotedPurchasesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchasePriceSchedules]",
        "fields_in_app_purchase_price_schedules",
        fields_in_app_purchase_price_schedules,
        "AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchasePriceSchedulesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseAvailabilities]",
        "fields_in_app_purchase_availabilities",
        fields_in_app_purchase_availabilities,
        "AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseAvailabilitiesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseImages]",
        "fields_in_app_purchase_images",
        fields_in_app_purchase_images,
        "AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseImagesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseOfferCodes]",
        "fields_in_app_purchase_offer_codes",
        fields_in_app_purchase_offer_codes,
        "AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseOfferCodesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseVersions]",
        "fields_in_app_purchase_versions",
        fields_in_app_purchase_versions,
        "AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseVersionsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "AppsInAppPurchasesV2GetToManyRelatedIncludeItem"
    )
    _params.query_value(
        params,
        "limit[inAppPurchaseLocalizations]",
        "limit_in_app_purchase_localizations",
        limit_in_app_purchase_localizations,
        int,
    )
    _params.query_value(params, "limit[images]", "limit_images", limit_images, int)
    _params.query_value(params, "limit[offerCodes]", "limit_offer_codes", limit_offer_codes, int)
    _params.query_value(params, "limit[versions]", "limit_versions", limit_versions, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/inAppPurchasesV2".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InAppPurchasesV2Response | None:
    if response.status_code == 200:
        response_200 = InAppPurchasesV2Response.from_dict(response.json())

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
) -> Response[ErrorResponse | InAppPurchasesV2Response]:
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
    filter_product_id: list[str] | Unset = UNSET,
    filter_name: list[str] | Unset = UNSET,
    filter_state: list[AppsInAppPurchasesV2GetToManyRelatedFilterStateItem] | Unset = UNSET,
    filter_in_app_purchase_type: list[AppsInAppPurchasesV2GetToManyRelatedFilterInAppPurchaseTypeItem]
    | Unset = UNSET,
    sort: list[AppsInAppPurchasesV2GetToManyRelatedSortItem] | Unset = UNSET,
    fields_in_app_purchases: list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchasesItem]
    | Unset = UNSET,
    fields_in_app_purchase_localizations: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_contents: list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseContentsItem]
    | Unset = UNSET,
    fields_in_app_purchase_app_store_review_screenshots: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_promoted_purchases: list[AppsInAppPurchasesV2GetToManyRelatedFieldsPromotedPurchasesItem]
    | Unset = UNSET,
    fields_in_app_purchase_price_schedules: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchasePriceSchedulesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_availabilities: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_images: list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseImagesItem]
    | Unset = UNSET,
    fields_in_app_purchase_offer_codes: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseOfferCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_versions: list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseVersionsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsInAppPurchasesV2GetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_in_app_purchase_localizations: int | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_offer_codes: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchasesV2Response]:
    """``GET /v1/apps/{id}/inAppPurchasesV2`` (apps_inAppPurchasesV2_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-inapppurchasesv2


    Args:
        id (str):
        filter_product_id (list[str] | Unset):
        filter_name (list[str] | Unset):
        filter_state (list[AppsInAppPurchasesV2GetToManyRelatedFilterStateItem] | Unset):
        filter_in_app_purchase_type
            (list[AppsInAppPurchasesV2GetToManyRelatedFilterInAppPurchaseTypeItem] | Unset):
        sort (list[AppsInAppPurchasesV2GetToManyRelatedSortItem] | Unset):
        fields_in_app_purchases
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchasesItem] | Unset):
        fields_in_app_purchase_localizations
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseLocalizationsItem] | Unset):
        fields_in_app_purchase_contents
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseContentsItem] | Unset):
        fields_in_app_purchase_app_store_review_screenshots (list[AppsInAppPurchasesV2GetToManyRel
            atedFieldsInAppPurchaseAppStoreReviewScreenshotsItem] | Unset):
        fields_promoted_purchases
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsPromotedPurchasesItem] | Unset):
        fields_in_app_purchase_price_schedules
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchasePriceSchedulesItem] | Unset):
        fields_in_app_purchase_availabilities
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseAvailabilitiesItem] | Unset):
        fields_in_app_purchase_images
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseImagesItem] | Unset):
        fields_in_app_purchase_offer_codes
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseOfferCodesItem] | Unset):
        fields_in_app_purchase_versions
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseVersionsItem] | Unset):
        limit (int | Unset):
        include (list[AppsInAppPurchasesV2GetToManyRelatedIncludeItem] | Unset):
        limit_in_app_purchase_localizations (int | Unset):
        limit_images (int | Unset):
        limit_offer_codes (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchasesV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_product_id=filter_product_id,
        filter_name=filter_name,
        filter_state=filter_state,
        filter_in_app_purchase_type=filter_in_app_purchase_type,
        sort=sort,
        fields_in_app_purchases=fields_in_app_purchases,
        fields_in_app_purchase_localizations=fields_in_app_purchase_localizations,
        fields_in_app_purchase_contents=fields_in_app_purchase_contents,
        fields_in_app_purchase_app_store_review_screenshots=fields_in_app_purchase_app_store_review_screenshots,
        fields_promoted_purchases=fields_promoted_purchases,
        fields_in_app_purchase_price_schedules=fields_in_app_purchase_price_schedules,
        fields_in_app_purchase_availabilities=fields_in_app_purchase_availabilities,
        fields_in_app_purchase_images=fields_in_app_purchase_images,
        fields_in_app_purchase_offer_codes=fields_in_app_purchase_offer_codes,
        fields_in_app_purchase_versions=fields_in_app_purchase_versions,
        limit=limit,
        include=include,
        limit_in_app_purchase_localizations=limit_in_app_purchase_localizations,
        limit_images=limit_images,
        limit_offer_codes=limit_offer_codes,
        limit_versions=limit_versions,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_product_id: list[str] | Unset = UNSET,
    filter_name: list[str] | Unset = UNSET,
    filter_state: list[AppsInAppPurchasesV2GetToManyRelatedFilterStateItem] | Unset = UNSET,
    filter_in_app_purchase_type: list[AppsInAppPurchasesV2GetToManyRelatedFilterInAppPurchaseTypeItem]
    | Unset = UNSET,
    sort: list[AppsInAppPurchasesV2GetToManyRelatedSortItem] | Unset = UNSET,
    fields_in_app_purchases: list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchasesItem]
    | Unset = UNSET,
    fields_in_app_purchase_localizations: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_contents: list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseContentsItem]
    | Unset = UNSET,
    fields_in_app_purchase_app_store_review_screenshots: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_promoted_purchases: list[AppsInAppPurchasesV2GetToManyRelatedFieldsPromotedPurchasesItem]
    | Unset = UNSET,
    fields_in_app_purchase_price_schedules: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchasePriceSchedulesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_availabilities: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_images: list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseImagesItem]
    | Unset = UNSET,
    fields_in_app_purchase_offer_codes: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseOfferCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_versions: list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseVersionsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsInAppPurchasesV2GetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_in_app_purchase_localizations: int | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_offer_codes: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | InAppPurchasesV2Response | None:
    """``GET /v1/apps/{id}/inAppPurchasesV2`` (apps_inAppPurchasesV2_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-inapppurchasesv2


    Args:
        id (str):
        filter_product_id (list[str] | Unset):
        filter_name (list[str] | Unset):
        filter_state (list[AppsInAppPurchasesV2GetToManyRelatedFilterStateItem] | Unset):
        filter_in_app_purchase_type
            (list[AppsInAppPurchasesV2GetToManyRelatedFilterInAppPurchaseTypeItem] | Unset):
        sort (list[AppsInAppPurchasesV2GetToManyRelatedSortItem] | Unset):
        fields_in_app_purchases
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchasesItem] | Unset):
        fields_in_app_purchase_localizations
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseLocalizationsItem] | Unset):
        fields_in_app_purchase_contents
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseContentsItem] | Unset):
        fields_in_app_purchase_app_store_review_screenshots (list[AppsInAppPurchasesV2GetToManyRel
            atedFieldsInAppPurchaseAppStoreReviewScreenshotsItem] | Unset):
        fields_promoted_purchases
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsPromotedPurchasesItem] | Unset):
        fields_in_app_purchase_price_schedules
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchasePriceSchedulesItem] | Unset):
        fields_in_app_purchase_availabilities
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseAvailabilitiesItem] | Unset):
        fields_in_app_purchase_images
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseImagesItem] | Unset):
        fields_in_app_purchase_offer_codes
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseOfferCodesItem] | Unset):
        fields_in_app_purchase_versions
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseVersionsItem] | Unset):
        limit (int | Unset):
        include (list[AppsInAppPurchasesV2GetToManyRelatedIncludeItem] | Unset):
        limit_in_app_purchase_localizations (int | Unset):
        limit_images (int | Unset):
        limit_offer_codes (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchasesV2Response

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_product_id=filter_product_id,
        filter_name=filter_name,
        filter_state=filter_state,
        filter_in_app_purchase_type=filter_in_app_purchase_type,
        sort=sort,
        fields_in_app_purchases=fields_in_app_purchases,
        fields_in_app_purchase_localizations=fields_in_app_purchase_localizations,
        fields_in_app_purchase_contents=fields_in_app_purchase_contents,
        fields_in_app_purchase_app_store_review_screenshots=fields_in_app_purchase_app_store_review_screenshots,
        fields_promoted_purchases=fields_promoted_purchases,
        fields_in_app_purchase_price_schedules=fields_in_app_purchase_price_schedules,
        fields_in_app_purchase_availabilities=fields_in_app_purchase_availabilities,
        fields_in_app_purchase_images=fields_in_app_purchase_images,
        fields_in_app_purchase_offer_codes=fields_in_app_purchase_offer_codes,
        fields_in_app_purchase_versions=fields_in_app_purchase_versions,
        limit=limit,
        include=include,
        limit_in_app_purchase_localizations=limit_in_app_purchase_localizations,
        limit_images=limit_images,
        limit_offer_codes=limit_offer_codes,
        limit_versions=limit_versions,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_product_id: list[str] | Unset = UNSET,
    filter_name: list[str] | Unset = UNSET,
    filter_state: list[AppsInAppPurchasesV2GetToManyRelatedFilterStateItem] | Unset = UNSET,
    filter_in_app_purchase_type: list[AppsInAppPurchasesV2GetToManyRelatedFilterInAppPurchaseTypeItem]
    | Unset = UNSET,
    sort: list[AppsInAppPurchasesV2GetToManyRelatedSortItem] | Unset = UNSET,
    fields_in_app_purchases: list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchasesItem]
    | Unset = UNSET,
    fields_in_app_purchase_localizations: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_contents: list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseContentsItem]
    | Unset = UNSET,
    fields_in_app_purchase_app_store_review_screenshots: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_promoted_purchases: list[AppsInAppPurchasesV2GetToManyRelatedFieldsPromotedPurchasesItem]
    | Unset = UNSET,
    fields_in_app_purchase_price_schedules: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchasePriceSchedulesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_availabilities: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_images: list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseImagesItem]
    | Unset = UNSET,
    fields_in_app_purchase_offer_codes: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseOfferCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_versions: list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseVersionsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsInAppPurchasesV2GetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_in_app_purchase_localizations: int | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_offer_codes: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchasesV2Response]:
    """``GET /v1/apps/{id}/inAppPurchasesV2`` (apps_inAppPurchasesV2_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-inapppurchasesv2


    Args:
        id (str):
        filter_product_id (list[str] | Unset):
        filter_name (list[str] | Unset):
        filter_state (list[AppsInAppPurchasesV2GetToManyRelatedFilterStateItem] | Unset):
        filter_in_app_purchase_type
            (list[AppsInAppPurchasesV2GetToManyRelatedFilterInAppPurchaseTypeItem] | Unset):
        sort (list[AppsInAppPurchasesV2GetToManyRelatedSortItem] | Unset):
        fields_in_app_purchases
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchasesItem] | Unset):
        fields_in_app_purchase_localizations
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseLocalizationsItem] | Unset):
        fields_in_app_purchase_contents
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseContentsItem] | Unset):
        fields_in_app_purchase_app_store_review_screenshots (list[AppsInAppPurchasesV2GetToManyRel
            atedFieldsInAppPurchaseAppStoreReviewScreenshotsItem] | Unset):
        fields_promoted_purchases
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsPromotedPurchasesItem] | Unset):
        fields_in_app_purchase_price_schedules
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchasePriceSchedulesItem] | Unset):
        fields_in_app_purchase_availabilities
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseAvailabilitiesItem] | Unset):
        fields_in_app_purchase_images
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseImagesItem] | Unset):
        fields_in_app_purchase_offer_codes
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseOfferCodesItem] | Unset):
        fields_in_app_purchase_versions
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseVersionsItem] | Unset):
        limit (int | Unset):
        include (list[AppsInAppPurchasesV2GetToManyRelatedIncludeItem] | Unset):
        limit_in_app_purchase_localizations (int | Unset):
        limit_images (int | Unset):
        limit_offer_codes (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchasesV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_product_id=filter_product_id,
        filter_name=filter_name,
        filter_state=filter_state,
        filter_in_app_purchase_type=filter_in_app_purchase_type,
        sort=sort,
        fields_in_app_purchases=fields_in_app_purchases,
        fields_in_app_purchase_localizations=fields_in_app_purchase_localizations,
        fields_in_app_purchase_contents=fields_in_app_purchase_contents,
        fields_in_app_purchase_app_store_review_screenshots=fields_in_app_purchase_app_store_review_screenshots,
        fields_promoted_purchases=fields_promoted_purchases,
        fields_in_app_purchase_price_schedules=fields_in_app_purchase_price_schedules,
        fields_in_app_purchase_availabilities=fields_in_app_purchase_availabilities,
        fields_in_app_purchase_images=fields_in_app_purchase_images,
        fields_in_app_purchase_offer_codes=fields_in_app_purchase_offer_codes,
        fields_in_app_purchase_versions=fields_in_app_purchase_versions,
        limit=limit,
        include=include,
        limit_in_app_purchase_localizations=limit_in_app_purchase_localizations,
        limit_images=limit_images,
        limit_offer_codes=limit_offer_codes,
        limit_versions=limit_versions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_product_id: list[str] | Unset = UNSET,
    filter_name: list[str] | Unset = UNSET,
    filter_state: list[AppsInAppPurchasesV2GetToManyRelatedFilterStateItem] | Unset = UNSET,
    filter_in_app_purchase_type: list[AppsInAppPurchasesV2GetToManyRelatedFilterInAppPurchaseTypeItem]
    | Unset = UNSET,
    sort: list[AppsInAppPurchasesV2GetToManyRelatedSortItem] | Unset = UNSET,
    fields_in_app_purchases: list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchasesItem]
    | Unset = UNSET,
    fields_in_app_purchase_localizations: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_contents: list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseContentsItem]
    | Unset = UNSET,
    fields_in_app_purchase_app_store_review_screenshots: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_promoted_purchases: list[AppsInAppPurchasesV2GetToManyRelatedFieldsPromotedPurchasesItem]
    | Unset = UNSET,
    fields_in_app_purchase_price_schedules: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchasePriceSchedulesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_availabilities: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_images: list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseImagesItem]
    | Unset = UNSET,
    fields_in_app_purchase_offer_codes: list[
        AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseOfferCodesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_versions: list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseVersionsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsInAppPurchasesV2GetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_in_app_purchase_localizations: int | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_offer_codes: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | InAppPurchasesV2Response | None:
    """``GET /v1/apps/{id}/inAppPurchasesV2`` (apps_inAppPurchasesV2_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-inapppurchasesv2


    Args:
        id (str):
        filter_product_id (list[str] | Unset):
        filter_name (list[str] | Unset):
        filter_state (list[AppsInAppPurchasesV2GetToManyRelatedFilterStateItem] | Unset):
        filter_in_app_purchase_type
            (list[AppsInAppPurchasesV2GetToManyRelatedFilterInAppPurchaseTypeItem] | Unset):
        sort (list[AppsInAppPurchasesV2GetToManyRelatedSortItem] | Unset):
        fields_in_app_purchases
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchasesItem] | Unset):
        fields_in_app_purchase_localizations
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseLocalizationsItem] | Unset):
        fields_in_app_purchase_contents
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseContentsItem] | Unset):
        fields_in_app_purchase_app_store_review_screenshots (list[AppsInAppPurchasesV2GetToManyRel
            atedFieldsInAppPurchaseAppStoreReviewScreenshotsItem] | Unset):
        fields_promoted_purchases
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsPromotedPurchasesItem] | Unset):
        fields_in_app_purchase_price_schedules
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchasePriceSchedulesItem] | Unset):
        fields_in_app_purchase_availabilities
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseAvailabilitiesItem] | Unset):
        fields_in_app_purchase_images
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseImagesItem] | Unset):
        fields_in_app_purchase_offer_codes
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseOfferCodesItem] | Unset):
        fields_in_app_purchase_versions
            (list[AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseVersionsItem] | Unset):
        limit (int | Unset):
        include (list[AppsInAppPurchasesV2GetToManyRelatedIncludeItem] | Unset):
        limit_in_app_purchase_localizations (int | Unset):
        limit_images (int | Unset):
        limit_offer_codes (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchasesV2Response

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_product_id=filter_product_id,
            filter_name=filter_name,
            filter_state=filter_state,
            filter_in_app_purchase_type=filter_in_app_purchase_type,
            sort=sort,
            fields_in_app_purchases=fields_in_app_purchases,
            fields_in_app_purchase_localizations=fields_in_app_purchase_localizations,
            fields_in_app_purchase_contents=fields_in_app_purchase_contents,
            fields_in_app_purchase_app_store_review_screenshots=fields_in_app_purchase_app_store_review_screenshots,
            fields_promoted_purchases=fields_promoted_purchases,
            fields_in_app_purchase_price_schedules=fields_in_app_purchase_price_schedules,
            fields_in_app_purchase_availabilities=fields_in_app_purchase_availabilities,
            fields_in_app_purchase_images=fields_in_app_purchase_images,
            fields_in_app_purchase_offer_codes=fields_in_app_purchase_offer_codes,
            fields_in_app_purchase_versions=fields_in_app_purchase_versions,
            limit=limit,
            include=include,
            limit_in_app_purchase_localizations=limit_in_app_purchase_localizations,
            limit_images=limit_images,
            limit_offer_codes=limit_offer_codes,
            limit_versions=limit_versions,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[InAppPurchasesV2Response] = InAppPurchasesV2Response
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.in_app_purchase_v2 import InAppPurchaseV2

ITEM_TYPE: type[InAppPurchaseV2] = InAppPurchaseV2
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | InAppPurchasesV2Response]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
