from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.in_app_purchases_v2_get_instance_fields_in_app_purchase_app_store_review_screenshots_item import (
        InAppPurchasesV2GetInstanceFieldsInAppPurchaseAppStoreReviewScreenshotsItem,
    )
    from ...models.in_app_purchases_v2_get_instance_fields_in_app_purchase_availabilities_item import (
        InAppPurchasesV2GetInstanceFieldsInAppPurchaseAvailabilitiesItem,
    )
    from ...models.in_app_purchases_v2_get_instance_fields_in_app_purchase_contents_item import (
        InAppPurchasesV2GetInstanceFieldsInAppPurchaseContentsItem,
    )
    from ...models.in_app_purchases_v2_get_instance_fields_in_app_purchase_images_item import (
        InAppPurchasesV2GetInstanceFieldsInAppPurchaseImagesItem,
    )
    from ...models.in_app_purchases_v2_get_instance_fields_in_app_purchase_localizations_item import (
        InAppPurchasesV2GetInstanceFieldsInAppPurchaseLocalizationsItem,
    )
    from ...models.in_app_purchases_v2_get_instance_fields_in_app_purchase_offer_codes_item import (
        InAppPurchasesV2GetInstanceFieldsInAppPurchaseOfferCodesItem,
    )
    from ...models.in_app_purchases_v2_get_instance_fields_in_app_purchase_price_points_item import (
        InAppPurchasesV2GetInstanceFieldsInAppPurchasePricePointsItem,
    )
    from ...models.in_app_purchases_v2_get_instance_fields_in_app_purchase_price_schedules_item import (
        InAppPurchasesV2GetInstanceFieldsInAppPurchasePriceSchedulesItem,
    )
    from ...models.in_app_purchases_v2_get_instance_fields_in_app_purchase_versions_item import (
        InAppPurchasesV2GetInstanceFieldsInAppPurchaseVersionsItem,
    )
    from ...models.in_app_purchases_v2_get_instance_fields_in_app_purchases_item import (
        InAppPurchasesV2GetInstanceFieldsInAppPurchasesItem,
    )
    from ...models.in_app_purchases_v2_get_instance_fields_promoted_purchases_item import (
        InAppPurchasesV2GetInstanceFieldsPromotedPurchasesItem,
    )
    from ...models.in_app_purchases_v2_get_instance_include_item import InAppPurchasesV2GetInstanceIncludeItem

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.in_app_purchase_v2_response import InAppPurchaseV2Response
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_in_app_purchases: list[InAppPurchasesV2GetInstanceFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_in_app_purchase_localizations: list[
        InAppPurchasesV2GetInstanceFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_price_points: list[InAppPurchasesV2GetInstanceFieldsInAppPurchasePricePointsItem]
    | Unset = UNSET,
    fields_in_app_purchase_contents: list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseContentsItem]
    | Unset = UNSET,
    fields_in_app_purchase_app_store_review_screenshots: list[
        InAppPurchasesV2GetInstanceFieldsInAppPurchaseAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_promoted_purchases: list[InAppPurchasesV2GetInstanceFieldsPromotedPurchasesItem] | Unset = UNSET,
    fields_in_app_purchase_price_schedules: list[
        InAppPurchasesV2GetInstanceFieldsInAppPurchasePriceSchedulesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_availabilities: list[
        InAppPurchasesV2GetInstanceFieldsInAppPurchaseAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_images: list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseImagesItem]
    | Unset = UNSET,
    fields_in_app_purchase_offer_codes: list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseOfferCodesItem]
    | Unset = UNSET,
    fields_in_app_purchase_versions: list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseVersionsItem]
    | Unset = UNSET,
    include: list[InAppPurchasesV2GetInstanceIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_in_app_purchase_localizations: int | Unset = UNSET,
    limit_offer_codes: int | Unset = UNSET,
    limit_price_points: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[inAppPurchases]",
        "fields_in_app_purchases",
        fields_in_app_purchases,
        "InAppPurchasesV2GetInstanceFieldsInAppPurchasesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseLocalizations]",
        "fields_in_app_purchase_localizations",
        fields_in_app_purchase_localizations,
        "InAppPurchasesV2GetInstanceFieldsInAppPurchaseLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchasePricePoints]",
        "fields_in_app_purchase_price_points",
        fields_in_app_purchase_price_points,
        "InAppPurchasesV2GetInstanceFieldsInAppPurchasePricePointsItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseContents]",
        "fields_in_app_purchase_contents",
        fields_in_app_purchase_contents,
        "InAppPurchasesV2GetInstanceFieldsInAppPurchaseContentsItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseAppStoreReviewScreenshots]",
        "fields_in_app_purchase_app_store_review_screenshots",
        fields_in_app_purchase_app_store_review_screenshots,
        "InAppPurchasesV2GetInstanceFieldsInAppPurchaseAppStoreReviewScreenshotsItem",
    )
    _params.query_list(
        params,
        "fields[promotedPurchases]",
        "fields_promoted_purchases",
        fields_promoted_purchases,
        "InAppPurchasesV2GetInstanceFieldsPromotedPurchasesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchasePriceSchedules]",
        "fields_in_app_purchase_price_schedules",
        fields_in_app_purchase_price_schedules,
        "InAppPurchasesV2GetInstanceFieldsInAppPurchasePriceSchedulesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseAvailabilities]",
        "fields_in_app_purchase_availabilities",
        fields_in_app_purchase_availabilities,
        "InAppPurchasesV2GetInstanceFieldsInAppPurchaseAvailabilitiesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseImages]",
        "fields_in_app_purchase_images",
        fields_in_app_purchase_images,
        "InAppPurchasesV2GetInstanceFieldsInAppPurchaseImagesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseOfferCodes]",
        "fields_in_app_purchase_offer_codes",
        fields_in_app_purchase_offer_codes,
        "InAppPurchasesV2GetInstanceFieldsInAppPurchaseOfferCodesItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchaseVersions]",
        "fields_in_app_purchase_versions",
        fields_in_app_purchase_versions,
        "InAppPurchasesV2GetInstanceFieldsInAppPurchaseVersionsItem",
    )
    _params.query_list(params, "include", "include", include, "InAppPurchasesV2GetInstanceIncludeItem")
    _params.query_value(params, "limit[images]", "limit_images", limit_images, int)
    _params.query_value(
        params,
        "limit[inAppPurchaseLocalizations]",
        "limit_in_app_purchase_localizations",
        limit_in_app_purchase_localizations,
        int,
    )
    _params.query_value(params, "limit[offerCodes]", "limit_offer_codes", limit_offer_codes, int)
    _params.query_value(params, "limit[pricePoints]", "limit_price_points", limit_price_points, int)
    _params.query_value(params, "limit[versions]", "limit_versions", limit_versions, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/inAppPurchases/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InAppPurchaseV2Response | None:
    if response.status_code == 200:
        response_200 = InAppPurchaseV2Response.from_dict(response.json())

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
) -> Response[ErrorResponse | InAppPurchaseV2Response]:
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
    fields_in_app_purchases: list[InAppPurchasesV2GetInstanceFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_in_app_purchase_localizations: list[
        InAppPurchasesV2GetInstanceFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_price_points: list[InAppPurchasesV2GetInstanceFieldsInAppPurchasePricePointsItem]
    | Unset = UNSET,
    fields_in_app_purchase_contents: list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseContentsItem]
    | Unset = UNSET,
    fields_in_app_purchase_app_store_review_screenshots: list[
        InAppPurchasesV2GetInstanceFieldsInAppPurchaseAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_promoted_purchases: list[InAppPurchasesV2GetInstanceFieldsPromotedPurchasesItem] | Unset = UNSET,
    fields_in_app_purchase_price_schedules: list[
        InAppPurchasesV2GetInstanceFieldsInAppPurchasePriceSchedulesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_availabilities: list[
        InAppPurchasesV2GetInstanceFieldsInAppPurchaseAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_images: list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseImagesItem]
    | Unset = UNSET,
    fields_in_app_purchase_offer_codes: list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseOfferCodesItem]
    | Unset = UNSET,
    fields_in_app_purchase_versions: list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseVersionsItem]
    | Unset = UNSET,
    include: list[InAppPurchasesV2GetInstanceIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_in_app_purchase_localizations: int | Unset = UNSET,
    limit_offer_codes: int | Unset = UNSET,
    limit_price_points: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchaseV2Response]:
    """``GET /v2/inAppPurchases/{id}`` (inAppPurchasesV2_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_


    Args:
        id (str):
        fields_in_app_purchases (list[InAppPurchasesV2GetInstanceFieldsInAppPurchasesItem] |
            Unset):
        fields_in_app_purchase_localizations
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseLocalizationsItem] | Unset):
        fields_in_app_purchase_price_points
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchasePricePointsItem] | Unset):
        fields_in_app_purchase_contents
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseContentsItem] | Unset):
        fields_in_app_purchase_app_store_review_screenshots
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseAppStoreReviewScreenshotsItem] |
            Unset):
        fields_promoted_purchases (list[InAppPurchasesV2GetInstanceFieldsPromotedPurchasesItem] |
            Unset):
        fields_in_app_purchase_price_schedules
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchasePriceSchedulesItem] | Unset):
        fields_in_app_purchase_availabilities
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseAvailabilitiesItem] | Unset):
        fields_in_app_purchase_images
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseImagesItem] | Unset):
        fields_in_app_purchase_offer_codes
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseOfferCodesItem] | Unset):
        fields_in_app_purchase_versions
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseVersionsItem] | Unset):
        include (list[InAppPurchasesV2GetInstanceIncludeItem] | Unset):
        limit_images (int | Unset):
        limit_in_app_purchase_localizations (int | Unset):
        limit_offer_codes (int | Unset):
        limit_price_points (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchaseV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_in_app_purchases=fields_in_app_purchases,
        fields_in_app_purchase_localizations=fields_in_app_purchase_localizations,
        fields_in_app_purchase_price_points=fields_in_app_purchase_price_points,
        fields_in_app_purchase_contents=fields_in_app_purchase_contents,
        fields_in_app_purchase_app_store_review_screenshots=fields_in_app_purchase_app_store_review_screenshots,
        fields_promoted_purchases=fields_promoted_purchases,
        fields_in_app_purchase_price_schedules=fields_in_app_purchase_price_schedules,
        fields_in_app_purchase_availabilities=fields_in_app_purchase_availabilities,
        fields_in_app_purchase_images=fields_in_app_purchase_images,
        fields_in_app_purchase_offer_codes=fields_in_app_purchase_offer_codes,
        fields_in_app_purchase_versions=fields_in_app_purchase_versions,
        include=include,
        limit_images=limit_images,
        limit_in_app_purchase_localizations=limit_in_app_purchase_localizations,
        limit_offer_codes=limit_offer_codes,
        limit_price_points=limit_price_points,
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
    fields_in_app_purchases: list[InAppPurchasesV2GetInstanceFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_in_app_purchase_localizations: list[
        InAppPurchasesV2GetInstanceFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_price_points: list[InAppPurchasesV2GetInstanceFieldsInAppPurchasePricePointsItem]
    | Unset = UNSET,
    fields_in_app_purchase_contents: list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseContentsItem]
    | Unset = UNSET,
    fields_in_app_purchase_app_store_review_screenshots: list[
        InAppPurchasesV2GetInstanceFieldsInAppPurchaseAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_promoted_purchases: list[InAppPurchasesV2GetInstanceFieldsPromotedPurchasesItem] | Unset = UNSET,
    fields_in_app_purchase_price_schedules: list[
        InAppPurchasesV2GetInstanceFieldsInAppPurchasePriceSchedulesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_availabilities: list[
        InAppPurchasesV2GetInstanceFieldsInAppPurchaseAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_images: list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseImagesItem]
    | Unset = UNSET,
    fields_in_app_purchase_offer_codes: list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseOfferCodesItem]
    | Unset = UNSET,
    fields_in_app_purchase_versions: list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseVersionsItem]
    | Unset = UNSET,
    include: list[InAppPurchasesV2GetInstanceIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_in_app_purchase_localizations: int | Unset = UNSET,
    limit_offer_codes: int | Unset = UNSET,
    limit_price_points: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | InAppPurchaseV2Response | None:
    """``GET /v2/inAppPurchases/{id}`` (inAppPurchasesV2_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_


    Args:
        id (str):
        fields_in_app_purchases (list[InAppPurchasesV2GetInstanceFieldsInAppPurchasesItem] |
            Unset):
        fields_in_app_purchase_localizations
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseLocalizationsItem] | Unset):
        fields_in_app_purchase_price_points
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchasePricePointsItem] | Unset):
        fields_in_app_purchase_contents
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseContentsItem] | Unset):
        fields_in_app_purchase_app_store_review_screenshots
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseAppStoreReviewScreenshotsItem] |
            Unset):
        fields_promoted_purchases (list[InAppPurchasesV2GetInstanceFieldsPromotedPurchasesItem] |
            Unset):
        fields_in_app_purchase_price_schedules
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchasePriceSchedulesItem] | Unset):
        fields_in_app_purchase_availabilities
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseAvailabilitiesItem] | Unset):
        fields_in_app_purchase_images
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseImagesItem] | Unset):
        fields_in_app_purchase_offer_codes
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseOfferCodesItem] | Unset):
        fields_in_app_purchase_versions
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseVersionsItem] | Unset):
        include (list[InAppPurchasesV2GetInstanceIncludeItem] | Unset):
        limit_images (int | Unset):
        limit_in_app_purchase_localizations (int | Unset):
        limit_offer_codes (int | Unset):
        limit_price_points (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchaseV2Response

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_in_app_purchases=fields_in_app_purchases,
        fields_in_app_purchase_localizations=fields_in_app_purchase_localizations,
        fields_in_app_purchase_price_points=fields_in_app_purchase_price_points,
        fields_in_app_purchase_contents=fields_in_app_purchase_contents,
        fields_in_app_purchase_app_store_review_screenshots=fields_in_app_purchase_app_store_review_screenshots,
        fields_promoted_purchases=fields_promoted_purchases,
        fields_in_app_purchase_price_schedules=fields_in_app_purchase_price_schedules,
        fields_in_app_purchase_availabilities=fields_in_app_purchase_availabilities,
        fields_in_app_purchase_images=fields_in_app_purchase_images,
        fields_in_app_purchase_offer_codes=fields_in_app_purchase_offer_codes,
        fields_in_app_purchase_versions=fields_in_app_purchase_versions,
        include=include,
        limit_images=limit_images,
        limit_in_app_purchase_localizations=limit_in_app_purchase_localizations,
        limit_offer_codes=limit_offer_codes,
        limit_price_points=limit_price_points,
        limit_versions=limit_versions,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_in_app_purchases: list[InAppPurchasesV2GetInstanceFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_in_app_purchase_localizations: list[
        InAppPurchasesV2GetInstanceFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_price_points: list[InAppPurchasesV2GetInstanceFieldsInAppPurchasePricePointsItem]
    | Unset = UNSET,
    fields_in_app_purchase_contents: list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseContentsItem]
    | Unset = UNSET,
    fields_in_app_purchase_app_store_review_screenshots: list[
        InAppPurchasesV2GetInstanceFieldsInAppPurchaseAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_promoted_purchases: list[InAppPurchasesV2GetInstanceFieldsPromotedPurchasesItem] | Unset = UNSET,
    fields_in_app_purchase_price_schedules: list[
        InAppPurchasesV2GetInstanceFieldsInAppPurchasePriceSchedulesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_availabilities: list[
        InAppPurchasesV2GetInstanceFieldsInAppPurchaseAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_images: list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseImagesItem]
    | Unset = UNSET,
    fields_in_app_purchase_offer_codes: list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseOfferCodesItem]
    | Unset = UNSET,
    fields_in_app_purchase_versions: list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseVersionsItem]
    | Unset = UNSET,
    include: list[InAppPurchasesV2GetInstanceIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_in_app_purchase_localizations: int | Unset = UNSET,
    limit_offer_codes: int | Unset = UNSET,
    limit_price_points: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchaseV2Response]:
    """``GET /v2/inAppPurchases/{id}`` (inAppPurchasesV2_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_


    Args:
        id (str):
        fields_in_app_purchases (list[InAppPurchasesV2GetInstanceFieldsInAppPurchasesItem] |
            Unset):
        fields_in_app_purchase_localizations
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseLocalizationsItem] | Unset):
        fields_in_app_purchase_price_points
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchasePricePointsItem] | Unset):
        fields_in_app_purchase_contents
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseContentsItem] | Unset):
        fields_in_app_purchase_app_store_review_screenshots
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseAppStoreReviewScreenshotsItem] |
            Unset):
        fields_promoted_purchases (list[InAppPurchasesV2GetInstanceFieldsPromotedPurchasesItem] |
            Unset):
        fields_in_app_purchase_price_schedules
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchasePriceSchedulesItem] | Unset):
        fields_in_app_purchase_availabilities
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseAvailabilitiesItem] | Unset):
        fields_in_app_purchase_images
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseImagesItem] | Unset):
        fields_in_app_purchase_offer_codes
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseOfferCodesItem] | Unset):
        fields_in_app_purchase_versions
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseVersionsItem] | Unset):
        include (list[InAppPurchasesV2GetInstanceIncludeItem] | Unset):
        limit_images (int | Unset):
        limit_in_app_purchase_localizations (int | Unset):
        limit_offer_codes (int | Unset):
        limit_price_points (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchaseV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_in_app_purchases=fields_in_app_purchases,
        fields_in_app_purchase_localizations=fields_in_app_purchase_localizations,
        fields_in_app_purchase_price_points=fields_in_app_purchase_price_points,
        fields_in_app_purchase_contents=fields_in_app_purchase_contents,
        fields_in_app_purchase_app_store_review_screenshots=fields_in_app_purchase_app_store_review_screenshots,
        fields_promoted_purchases=fields_promoted_purchases,
        fields_in_app_purchase_price_schedules=fields_in_app_purchase_price_schedules,
        fields_in_app_purchase_availabilities=fields_in_app_purchase_availabilities,
        fields_in_app_purchase_images=fields_in_app_purchase_images,
        fields_in_app_purchase_offer_codes=fields_in_app_purchase_offer_codes,
        fields_in_app_purchase_versions=fields_in_app_purchase_versions,
        include=include,
        limit_images=limit_images,
        limit_in_app_purchase_localizations=limit_in_app_purchase_localizations,
        limit_offer_codes=limit_offer_codes,
        limit_price_points=limit_price_points,
        limit_versions=limit_versions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_in_app_purchases: list[InAppPurchasesV2GetInstanceFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_in_app_purchase_localizations: list[
        InAppPurchasesV2GetInstanceFieldsInAppPurchaseLocalizationsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_price_points: list[InAppPurchasesV2GetInstanceFieldsInAppPurchasePricePointsItem]
    | Unset = UNSET,
    fields_in_app_purchase_contents: list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseContentsItem]
    | Unset = UNSET,
    fields_in_app_purchase_app_store_review_screenshots: list[
        InAppPurchasesV2GetInstanceFieldsInAppPurchaseAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_promoted_purchases: list[InAppPurchasesV2GetInstanceFieldsPromotedPurchasesItem] | Unset = UNSET,
    fields_in_app_purchase_price_schedules: list[
        InAppPurchasesV2GetInstanceFieldsInAppPurchasePriceSchedulesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_availabilities: list[
        InAppPurchasesV2GetInstanceFieldsInAppPurchaseAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_in_app_purchase_images: list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseImagesItem]
    | Unset = UNSET,
    fields_in_app_purchase_offer_codes: list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseOfferCodesItem]
    | Unset = UNSET,
    fields_in_app_purchase_versions: list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseVersionsItem]
    | Unset = UNSET,
    include: list[InAppPurchasesV2GetInstanceIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_in_app_purchase_localizations: int | Unset = UNSET,
    limit_offer_codes: int | Unset = UNSET,
    limit_price_points: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | InAppPurchaseV2Response | None:
    """``GET /v2/inAppPurchases/{id}`` (inAppPurchasesV2_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_


    Args:
        id (str):
        fields_in_app_purchases (list[InAppPurchasesV2GetInstanceFieldsInAppPurchasesItem] |
            Unset):
        fields_in_app_purchase_localizations
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseLocalizationsItem] | Unset):
        fields_in_app_purchase_price_points
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchasePricePointsItem] | Unset):
        fields_in_app_purchase_contents
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseContentsItem] | Unset):
        fields_in_app_purchase_app_store_review_screenshots
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseAppStoreReviewScreenshotsItem] |
            Unset):
        fields_promoted_purchases (list[InAppPurchasesV2GetInstanceFieldsPromotedPurchasesItem] |
            Unset):
        fields_in_app_purchase_price_schedules
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchasePriceSchedulesItem] | Unset):
        fields_in_app_purchase_availabilities
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseAvailabilitiesItem] | Unset):
        fields_in_app_purchase_images
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseImagesItem] | Unset):
        fields_in_app_purchase_offer_codes
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseOfferCodesItem] | Unset):
        fields_in_app_purchase_versions
            (list[InAppPurchasesV2GetInstanceFieldsInAppPurchaseVersionsItem] | Unset):
        include (list[InAppPurchasesV2GetInstanceIncludeItem] | Unset):
        limit_images (int | Unset):
        limit_in_app_purchase_localizations (int | Unset):
        limit_offer_codes (int | Unset):
        limit_price_points (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchaseV2Response

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_in_app_purchases=fields_in_app_purchases,
            fields_in_app_purchase_localizations=fields_in_app_purchase_localizations,
            fields_in_app_purchase_price_points=fields_in_app_purchase_price_points,
            fields_in_app_purchase_contents=fields_in_app_purchase_contents,
            fields_in_app_purchase_app_store_review_screenshots=fields_in_app_purchase_app_store_review_screenshots,
            fields_promoted_purchases=fields_promoted_purchases,
            fields_in_app_purchase_price_schedules=fields_in_app_purchase_price_schedules,
            fields_in_app_purchase_availabilities=fields_in_app_purchase_availabilities,
            fields_in_app_purchase_images=fields_in_app_purchase_images,
            fields_in_app_purchase_offer_codes=fields_in_app_purchase_offer_codes,
            fields_in_app_purchase_versions=fields_in_app_purchase_versions,
            include=include,
            limit_images=limit_images,
            limit_in_app_purchase_localizations=limit_in_app_purchase_localizations,
            limit_offer_codes=limit_offer_codes,
            limit_price_points=limit_price_points,
            limit_versions=limit_versions,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[InAppPurchaseV2Response] = InAppPurchaseV2Response
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | InAppPurchaseV2Response]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
