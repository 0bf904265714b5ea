from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.subscriptions_get_instance_fields_promoted_purchases_item import (
        SubscriptionsGetInstanceFieldsPromotedPurchasesItem,
    )
    from ...models.subscriptions_get_instance_fields_subscription_app_store_review_screenshots_item import (
        SubscriptionsGetInstanceFieldsSubscriptionAppStoreReviewScreenshotsItem,
    )
    from ...models.subscriptions_get_instance_fields_subscription_availabilities_item import (
        SubscriptionsGetInstanceFieldsSubscriptionAvailabilitiesItem,
    )
    from ...models.subscriptions_get_instance_fields_subscription_groups_item import (
        SubscriptionsGetInstanceFieldsSubscriptionGroupsItem,
    )
    from ...models.subscriptions_get_instance_fields_subscription_images_item import (
        SubscriptionsGetInstanceFieldsSubscriptionImagesItem,
    )
    from ...models.subscriptions_get_instance_fields_subscription_introductory_offers_item import (
        SubscriptionsGetInstanceFieldsSubscriptionIntroductoryOffersItem,
    )
    from ...models.subscriptions_get_instance_fields_subscription_localizations_item import (
        SubscriptionsGetInstanceFieldsSubscriptionLocalizationsItem,
    )
    from ...models.subscriptions_get_instance_fields_subscription_offer_codes_item import (
        SubscriptionsGetInstanceFieldsSubscriptionOfferCodesItem,
    )
    from ...models.subscriptions_get_instance_fields_subscription_plan_availabilities_item import (
        SubscriptionsGetInstanceFieldsSubscriptionPlanAvailabilitiesItem,
    )
    from ...models.subscriptions_get_instance_fields_subscription_prices_item import (
        SubscriptionsGetInstanceFieldsSubscriptionPricesItem,
    )
    from ...models.subscriptions_get_instance_fields_subscription_promotional_offers_item import (
        SubscriptionsGetInstanceFieldsSubscriptionPromotionalOffersItem,
    )
    from ...models.subscriptions_get_instance_fields_subscription_versions_item import (
        SubscriptionsGetInstanceFieldsSubscriptionVersionsItem,
    )
    from ...models.subscriptions_get_instance_fields_subscriptions_item import (
        SubscriptionsGetInstanceFieldsSubscriptionsItem,
    )
    from ...models.subscriptions_get_instance_fields_win_back_offers_item import (
        SubscriptionsGetInstanceFieldsWinBackOffersItem,
    )
    from ...models.subscriptions_get_instance_include_item import SubscriptionsGetInstanceIncludeItem

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription_response import SubscriptionResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_subscriptions: list[SubscriptionsGetInstanceFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_localizations: list[SubscriptionsGetInstanceFieldsSubscriptionLocalizationsItem]
    | Unset = UNSET,
    fields_subscription_app_store_review_screenshots: list[
        SubscriptionsGetInstanceFieldsSubscriptionAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_subscription_groups: list[SubscriptionsGetInstanceFieldsSubscriptionGroupsItem] | Unset = UNSET,
    fields_subscription_introductory_offers: list[
        SubscriptionsGetInstanceFieldsSubscriptionIntroductoryOffersItem
    ]
    | Unset = UNSET,
    fields_subscription_promotional_offers: list[
        SubscriptionsGetInstanceFieldsSubscriptionPromotionalOffersItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_codes: list[SubscriptionsGetInstanceFieldsSubscriptionOfferCodesItem]
    | Unset = UNSET,
    fields_subscription_prices: list[SubscriptionsGetInstanceFieldsSubscriptionPricesItem] | Unset = UNSET,
    fields_promoted_purchases: list[SubscriptionsGetInstanceFieldsPromotedPurchasesItem] | Unset = UNSET,
    fields_subscription_availabilities: list[SubscriptionsGetInstanceFieldsSubscriptionAvailabilitiesItem]
    | Unset = UNSET,
    fields_win_back_offers: list[SubscriptionsGetInstanceFieldsWinBackOffersItem] | Unset = UNSET,
    fields_subscription_images: list[SubscriptionsGetInstanceFieldsSubscriptionImagesItem] | Unset = UNSET,
    fields_subscription_plan_availabilities: list[
        SubscriptionsGetInstanceFieldsSubscriptionPlanAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_subscription_versions: list[SubscriptionsGetInstanceFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    include: list[SubscriptionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_introductory_offers: int | Unset = UNSET,
    limit_offer_codes: int | Unset = UNSET,
    limit_plan_availabilities: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
    limit_promotional_offers: int | Unset = UNSET,
    limit_subscription_localizations: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
    limit_win_back_offers: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[subscriptions]",
        "fields_subscriptions",
        fields_subscriptions,
        "SubscriptionsGetInstanceFieldsSubscriptionsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionLocalizations]",
        "fields_subscription_localizations",
        fields_subscription_localizations,
        "SubscriptionsGetInstanceFieldsSubscriptionLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionAppStoreReviewScreenshots]",
        "fields_subscription_app_store_review_screenshots",
        fields_subscription_app_store_review_screenshots,
        "SubscriptionsGetInstanceFieldsSubscriptionAppStoreReviewScreenshotsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionGroups]",
        "fields_subscription_groups",
        fields_subscription_groups,
        "SubscriptionsGetInstanceFieldsSubscriptionGroupsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionIntroductoryOffers]",
        "fields_subscription_introductory_offers",
        fields_subscription_introductory_offers,
        "SubscriptionsGetInstanceFieldsSubscriptionIntroductoryOffersItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionPromotionalOffers]",
        "fields_subscription_promotional_offers",
        fields_subscription_promotional_offers,
        "SubscriptionsGetInstanceFieldsSubscriptionPromotionalOffersItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionOfferCodes]",
        "fields_subscription_offer_codes",
        fields_subscription_offer_codes,
        "SubscriptionsGetInstanceFieldsSubscriptionOfferCodesItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionPrices]",
        "fields_subscription_prices",
        fields_subscription_prices,
        "SubscriptionsGetInstanceFieldsSubscriptionPricesItem",
    )
    _params.query_list(
        params,
        "fields[promotedPurchases]",
        "fields_promoted_purchases",
        fields_promoted_purchases,
        "SubscriptionsGetInstanceFieldsPromotedPurchasesItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionAvailabilities]",
        "fields_subscription_availabilities",
        fields_subscription_availabilities,
        "SubscriptionsGetInstanceFieldsSubscriptionAvailabilitiesItem",
    )
    _params.query_list(
        params,
        "fields[winBackOffers]",
        "fields_win_back_offers",
        fields_win_back_offers,
        "SubscriptionsGetInstanceFieldsWinBackOffersItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionImages]",
        "fields_subscription_images",
        fields_subscription_images,
        "SubscriptionsGetInstanceFieldsSubscriptionImagesItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionPlanAvailabilities]",
        "fields_subscription_plan_availabilities",
        fields_subscription_plan_availabilities,
        "SubscriptionsGetInstanceFieldsSubscriptionPlanAvailabilitiesItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionVersions]",
        "fields_subscription_versions",
        fields_subscription_versions,
        "SubscriptionsGetInstanceFieldsSubscriptionVersionsItem",
    )
    _params.query_list(params, "include", "include", include, "SubscriptionsGetInstanceIncludeItem")
    _params.query_value(params, "limit[images]", "limit_images", limit_images, int)
    _params.query_value(
        params, "limit[introductoryOffers]", "limit_introductory_offers", limit_introductory_offers, int
    )
    _params.query_value(params, "limit[offerCodes]", "limit_offer_codes", limit_offer_codes, int)
    _params.query_value(
        params, "limit[planAvailabilities]", "limit_plan_availabilities", limit_plan_availabilities, int
    )
    _params.query_value(params, "limit[prices]", "limit_prices", limit_prices, int)
    _params.query_value(
        params, "limit[promotionalOffers]", "limit_promotional_offers", limit_promotional_offers, int
    )
    _params.query_value(
        params,
        "limit[subscriptionLocalizations]",
        "limit_subscription_localizations",
        limit_subscription_localizations,
        int,
    )
    _params.query_value(params, "limit[versions]", "limit_versions", limit_versions, int)
    _params.query_value(params, "limit[winBackOffers]", "limit_win_back_offers", limit_win_back_offers, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/subscriptions/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriptionResponse | None:
    if response.status_code == 200:
        response_200 = SubscriptionResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriptionResponse]:
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
    fields_subscriptions: list[SubscriptionsGetInstanceFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_localizations: list[SubscriptionsGetInstanceFieldsSubscriptionLocalizationsItem]
    | Unset = UNSET,
    fields_subscription_app_store_review_screenshots: list[
        SubscriptionsGetInstanceFieldsSubscriptionAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_subscription_groups: list[SubscriptionsGetInstanceFieldsSubscriptionGroupsItem] | Unset = UNSET,
    fields_subscription_introductory_offers: list[
        SubscriptionsGetInstanceFieldsSubscriptionIntroductoryOffersItem
    ]
    | Unset = UNSET,
    fields_subscription_promotional_offers: list[
        SubscriptionsGetInstanceFieldsSubscriptionPromotionalOffersItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_codes: list[SubscriptionsGetInstanceFieldsSubscriptionOfferCodesItem]
    | Unset = UNSET,
    fields_subscription_prices: list[SubscriptionsGetInstanceFieldsSubscriptionPricesItem] | Unset = UNSET,
    fields_promoted_purchases: list[SubscriptionsGetInstanceFieldsPromotedPurchasesItem] | Unset = UNSET,
    fields_subscription_availabilities: list[SubscriptionsGetInstanceFieldsSubscriptionAvailabilitiesItem]
    | Unset = UNSET,
    fields_win_back_offers: list[SubscriptionsGetInstanceFieldsWinBackOffersItem] | Unset = UNSET,
    fields_subscription_images: list[SubscriptionsGetInstanceFieldsSubscriptionImagesItem] | Unset = UNSET,
    fields_subscription_plan_availabilities: list[
        SubscriptionsGetInstanceFieldsSubscriptionPlanAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_subscription_versions: list[SubscriptionsGetInstanceFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    include: list[SubscriptionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_introductory_offers: int | Unset = UNSET,
    limit_offer_codes: int | Unset = UNSET,
    limit_plan_availabilities: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
    limit_promotional_offers: int | Unset = UNSET,
    limit_subscription_localizations: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
    limit_win_back_offers: int | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionResponse]:
    """``GET /v1/subscriptions/{id}`` (subscriptions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_


    Args:
        id (str):
        fields_subscriptions (list[SubscriptionsGetInstanceFieldsSubscriptionsItem] | Unset):
        fields_subscription_localizations
            (list[SubscriptionsGetInstanceFieldsSubscriptionLocalizationsItem] | Unset):
        fields_subscription_app_store_review_screenshots
            (list[SubscriptionsGetInstanceFieldsSubscriptionAppStoreReviewScreenshotsItem] | Unset):
        fields_subscription_groups (list[SubscriptionsGetInstanceFieldsSubscriptionGroupsItem] |
            Unset):
        fields_subscription_introductory_offers
            (list[SubscriptionsGetInstanceFieldsSubscriptionIntroductoryOffersItem] | Unset):
        fields_subscription_promotional_offers
            (list[SubscriptionsGetInstanceFieldsSubscriptionPromotionalOffersItem] | Unset):
        fields_subscription_offer_codes
            (list[SubscriptionsGetInstanceFieldsSubscriptionOfferCodesItem] | Unset):
        fields_subscription_prices (list[SubscriptionsGetInstanceFieldsSubscriptionPricesItem] |
            Unset):
        fields_promoted_purchases (list[SubscriptionsGetInstanceFieldsPromotedPurchasesItem] |
            Unset):
        fields_subscription_availabilities
            (list[SubscriptionsGetInstanceFieldsSubscriptionAvailabilitiesItem] | Unset):
        fields_win_back_offers (list[SubscriptionsGetInstanceFieldsWinBackOffersItem] | Unset):
        fields_subscription_images (list[SubscriptionsGetInstanceFieldsSubscriptionImagesItem] |
            Unset):
        fields_subscription_plan_availabilities
            (list[SubscriptionsGetInstanceFieldsSubscriptionPlanAvailabilitiesItem] | Unset):
        fields_subscription_versions (list[SubscriptionsGetInstanceFieldsSubscriptionVersionsItem]
            | Unset):
        include (list[SubscriptionsGetInstanceIncludeItem] | Unset):
        limit_images (int | Unset):
        limit_introductory_offers (int | Unset):
        limit_offer_codes (int | Unset):
        limit_plan_availabilities (int | Unset):
        limit_prices (int | Unset):
        limit_promotional_offers (int | Unset):
        limit_subscription_localizations (int | Unset):
        limit_versions (int | Unset):
        limit_win_back_offers (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_localizations=fields_subscription_localizations,
        fields_subscription_app_store_review_screenshots=fields_subscription_app_store_review_screenshots,
        fields_subscription_groups=fields_subscription_groups,
        fields_subscription_introductory_offers=fields_subscription_introductory_offers,
        fields_subscription_promotional_offers=fields_subscription_promotional_offers,
        fields_subscription_offer_codes=fields_subscription_offer_codes,
        fields_subscription_prices=fields_subscription_prices,
        fields_promoted_purchases=fields_promoted_purchases,
        fields_subscription_availabilities=fields_subscription_availabilities,
        fields_win_back_offers=fields_win_back_offers,
        fields_subscription_images=fields_subscription_images,
        fields_subscription_plan_availabilities=fields_subscription_plan_availabilities,
        fields_subscription_versions=fields_subscription_versions,
        include=include,
        limit_images=limit_images,
        limit_introductory_offers=limit_introductory_offers,
        limit_offer_codes=limit_offer_codes,
        limit_plan_availabilities=limit_plan_availabilities,
        limit_prices=limit_prices,
        limit_promotional_offers=limit_promotional_offers,
        limit_subscription_localizations=limit_subscription_localizations,
        limit_versions=limit_versions,
        limit_win_back_offers=limit_win_back_offers,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscriptions: list[SubscriptionsGetInstanceFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_localizations: list[SubscriptionsGetInstanceFieldsSubscriptionLocalizationsItem]
    | Unset = UNSET,
    fields_subscription_app_store_review_screenshots: list[
        SubscriptionsGetInstanceFieldsSubscriptionAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_subscription_groups: list[SubscriptionsGetInstanceFieldsSubscriptionGroupsItem] | Unset = UNSET,
    fields_subscription_introductory_offers: list[
        SubscriptionsGetInstanceFieldsSubscriptionIntroductoryOffersItem
    ]
    | Unset = UNSET,
    fields_subscription_promotional_offers: list[
        SubscriptionsGetInstanceFieldsSubscriptionPromotionalOffersItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_codes: list[SubscriptionsGetInstanceFieldsSubscriptionOfferCodesItem]
    | Unset = UNSET,
    fields_subscription_prices: list[SubscriptionsGetInstanceFieldsSubscriptionPricesItem] | Unset = UNSET,
    fields_promoted_purchases: list[SubscriptionsGetInstanceFieldsPromotedPurchasesItem] | Unset = UNSET,
    fields_subscription_availabilities: list[SubscriptionsGetInstanceFieldsSubscriptionAvailabilitiesItem]
    | Unset = UNSET,
    fields_win_back_offers: list[SubscriptionsGetInstanceFieldsWinBackOffersItem] | Unset = UNSET,
    fields_subscription_images: list[SubscriptionsGetInstanceFieldsSubscriptionImagesItem] | Unset = UNSET,
    fields_subscription_plan_availabilities: list[
        SubscriptionsGetInstanceFieldsSubscriptionPlanAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_subscription_versions: list[SubscriptionsGetInstanceFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    include: list[SubscriptionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_introductory_offers: int | Unset = UNSET,
    limit_offer_codes: int | Unset = UNSET,
    limit_plan_availabilities: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
    limit_promotional_offers: int | Unset = UNSET,
    limit_subscription_localizations: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
    limit_win_back_offers: int | Unset = UNSET,
) -> ErrorResponse | SubscriptionResponse | None:
    """``GET /v1/subscriptions/{id}`` (subscriptions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_


    Args:
        id (str):
        fields_subscriptions (list[SubscriptionsGetInstanceFieldsSubscriptionsItem] | Unset):
        fields_subscription_localizations
            (list[SubscriptionsGetInstanceFieldsSubscriptionLocalizationsItem] | Unset):
        fields_subscription_app_store_review_screenshots
            (list[SubscriptionsGetInstanceFieldsSubscriptionAppStoreReviewScreenshotsItem] | Unset):
        fields_subscription_groups (list[SubscriptionsGetInstanceFieldsSubscriptionGroupsItem] |
            Unset):
        fields_subscription_introductory_offers
            (list[SubscriptionsGetInstanceFieldsSubscriptionIntroductoryOffersItem] | Unset):
        fields_subscription_promotional_offers
            (list[SubscriptionsGetInstanceFieldsSubscriptionPromotionalOffersItem] | Unset):
        fields_subscription_offer_codes
            (list[SubscriptionsGetInstanceFieldsSubscriptionOfferCodesItem] | Unset):
        fields_subscription_prices (list[SubscriptionsGetInstanceFieldsSubscriptionPricesItem] |
            Unset):
        fields_promoted_purchases (list[SubscriptionsGetInstanceFieldsPromotedPurchasesItem] |
            Unset):
        fields_subscription_availabilities
            (list[SubscriptionsGetInstanceFieldsSubscriptionAvailabilitiesItem] | Unset):
        fields_win_back_offers (list[SubscriptionsGetInstanceFieldsWinBackOffersItem] | Unset):
        fields_subscription_images (list[SubscriptionsGetInstanceFieldsSubscriptionImagesItem] |
            Unset):
        fields_subscription_plan_availabilities
            (list[SubscriptionsGetInstanceFieldsSubscriptionPlanAvailabilitiesItem] | Unset):
        fields_subscription_versions (list[SubscriptionsGetInstanceFieldsSubscriptionVersionsItem]
            | Unset):
        include (list[SubscriptionsGetInstanceIncludeItem] | Unset):
        limit_images (int | Unset):
        limit_introductory_offers (int | Unset):
        limit_offer_codes (int | Unset):
        limit_plan_availabilities (int | Unset):
        limit_prices (int | Unset):
        limit_promotional_offers (int | Unset):
        limit_subscription_localizations (int | Unset):
        limit_versions (int | Unset):
        limit_win_back_offers (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_localizations=fields_subscription_localizations,
        fields_subscription_app_store_review_screenshots=fields_subscription_app_store_review_screenshots,
        fields_subscription_groups=fields_subscription_groups,
        fields_subscription_introductory_offers=fields_subscription_introductory_offers,
        fields_subscription_promotional_offers=fields_subscription_promotional_offers,
        fields_subscription_offer_codes=fields_subscription_offer_codes,
        fields_subscription_prices=fields_subscription_prices,
        fields_promoted_purchases=fields_promoted_purchases,
        fields_subscription_availabilities=fields_subscription_availabilities,
        fields_win_back_offers=fields_win_back_offers,
        fields_subscription_images=fields_subscription_images,
        fields_subscription_plan_availabilities=fields_subscription_plan_availabilities,
        fields_subscription_versions=fields_subscription_versions,
        include=include,
        limit_images=limit_images,
        limit_introductory_offers=limit_introductory_offers,
        limit_offer_codes=limit_offer_codes,
        limit_plan_availabilities=limit_plan_availabilities,
        limit_prices=limit_prices,
        limit_promotional_offers=limit_promotional_offers,
        limit_subscription_localizations=limit_subscription_localizations,
        limit_versions=limit_versions,
        limit_win_back_offers=limit_win_back_offers,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscriptions: list[SubscriptionsGetInstanceFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_localizations: list[SubscriptionsGetInstanceFieldsSubscriptionLocalizationsItem]
    | Unset = UNSET,
    fields_subscription_app_store_review_screenshots: list[
        SubscriptionsGetInstanceFieldsSubscriptionAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_subscription_groups: list[SubscriptionsGetInstanceFieldsSubscriptionGroupsItem] | Unset = UNSET,
    fields_subscription_introductory_offers: list[
        SubscriptionsGetInstanceFieldsSubscriptionIntroductoryOffersItem
    ]
    | Unset = UNSET,
    fields_subscription_promotional_offers: list[
        SubscriptionsGetInstanceFieldsSubscriptionPromotionalOffersItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_codes: list[SubscriptionsGetInstanceFieldsSubscriptionOfferCodesItem]
    | Unset = UNSET,
    fields_subscription_prices: list[SubscriptionsGetInstanceFieldsSubscriptionPricesItem] | Unset = UNSET,
    fields_promoted_purchases: list[SubscriptionsGetInstanceFieldsPromotedPurchasesItem] | Unset = UNSET,
    fields_subscription_availabilities: list[SubscriptionsGetInstanceFieldsSubscriptionAvailabilitiesItem]
    | Unset = UNSET,
    fields_win_back_offers: list[SubscriptionsGetInstanceFieldsWinBackOffersItem] | Unset = UNSET,
    fields_subscription_images: list[SubscriptionsGetInstanceFieldsSubscriptionImagesItem] | Unset = UNSET,
    fields_subscription_plan_availabilities: list[
        SubscriptionsGetInstanceFieldsSubscriptionPlanAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_subscription_versions: list[SubscriptionsGetInstanceFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    include: list[SubscriptionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_introductory_offers: int | Unset = UNSET,
    limit_offer_codes: int | Unset = UNSET,
    limit_plan_availabilities: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
    limit_promotional_offers: int | Unset = UNSET,
    limit_subscription_localizations: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
    limit_win_back_offers: int | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionResponse]:
    """``GET /v1/subscriptions/{id}`` (subscriptions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_


    Args:
        id (str):
        fields_subscriptions (list[SubscriptionsGetInstanceFieldsSubscriptionsItem] | Unset):
        fields_subscription_localizations
            (list[SubscriptionsGetInstanceFieldsSubscriptionLocalizationsItem] | Unset):
        fields_subscription_app_store_review_screenshots
            (list[SubscriptionsGetInstanceFieldsSubscriptionAppStoreReviewScreenshotsItem] | Unset):
        fields_subscription_groups (list[SubscriptionsGetInstanceFieldsSubscriptionGroupsItem] |
            Unset):
        fields_subscription_introductory_offers
            (list[SubscriptionsGetInstanceFieldsSubscriptionIntroductoryOffersItem] | Unset):
        fields_subscription_promotional_offers
            (list[SubscriptionsGetInstanceFieldsSubscriptionPromotionalOffersItem] | Unset):
        fields_subscription_offer_codes
            (list[SubscriptionsGetInstanceFieldsSubscriptionOfferCodesItem] | Unset):
        fields_subscription_prices (list[SubscriptionsGetInstanceFieldsSubscriptionPricesItem] |
            Unset):
        fields_promoted_purchases (list[SubscriptionsGetInstanceFieldsPromotedPurchasesItem] |
            Unset):
        fields_subscription_availabilities
            (list[SubscriptionsGetInstanceFieldsSubscriptionAvailabilitiesItem] | Unset):
        fields_win_back_offers (list[SubscriptionsGetInstanceFieldsWinBackOffersItem] | Unset):
        fields_subscription_images (list[SubscriptionsGetInstanceFieldsSubscriptionImagesItem] |
            Unset):
        fields_subscription_plan_availabilities
            (list[SubscriptionsGetInstanceFieldsSubscriptionPlanAvailabilitiesItem] | Unset):
        fields_subscription_versions (list[SubscriptionsGetInstanceFieldsSubscriptionVersionsItem]
            | Unset):
        include (list[SubscriptionsGetInstanceIncludeItem] | Unset):
        limit_images (int | Unset):
        limit_introductory_offers (int | Unset):
        limit_offer_codes (int | Unset):
        limit_plan_availabilities (int | Unset):
        limit_prices (int | Unset):
        limit_promotional_offers (int | Unset):
        limit_subscription_localizations (int | Unset):
        limit_versions (int | Unset):
        limit_win_back_offers (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscriptions=fields_subscriptions,
        fields_subscription_localizations=fields_subscription_localizations,
        fields_subscription_app_store_review_screenshots=fields_subscription_app_store_review_screenshots,
        fields_subscription_groups=fields_subscription_groups,
        fields_subscription_introductory_offers=fields_subscription_introductory_offers,
        fields_subscription_promotional_offers=fields_subscription_promotional_offers,
        fields_subscription_offer_codes=fields_subscription_offer_codes,
        fields_subscription_prices=fields_subscription_prices,
        fields_promoted_purchases=fields_promoted_purchases,
        fields_subscription_availabilities=fields_subscription_availabilities,
        fields_win_back_offers=fields_win_back_offers,
        fields_subscription_images=fields_subscription_images,
        fields_subscription_plan_availabilities=fields_subscription_plan_availabilities,
        fields_subscription_versions=fields_subscription_versions,
        include=include,
        limit_images=limit_images,
        limit_introductory_offers=limit_introductory_offers,
        limit_offer_codes=limit_offer_codes,
        limit_plan_availabilities=limit_plan_availabilities,
        limit_prices=limit_prices,
        limit_promotional_offers=limit_promotional_offers,
        limit_subscription_localizations=limit_subscription_localizations,
        limit_versions=limit_versions,
        limit_win_back_offers=limit_win_back_offers,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscriptions: list[SubscriptionsGetInstanceFieldsSubscriptionsItem] | Unset = UNSET,
    fields_subscription_localizations: list[SubscriptionsGetInstanceFieldsSubscriptionLocalizationsItem]
    | Unset = UNSET,
    fields_subscription_app_store_review_screenshots: list[
        SubscriptionsGetInstanceFieldsSubscriptionAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_subscription_groups: list[SubscriptionsGetInstanceFieldsSubscriptionGroupsItem] | Unset = UNSET,
    fields_subscription_introductory_offers: list[
        SubscriptionsGetInstanceFieldsSubscriptionIntroductoryOffersItem
    ]
    | Unset = UNSET,
    fields_subscription_promotional_offers: list[
        SubscriptionsGetInstanceFieldsSubscriptionPromotionalOffersItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_codes: list[SubscriptionsGetInstanceFieldsSubscriptionOfferCodesItem]
    | Unset = UNSET,
    fields_subscription_prices: list[SubscriptionsGetInstanceFieldsSubscriptionPricesItem] | Unset = UNSET,
    fields_promoted_purchases: list[SubscriptionsGetInstanceFieldsPromotedPurchasesItem] | Unset = UNSET,
    fields_subscription_availabilities: list[SubscriptionsGetInstanceFieldsSubscriptionAvailabilitiesItem]
    | Unset = UNSET,
    fields_win_back_offers: list[SubscriptionsGetInstanceFieldsWinBackOffersItem] | Unset = UNSET,
    fields_subscription_images: list[SubscriptionsGetInstanceFieldsSubscriptionImagesItem] | Unset = UNSET,
    fields_subscription_plan_availabilities: list[
        SubscriptionsGetInstanceFieldsSubscriptionPlanAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_subscription_versions: list[SubscriptionsGetInstanceFieldsSubscriptionVersionsItem]
    | Unset = UNSET,
    include: list[SubscriptionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_introductory_offers: int | Unset = UNSET,
    limit_offer_codes: int | Unset = UNSET,
    limit_plan_availabilities: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
    limit_promotional_offers: int | Unset = UNSET,
    limit_subscription_localizations: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
    limit_win_back_offers: int | Unset = UNSET,
) -> ErrorResponse | SubscriptionResponse | None:
    """``GET /v1/subscriptions/{id}`` (subscriptions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_


    Args:
        id (str):
        fields_subscriptions (list[SubscriptionsGetInstanceFieldsSubscriptionsItem] | Unset):
        fields_subscription_localizations
            (list[SubscriptionsGetInstanceFieldsSubscriptionLocalizationsItem] | Unset):
        fields_subscription_app_store_review_screenshots
            (list[SubscriptionsGetInstanceFieldsSubscriptionAppStoreReviewScreenshotsItem] | Unset):
        fields_subscription_groups (list[SubscriptionsGetInstanceFieldsSubscriptionGroupsItem] |
            Unset):
        fields_subscription_introductory_offers
            (list[SubscriptionsGetInstanceFieldsSubscriptionIntroductoryOffersItem] | Unset):
        fields_subscription_promotional_offers
            (list[SubscriptionsGetInstanceFieldsSubscriptionPromotionalOffersItem] | Unset):
        fields_subscription_offer_codes
            (list[SubscriptionsGetInstanceFieldsSubscriptionOfferCodesItem] | Unset):
        fields_subscription_prices (list[SubscriptionsGetInstanceFieldsSubscriptionPricesItem] |
            Unset):
        fields_promoted_purchases (list[SubscriptionsGetInstanceFieldsPromotedPurchasesItem] |
            Unset):
        fields_subscription_availabilities
            (list[SubscriptionsGetInstanceFieldsSubscriptionAvailabilitiesItem] | Unset):
        fields_win_back_offers (list[SubscriptionsGetInstanceFieldsWinBackOffersItem] | Unset):
        fields_subscription_images (list[SubscriptionsGetInstanceFieldsSubscriptionImagesItem] |
            Unset):
        fields_subscription_plan_availabilities
            (list[SubscriptionsGetInstanceFieldsSubscriptionPlanAvailabilitiesItem] | Unset):
        fields_subscription_versions (list[SubscriptionsGetInstanceFieldsSubscriptionVersionsItem]
            | Unset):
        include (list[SubscriptionsGetInstanceIncludeItem] | Unset):
        limit_images (int | Unset):
        limit_introductory_offers (int | Unset):
        limit_offer_codes (int | Unset):
        limit_plan_availabilities (int | Unset):
        limit_prices (int | Unset):
        limit_promotional_offers (int | Unset):
        limit_subscription_localizations (int | Unset):
        limit_versions (int | Unset):
        limit_win_back_offers (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_subscriptions=fields_subscriptions,
            fields_subscription_localizations=fields_subscription_localizations,
            fields_subscription_app_store_review_screenshots=fields_subscription_app_store_review_screenshots,
            fields_subscription_groups=fields_subscription_groups,
            fields_subscription_introductory_offers=fields_subscription_introductory_offers,
            fields_subscription_promotional_offers=fields_subscription_promotional_offers,
            fields_subscription_offer_codes=fields_subscription_offer_codes,
            fields_subscription_prices=fields_subscription_prices,
            fields_promoted_purchases=fields_promoted_purchases,
            fields_subscription_availabilities=fields_subscription_availabilities,
            fields_win_back_offers=fields_win_back_offers,
            fields_subscription_images=fields_subscription_images,
            fields_subscription_plan_availabilities=fields_subscription_plan_availabilities,
            fields_subscription_versions=fields_subscription_versions,
            include=include,
            limit_images=limit_images,
            limit_introductory_offers=limit_introductory_offers,
            limit_offer_codes=limit_offer_codes,
            limit_plan_availabilities=limit_plan_availabilities,
            limit_prices=limit_prices,
            limit_promotional_offers=limit_promotional_offers,
            limit_subscription_localizations=limit_subscription_localizations,
            limit_versions=limit_versions,
            limit_win_back_offers=limit_win_back_offers,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[SubscriptionResponse] = SubscriptionResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | SubscriptionResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
