from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
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

    params: dict[str, Any] = {}

    if isinstance(filter_product_id, list):
        params["filter[productId]"] = ",".join(str(item) for item in filter_product_id)

    if isinstance(filter_name, list):
        params["filter[name]"] = ",".join(str(item) for item in filter_name)

    if isinstance(filter_state, list):
        params["filter[state]"] = ",".join(str(item) for item in filter_state)

    if isinstance(sort, list):
        params["sort"] = ",".join(str(item) for item in sort)

    if isinstance(fields_subscriptions, list):
        params["fields[subscriptions]"] = ",".join(str(item) for item in fields_subscriptions)

    if isinstance(fields_subscription_localizations, list):
        params["fields[subscriptionLocalizations]"] = ",".join(
            str(item) for item in fields_subscription_localizations
        )

    if isinstance(fields_subscription_app_store_review_screenshots, list):
        params["fields[subscriptionAppStoreReviewScreenshots]"] = ",".join(
            str(item) for item in fields_subscription_app_store_review_screenshots
        )

    if isinstance(fields_subscription_groups, list):
        params["fields[subscriptionGroups]"] = ",".join(str(item) for item in fields_subscription_groups)

    if isinstance(fields_subscription_introductory_offers, list):
        params["fields[subscriptionIntroductoryOffers]"] = ",".join(
            str(item) for item in fields_subscription_introductory_offers
        )

    if isinstance(fields_subscription_promotional_offers, list):
        params["fields[subscriptionPromotionalOffers]"] = ",".join(
            str(item) for item in fields_subscription_promotional_offers
        )

    if isinstance(fields_subscription_offer_codes, list):
        params["fields[subscriptionOfferCodes]"] = ",".join(
            str(item) for item in fields_subscription_offer_codes
        )

    if isinstance(fields_subscription_prices, list):
        params["fields[subscriptionPrices]"] = ",".join(str(item) for item in fields_subscription_prices)

    if isinstance(fields_promoted_purchases, list):
        params["fields[promotedPurchases]"] = ",".join(str(item) for item in fields_promoted_purchases)

    if isinstance(fields_subscription_availabilities, list):
        params["fields[subscriptionAvailabilities]"] = ",".join(
            str(item) for item in fields_subscription_availabilities
        )

    if isinstance(fields_win_back_offers, list):
        params["fields[winBackOffers]"] = ",".join(str(item) for item in fields_win_back_offers)

    if isinstance(fields_subscription_images, list):
        params["fields[subscriptionImages]"] = ",".join(str(item) for item in fields_subscription_images)

    if isinstance(fields_subscription_plan_availabilities, list):
        params["fields[subscriptionPlanAvailabilities]"] = ",".join(
            str(item) for item in fields_subscription_plan_availabilities
        )

    if isinstance(fields_subscription_versions, list):
        params["fields[subscriptionVersions]"] = ",".join(str(item) for item in fields_subscription_versions)

    params["limit"] = limit

    if isinstance(include, list):
        params["include"] = ",".join(str(item) for item in include)

    params["limit[subscriptionLocalizations]"] = limit_subscription_localizations

    params["limit[introductoryOffers]"] = limit_introductory_offers

    params["limit[promotionalOffers]"] = limit_promotional_offers

    params["limit[offerCodes]"] = limit_offer_codes

    params["limit[prices]"] = limit_prices

    params["limit[winBackOffers]"] = limit_win_back_offers

    params["limit[images]"] = limit_images

    params["limit[planAvailabilities]"] = limit_plan_availabilities

    params["limit[versions]"] = limit_versions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

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
    """
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
    """
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
    """
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
    """
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
