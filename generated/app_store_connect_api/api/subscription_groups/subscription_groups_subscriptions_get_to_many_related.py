from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.subscription_groups_subscriptions_get_to_many_related_fields_promoted_purchases_item import (
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsPromotedPurchasesItem,
    )
    from ...models.subscription_groups_subscriptions_get_to_many_related_fields_subscription_app_store_review_screenshots_item import (
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionAppStoreReviewScreenshotsItem,
    )
    from ...models.subscription_groups_subscriptions_get_to_many_related_fields_subscription_availabilities_item import (
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionAvailabilitiesItem,
    )
    from ...models.subscription_groups_subscriptions_get_to_many_related_fields_subscription_groups_item import (
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionGroupsItem,
    )
    from ...models.subscription_groups_subscriptions_get_to_many_related_fields_subscription_images_item import (
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionImagesItem,
    )
    from ...models.subscription_groups_subscriptions_get_to_many_related_fields_subscription_introductory_offers_item import (
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionIntroductoryOffersItem,
    )
    from ...models.subscription_groups_subscriptions_get_to_many_related_fields_subscription_localizations_item import (
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionLocalizationsItem,
    )
    from ...models.subscription_groups_subscriptions_get_to_many_related_fields_subscription_offer_codes_item import (
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionOfferCodesItem,
    )
    from ...models.subscription_groups_subscriptions_get_to_many_related_fields_subscription_plan_availabilities_item import (
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPlanAvailabilitiesItem,
    )
    from ...models.subscription_groups_subscriptions_get_to_many_related_fields_subscription_prices_item import (
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPricesItem,
    )
    from ...models.subscription_groups_subscriptions_get_to_many_related_fields_subscription_promotional_offers_item import (
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPromotionalOffersItem,
    )
    from ...models.subscription_groups_subscriptions_get_to_many_related_fields_subscription_versions_item import (
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionVersionsItem,
    )
    from ...models.subscription_groups_subscriptions_get_to_many_related_fields_subscriptions_item import (
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionsItem,
    )
    from ...models.subscription_groups_subscriptions_get_to_many_related_fields_win_back_offers_item import (
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsWinBackOffersItem,
    )
    from ...models.subscription_groups_subscriptions_get_to_many_related_filter_state_item import (
        SubscriptionGroupsSubscriptionsGetToManyRelatedFilterStateItem,
    )
    from ...models.subscription_groups_subscriptions_get_to_many_related_include_item import (
        SubscriptionGroupsSubscriptionsGetToManyRelatedIncludeItem,
    )
    from ...models.subscription_groups_subscriptions_get_to_many_related_sort_item import (
        SubscriptionGroupsSubscriptionsGetToManyRelatedSortItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscriptions_response import SubscriptionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_product_id: list[str] | Unset = UNSET,
    filter_name: list[str] | Unset = UNSET,
    filter_state: list[SubscriptionGroupsSubscriptionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    sort: list[SubscriptionGroupsSubscriptionsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_subscriptions: list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    fields_subscription_localizations: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscription_app_store_review_screenshots: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_subscription_groups: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionGroupsItem
    ]
    | Unset = UNSET,
    fields_subscription_introductory_offers: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionIntroductoryOffersItem
    ]
    | Unset = UNSET,
    fields_subscription_promotional_offers: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPromotionalOffersItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_codes: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionOfferCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_prices: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPricesItem
    ]
    | Unset = UNSET,
    fields_promoted_purchases: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsPromotedPurchasesItem
    ]
    | Unset = UNSET,
    fields_subscription_availabilities: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_win_back_offers: list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsWinBackOffersItem]
    | Unset = UNSET,
    fields_subscription_images: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionImagesItem
    ]
    | Unset = UNSET,
    fields_subscription_plan_availabilities: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPlanAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_subscription_versions: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionGroupsSubscriptionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_subscription_localizations: int | Unset = UNSET,
    limit_introductory_offers: int | Unset = UNSET,
    limit_promotional_offers: int | Unset = UNSET,
    limit_offer_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
    limit_win_back_offers: int | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_plan_availabilities: int | Unset = UNSET,
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
        "SubscriptionGroupsSubscriptionsGetToManyRelatedFilterStateItem",
    )
    _params.query_list(
        params, "sort", "sort", sort, "SubscriptionGroupsSubscriptionsGetToManyRelatedSortItem"
    )
    _params.query_list(
        params,
        "fields[subscriptions]",
        "fields_subscriptions",
        fields_subscriptions,
        "SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionLocalizations]",
        "fields_subscription_localizations",
        fields_subscription_localizations,
        "SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionAppStoreReviewScreenshots]",
        "fields_subscription_app_store_review_screenshots",
        fields_subscription_app_store_review_screenshots,
        "SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionAppStoreReviewScreenshotsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionGroups]",
        "fields_subscription_groups",
        fields_subscription_groups,
        "SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionGroupsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionIntroductoryOffers]",
        "fields_subscription_introductory_offers",
        fields_subscription_introductory_offers,
        "SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionIntroductoryOffersItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionPromotionalOffers]",
        "fields_subscription_promotional_offers",
        fields_subscription_promotional_offers,
        "SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPromotionalOffersItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionOfferCodes]",
        "fields_subscription_offer_codes",
        fields_subscription_offer_codes,
        "SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionOfferCodesItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionPrices]",
        "fields_subscription_prices",
        fields_subscription_prices,
        "SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPricesItem",
    )
    _params.query_list(
        params,
        "fields[promotedPurchases]",
        "fields_promoted_purchases",
        fields_promoted_purchases,
        "SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsPromotedPurchasesItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionAvailabilities]",
        "fields_subscription_availabilities",
        fields_subscription_availabilities,
        "SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionAvailabilitiesItem",
    )
    _params.query_list(
        params,
        "fields[winBackOffers]",
        "fields_win_back_offers",
        fields_win_back_offers,
        "SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsWinBackOffersItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionImages]",
        "fields_subscription_images",
        fields_subscription_images,
        "SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionImagesItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionPlanAvailabilities]",
        "fields_subscription_plan_availabilities",
        fields_subscription_plan_availabilities,
        "SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPlanAvailabilitiesItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionVersions]",
        "fields_subscription_versions",
        fields_subscription_versions,
        "SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionVersionsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "SubscriptionGroupsSubscriptionsGetToManyRelatedIncludeItem"
    )
    _params.query_value(
        params,
        "limit[subscriptionLocalizations]",
        "limit_subscription_localizations",
        limit_subscription_localizations,
        int,
    )
    _params.query_value(
        params, "limit[introductoryOffers]", "limit_introductory_offers", limit_introductory_offers, int
    )
    _params.query_value(
        params, "limit[promotionalOffers]", "limit_promotional_offers", limit_promotional_offers, int
    )
    _params.query_value(params, "limit[offerCodes]", "limit_offer_codes", limit_offer_codes, int)
    _params.query_value(params, "limit[prices]", "limit_prices", limit_prices, int)
    _params.query_value(params, "limit[winBackOffers]", "limit_win_back_offers", limit_win_back_offers, int)
    _params.query_value(params, "limit[images]", "limit_images", limit_images, int)
    _params.query_value(
        params, "limit[planAvailabilities]", "limit_plan_availabilities", limit_plan_availabilities, int
    )
    _params.query_value(params, "limit[versions]", "limit_versions", limit_versions, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/subscriptionGroups/{id}/subscriptions".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriptionsResponse | None:
    if response.status_code == 200:
        response_200 = SubscriptionsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriptionsResponse]:
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
    filter_state: list[SubscriptionGroupsSubscriptionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    sort: list[SubscriptionGroupsSubscriptionsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_subscriptions: list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    fields_subscription_localizations: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscription_app_store_review_screenshots: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_subscription_groups: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionGroupsItem
    ]
    | Unset = UNSET,
    fields_subscription_introductory_offers: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionIntroductoryOffersItem
    ]
    | Unset = UNSET,
    fields_subscription_promotional_offers: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPromotionalOffersItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_codes: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionOfferCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_prices: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPricesItem
    ]
    | Unset = UNSET,
    fields_promoted_purchases: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsPromotedPurchasesItem
    ]
    | Unset = UNSET,
    fields_subscription_availabilities: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_win_back_offers: list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsWinBackOffersItem]
    | Unset = UNSET,
    fields_subscription_images: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionImagesItem
    ]
    | Unset = UNSET,
    fields_subscription_plan_availabilities: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPlanAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_subscription_versions: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionGroupsSubscriptionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_subscription_localizations: int | Unset = UNSET,
    limit_introductory_offers: int | Unset = UNSET,
    limit_promotional_offers: int | Unset = UNSET,
    limit_offer_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
    limit_win_back_offers: int | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_plan_availabilities: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionsResponse]:
    """``GET /v1/subscriptionGroups/{id}/subscriptions`` (subscriptionGroups_subscriptions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-subscriptions


    Args:
        id (str):
        filter_product_id (list[str] | Unset):
        filter_name (list[str] | Unset):
        filter_state (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFilterStateItem] |
            Unset):
        sort (list[SubscriptionGroupsSubscriptionsGetToManyRelatedSortItem] | Unset):
        fields_subscriptions
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionsItem] | Unset):
        fields_subscription_localizations
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionLocalizationsItem]
            | Unset):
        fields_subscription_app_store_review_screenshots (list[SubscriptionGroupsSubscriptionsGetT
            oManyRelatedFieldsSubscriptionAppStoreReviewScreenshotsItem] | Unset):
        fields_subscription_groups
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionGroupsItem] |
            Unset):
        fields_subscription_introductory_offers (list[SubscriptionGroupsSubscriptionsGetToManyRela
            tedFieldsSubscriptionIntroductoryOffersItem] | Unset):
        fields_subscription_promotional_offers (list[SubscriptionGroupsSubscriptionsGetToManyRelat
            edFieldsSubscriptionPromotionalOffersItem] | Unset):
        fields_subscription_offer_codes
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionOfferCodesItem] |
            Unset):
        fields_subscription_prices
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPricesItem] |
            Unset):
        fields_promoted_purchases
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsPromotedPurchasesItem] |
            Unset):
        fields_subscription_availabilities
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionAvailabilitiesItem]
            | Unset):
        fields_win_back_offers
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsWinBackOffersItem] | Unset):
        fields_subscription_images
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionImagesItem] |
            Unset):
        fields_subscription_plan_availabilities (list[SubscriptionGroupsSubscriptionsGetToManyRela
            tedFieldsSubscriptionPlanAvailabilitiesItem] | Unset):
        fields_subscription_versions
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionVersionsItem] |
            Unset):
        limit (int | Unset):
        include (list[SubscriptionGroupsSubscriptionsGetToManyRelatedIncludeItem] | Unset):
        limit_subscription_localizations (int | Unset):
        limit_introductory_offers (int | Unset):
        limit_promotional_offers (int | Unset):
        limit_offer_codes (int | Unset):
        limit_prices (int | Unset):
        limit_win_back_offers (int | Unset):
        limit_images (int | Unset):
        limit_plan_availabilities (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_product_id=filter_product_id,
        filter_name=filter_name,
        filter_state=filter_state,
        sort=sort,
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
        limit=limit,
        include=include,
        limit_subscription_localizations=limit_subscription_localizations,
        limit_introductory_offers=limit_introductory_offers,
        limit_promotional_offers=limit_promotional_offers,
        limit_offer_codes=limit_offer_codes,
        limit_prices=limit_prices,
        limit_win_back_offers=limit_win_back_offers,
        limit_images=limit_images,
        limit_plan_availabilities=limit_plan_availabilities,
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
    filter_state: list[SubscriptionGroupsSubscriptionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    sort: list[SubscriptionGroupsSubscriptionsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_subscriptions: list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    fields_subscription_localizations: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscription_app_store_review_screenshots: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_subscription_groups: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionGroupsItem
    ]
    | Unset = UNSET,
    fields_subscription_introductory_offers: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionIntroductoryOffersItem
    ]
    | Unset = UNSET,
    fields_subscription_promotional_offers: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPromotionalOffersItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_codes: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionOfferCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_prices: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPricesItem
    ]
    | Unset = UNSET,
    fields_promoted_purchases: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsPromotedPurchasesItem
    ]
    | Unset = UNSET,
    fields_subscription_availabilities: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_win_back_offers: list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsWinBackOffersItem]
    | Unset = UNSET,
    fields_subscription_images: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionImagesItem
    ]
    | Unset = UNSET,
    fields_subscription_plan_availabilities: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPlanAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_subscription_versions: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionGroupsSubscriptionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_subscription_localizations: int | Unset = UNSET,
    limit_introductory_offers: int | Unset = UNSET,
    limit_promotional_offers: int | Unset = UNSET,
    limit_offer_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
    limit_win_back_offers: int | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_plan_availabilities: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | SubscriptionsResponse | None:
    """``GET /v1/subscriptionGroups/{id}/subscriptions`` (subscriptionGroups_subscriptions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-subscriptions


    Args:
        id (str):
        filter_product_id (list[str] | Unset):
        filter_name (list[str] | Unset):
        filter_state (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFilterStateItem] |
            Unset):
        sort (list[SubscriptionGroupsSubscriptionsGetToManyRelatedSortItem] | Unset):
        fields_subscriptions
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionsItem] | Unset):
        fields_subscription_localizations
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionLocalizationsItem]
            | Unset):
        fields_subscription_app_store_review_screenshots (list[SubscriptionGroupsSubscriptionsGetT
            oManyRelatedFieldsSubscriptionAppStoreReviewScreenshotsItem] | Unset):
        fields_subscription_groups
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionGroupsItem] |
            Unset):
        fields_subscription_introductory_offers (list[SubscriptionGroupsSubscriptionsGetToManyRela
            tedFieldsSubscriptionIntroductoryOffersItem] | Unset):
        fields_subscription_promotional_offers (list[SubscriptionGroupsSubscriptionsGetToManyRelat
            edFieldsSubscriptionPromotionalOffersItem] | Unset):
        fields_subscription_offer_codes
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionOfferCodesItem] |
            Unset):
        fields_subscription_prices
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPricesItem] |
            Unset):
        fields_promoted_purchases
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsPromotedPurchasesItem] |
            Unset):
        fields_subscription_availabilities
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionAvailabilitiesItem]
            | Unset):
        fields_win_back_offers
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsWinBackOffersItem] | Unset):
        fields_subscription_images
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionImagesItem] |
            Unset):
        fields_subscription_plan_availabilities (list[SubscriptionGroupsSubscriptionsGetToManyRela
            tedFieldsSubscriptionPlanAvailabilitiesItem] | Unset):
        fields_subscription_versions
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionVersionsItem] |
            Unset):
        limit (int | Unset):
        include (list[SubscriptionGroupsSubscriptionsGetToManyRelatedIncludeItem] | Unset):
        limit_subscription_localizations (int | Unset):
        limit_introductory_offers (int | Unset):
        limit_promotional_offers (int | Unset):
        limit_offer_codes (int | Unset):
        limit_prices (int | Unset):
        limit_win_back_offers (int | Unset):
        limit_images (int | Unset):
        limit_plan_availabilities (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionsResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_product_id=filter_product_id,
        filter_name=filter_name,
        filter_state=filter_state,
        sort=sort,
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
        limit=limit,
        include=include,
        limit_subscription_localizations=limit_subscription_localizations,
        limit_introductory_offers=limit_introductory_offers,
        limit_promotional_offers=limit_promotional_offers,
        limit_offer_codes=limit_offer_codes,
        limit_prices=limit_prices,
        limit_win_back_offers=limit_win_back_offers,
        limit_images=limit_images,
        limit_plan_availabilities=limit_plan_availabilities,
        limit_versions=limit_versions,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_product_id: list[str] | Unset = UNSET,
    filter_name: list[str] | Unset = UNSET,
    filter_state: list[SubscriptionGroupsSubscriptionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    sort: list[SubscriptionGroupsSubscriptionsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_subscriptions: list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    fields_subscription_localizations: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscription_app_store_review_screenshots: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_subscription_groups: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionGroupsItem
    ]
    | Unset = UNSET,
    fields_subscription_introductory_offers: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionIntroductoryOffersItem
    ]
    | Unset = UNSET,
    fields_subscription_promotional_offers: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPromotionalOffersItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_codes: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionOfferCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_prices: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPricesItem
    ]
    | Unset = UNSET,
    fields_promoted_purchases: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsPromotedPurchasesItem
    ]
    | Unset = UNSET,
    fields_subscription_availabilities: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_win_back_offers: list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsWinBackOffersItem]
    | Unset = UNSET,
    fields_subscription_images: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionImagesItem
    ]
    | Unset = UNSET,
    fields_subscription_plan_availabilities: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPlanAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_subscription_versions: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionGroupsSubscriptionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_subscription_localizations: int | Unset = UNSET,
    limit_introductory_offers: int | Unset = UNSET,
    limit_promotional_offers: int | Unset = UNSET,
    limit_offer_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
    limit_win_back_offers: int | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_plan_availabilities: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionsResponse]:
    """``GET /v1/subscriptionGroups/{id}/subscriptions`` (subscriptionGroups_subscriptions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-subscriptions


    Args:
        id (str):
        filter_product_id (list[str] | Unset):
        filter_name (list[str] | Unset):
        filter_state (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFilterStateItem] |
            Unset):
        sort (list[SubscriptionGroupsSubscriptionsGetToManyRelatedSortItem] | Unset):
        fields_subscriptions
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionsItem] | Unset):
        fields_subscription_localizations
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionLocalizationsItem]
            | Unset):
        fields_subscription_app_store_review_screenshots (list[SubscriptionGroupsSubscriptionsGetT
            oManyRelatedFieldsSubscriptionAppStoreReviewScreenshotsItem] | Unset):
        fields_subscription_groups
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionGroupsItem] |
            Unset):
        fields_subscription_introductory_offers (list[SubscriptionGroupsSubscriptionsGetToManyRela
            tedFieldsSubscriptionIntroductoryOffersItem] | Unset):
        fields_subscription_promotional_offers (list[SubscriptionGroupsSubscriptionsGetToManyRelat
            edFieldsSubscriptionPromotionalOffersItem] | Unset):
        fields_subscription_offer_codes
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionOfferCodesItem] |
            Unset):
        fields_subscription_prices
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPricesItem] |
            Unset):
        fields_promoted_purchases
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsPromotedPurchasesItem] |
            Unset):
        fields_subscription_availabilities
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionAvailabilitiesItem]
            | Unset):
        fields_win_back_offers
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsWinBackOffersItem] | Unset):
        fields_subscription_images
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionImagesItem] |
            Unset):
        fields_subscription_plan_availabilities (list[SubscriptionGroupsSubscriptionsGetToManyRela
            tedFieldsSubscriptionPlanAvailabilitiesItem] | Unset):
        fields_subscription_versions
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionVersionsItem] |
            Unset):
        limit (int | Unset):
        include (list[SubscriptionGroupsSubscriptionsGetToManyRelatedIncludeItem] | Unset):
        limit_subscription_localizations (int | Unset):
        limit_introductory_offers (int | Unset):
        limit_promotional_offers (int | Unset):
        limit_offer_codes (int | Unset):
        limit_prices (int | Unset):
        limit_win_back_offers (int | Unset):
        limit_images (int | Unset):
        limit_plan_availabilities (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_product_id=filter_product_id,
        filter_name=filter_name,
        filter_state=filter_state,
        sort=sort,
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
        limit=limit,
        include=include,
        limit_subscription_localizations=limit_subscription_localizations,
        limit_introductory_offers=limit_introductory_offers,
        limit_promotional_offers=limit_promotional_offers,
        limit_offer_codes=limit_offer_codes,
        limit_prices=limit_prices,
        limit_win_back_offers=limit_win_back_offers,
        limit_images=limit_images,
        limit_plan_availabilities=limit_plan_availabilities,
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
    filter_state: list[SubscriptionGroupsSubscriptionsGetToManyRelatedFilterStateItem] | Unset = UNSET,
    sort: list[SubscriptionGroupsSubscriptionsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_subscriptions: list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    fields_subscription_localizations: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_subscription_app_store_review_screenshots: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_subscription_groups: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionGroupsItem
    ]
    | Unset = UNSET,
    fields_subscription_introductory_offers: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionIntroductoryOffersItem
    ]
    | Unset = UNSET,
    fields_subscription_promotional_offers: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPromotionalOffersItem
    ]
    | Unset = UNSET,
    fields_subscription_offer_codes: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionOfferCodesItem
    ]
    | Unset = UNSET,
    fields_subscription_prices: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPricesItem
    ]
    | Unset = UNSET,
    fields_promoted_purchases: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsPromotedPurchasesItem
    ]
    | Unset = UNSET,
    fields_subscription_availabilities: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_win_back_offers: list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsWinBackOffersItem]
    | Unset = UNSET,
    fields_subscription_images: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionImagesItem
    ]
    | Unset = UNSET,
    fields_subscription_plan_availabilities: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPlanAvailabilitiesItem
    ]
    | Unset = UNSET,
    fields_subscription_versions: list[
        SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[SubscriptionGroupsSubscriptionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_subscription_localizations: int | Unset = UNSET,
    limit_introductory_offers: int | Unset = UNSET,
    limit_promotional_offers: int | Unset = UNSET,
    limit_offer_codes: int | Unset = UNSET,
    limit_prices: int | Unset = UNSET,
    limit_win_back_offers: int | Unset = UNSET,
    limit_images: int | Unset = UNSET,
    limit_plan_availabilities: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | SubscriptionsResponse | None:
    """``GET /v1/subscriptionGroups/{id}/subscriptions`` (subscriptionGroups_subscriptions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-subscriptions


    Args:
        id (str):
        filter_product_id (list[str] | Unset):
        filter_name (list[str] | Unset):
        filter_state (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFilterStateItem] |
            Unset):
        sort (list[SubscriptionGroupsSubscriptionsGetToManyRelatedSortItem] | Unset):
        fields_subscriptions
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionsItem] | Unset):
        fields_subscription_localizations
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionLocalizationsItem]
            | Unset):
        fields_subscription_app_store_review_screenshots (list[SubscriptionGroupsSubscriptionsGetT
            oManyRelatedFieldsSubscriptionAppStoreReviewScreenshotsItem] | Unset):
        fields_subscription_groups
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionGroupsItem] |
            Unset):
        fields_subscription_introductory_offers (list[SubscriptionGroupsSubscriptionsGetToManyRela
            tedFieldsSubscriptionIntroductoryOffersItem] | Unset):
        fields_subscription_promotional_offers (list[SubscriptionGroupsSubscriptionsGetToManyRelat
            edFieldsSubscriptionPromotionalOffersItem] | Unset):
        fields_subscription_offer_codes
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionOfferCodesItem] |
            Unset):
        fields_subscription_prices
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionPricesItem] |
            Unset):
        fields_promoted_purchases
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsPromotedPurchasesItem] |
            Unset):
        fields_subscription_availabilities
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionAvailabilitiesItem]
            | Unset):
        fields_win_back_offers
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsWinBackOffersItem] | Unset):
        fields_subscription_images
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionImagesItem] |
            Unset):
        fields_subscription_plan_availabilities (list[SubscriptionGroupsSubscriptionsGetToManyRela
            tedFieldsSubscriptionPlanAvailabilitiesItem] | Unset):
        fields_subscription_versions
            (list[SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionVersionsItem] |
            Unset):
        limit (int | Unset):
        include (list[SubscriptionGroupsSubscriptionsGetToManyRelatedIncludeItem] | Unset):
        limit_subscription_localizations (int | Unset):
        limit_introductory_offers (int | Unset):
        limit_promotional_offers (int | Unset):
        limit_offer_codes (int | Unset):
        limit_prices (int | Unset):
        limit_win_back_offers (int | Unset):
        limit_images (int | Unset):
        limit_plan_availabilities (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionsResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_product_id=filter_product_id,
            filter_name=filter_name,
            filter_state=filter_state,
            sort=sort,
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
            limit=limit,
            include=include,
            limit_subscription_localizations=limit_subscription_localizations,
            limit_introductory_offers=limit_introductory_offers,
            limit_promotional_offers=limit_promotional_offers,
            limit_offer_codes=limit_offer_codes,
            limit_prices=limit_prices,
            limit_win_back_offers=limit_win_back_offers,
            limit_images=limit_images,
            limit_plan_availabilities=limit_plan_availabilities,
            limit_versions=limit_versions,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[SubscriptionsResponse] = SubscriptionsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.subscription import Subscription

ITEM_TYPE: type[Subscription] = Subscription
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | SubscriptionsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
