"""`asc.subscriptions`: the operations on subscriptions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.promoted_purchase_response import PromotedPurchaseResponse
    from ..models.subscription_app_store_review_screenshot_linkage_response import (
        SubscriptionAppStoreReviewScreenshotLinkageResponse,
    )
    from ..models.subscription_app_store_review_screenshot_response import (
        SubscriptionAppStoreReviewScreenshotResponse,
    )
    from ..models.subscription_availability_response import SubscriptionAvailabilityResponse
    from ..models.subscription_create_request import SubscriptionCreateRequest
    from ..models.subscription_image import SubscriptionImage
    from ..models.subscription_images_linkages_response import SubscriptionImagesLinkagesResponse
    from ..models.subscription_images_linkages_response_data_item import (
        SubscriptionImagesLinkagesResponseDataItem,
    )
    from ..models.subscription_images_response import SubscriptionImagesResponse
    from ..models.subscription_introductory_offer import SubscriptionIntroductoryOffer
    from ..models.subscription_introductory_offers_linkages_response import (
        SubscriptionIntroductoryOffersLinkagesResponse,
    )
    from ..models.subscription_introductory_offers_linkages_response_data_item import (
        SubscriptionIntroductoryOffersLinkagesResponseDataItem,
    )
    from ..models.subscription_introductory_offers_response import SubscriptionIntroductoryOffersResponse
    from ..models.subscription_localization import SubscriptionLocalization
    from ..models.subscription_localizations_response import SubscriptionLocalizationsResponse
    from ..models.subscription_offer_code import SubscriptionOfferCode
    from ..models.subscription_offer_codes_linkages_response import SubscriptionOfferCodesLinkagesResponse
    from ..models.subscription_offer_codes_linkages_response_data_item import (
        SubscriptionOfferCodesLinkagesResponseDataItem,
    )
    from ..models.subscription_offer_codes_response import SubscriptionOfferCodesResponse
    from ..models.subscription_plan_availabilities_linkages_response import (
        SubscriptionPlanAvailabilitiesLinkagesResponse,
    )
    from ..models.subscription_plan_availabilities_linkages_response_data_item import (
        SubscriptionPlanAvailabilitiesLinkagesResponseDataItem,
    )
    from ..models.subscription_plan_availabilities_response import SubscriptionPlanAvailabilitiesResponse
    from ..models.subscription_plan_availability import SubscriptionPlanAvailability
    from ..models.subscription_price import SubscriptionPrice
    from ..models.subscription_price_point import SubscriptionPricePoint
    from ..models.subscription_price_points_linkages_response import SubscriptionPricePointsLinkagesResponse
    from ..models.subscription_price_points_linkages_response_data_item import (
        SubscriptionPricePointsLinkagesResponseDataItem,
    )
    from ..models.subscription_price_points_response import SubscriptionPricePointsResponse
    from ..models.subscription_prices_linkages_response import SubscriptionPricesLinkagesResponse
    from ..models.subscription_prices_linkages_response_data_item import (
        SubscriptionPricesLinkagesResponseDataItem,
    )
    from ..models.subscription_prices_response import SubscriptionPricesResponse
    from ..models.subscription_promoted_purchase_linkage_response import (
        SubscriptionPromotedPurchaseLinkageResponse,
    )
    from ..models.subscription_promotional_offer import SubscriptionPromotionalOffer
    from ..models.subscription_promotional_offers_linkages_response import (
        SubscriptionPromotionalOffersLinkagesResponse,
    )
    from ..models.subscription_promotional_offers_linkages_response_data_item import (
        SubscriptionPromotionalOffersLinkagesResponseDataItem,
    )
    from ..models.subscription_promotional_offers_response import SubscriptionPromotionalOffersResponse
    from ..models.subscription_response import SubscriptionResponse
    from ..models.subscription_subscription_availability_linkage_response import (
        SubscriptionSubscriptionAvailabilityLinkageResponse,
    )
    from ..models.subscription_subscription_localizations_linkages_response import (
        SubscriptionSubscriptionLocalizationsLinkagesResponse,
    )
    from ..models.subscription_subscription_localizations_linkages_response_data_item import (
        SubscriptionSubscriptionLocalizationsLinkagesResponseDataItem,
    )
    from ..models.subscription_update_request import SubscriptionUpdateRequest
    from ..models.subscription_version import SubscriptionVersion
    from ..models.subscription_versions_linkages_response import SubscriptionVersionsLinkagesResponse
    from ..models.subscription_versions_linkages_response_data_item import (
        SubscriptionVersionsLinkagesResponseDataItem,
    )
    from ..models.subscription_versions_response import SubscriptionVersionsResponse
    from ..models.subscription_win_back_offers_linkages_response import (
        SubscriptionWinBackOffersLinkagesResponse,
    )
    from ..models.subscription_win_back_offers_linkages_response_data_item import (
        SubscriptionWinBackOffersLinkagesResponseDataItem,
    )
    from ..models.win_back_offer import WinBackOffer
    from ..models.win_back_offers_response import WinBackOffersResponse

__all__ = ["AsyncSubscriptions", "Subscriptions"]

_CREATE_BODY = Body(
    "subscriptions",
    {
        "name": ("name", "string", True),
        "product_id": ("productId", "string", True),
        "family_sharable": ("familySharable", "boolean", False),
        "subscription_period": ("subscriptionPeriod", "string", False),
        "review_note": ("reviewNote", "string", False),
        "group_level": ("groupLevel", "integer", False),
    },
    {"group": ("group", "subscriptionGroups", False, True)},
)
_UPDATE_BODY = Body(
    "subscriptions",
    {
        "name": ("name", "string", False),
        "family_sharable": ("familySharable", "boolean", False),
        "subscription_period": ("subscriptionPeriod", "string", False),
        "review_note": ("reviewNote", "string", False),
        "group_level": ("groupLevel", "integer", False),
    },
    {
        "introductory_offers": ("introductoryOffers", "subscriptionIntroductoryOffers", True, False),
        "promotional_offers": ("promotionalOffers", "subscriptionPromotionalOffers", True, False),
        "prices": ("prices", "subscriptionPrices", True, False),
    },
)


class Subscriptions(SyncResource):
    """`asc.subscriptions`."""

    def create(
        self,
        /,
        body: SubscriptionCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        product_id: str | Unset = UNSET,
        family_sharable: bool | None | Unset = UNSET,
        subscription_period: str | None | Unset = UNSET,
        review_note: str | None | Unset = UNSET,
        group_level: int | None | Unset = UNSET,
        group: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptions`` (subscriptions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptions
        """
        return self._write("subscriptions.subscriptions_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/subscriptions/{id}`` (subscriptions_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptions-_id_
        """
        return self._call("subscriptions.subscriptions_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_localizations: str | Sequence[str] | None = None,
        fields_subscription_app_store_review_screenshots: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_subscription_introductory_offers: str | Sequence[str] | None = None,
        fields_subscription_promotional_offers: str | Sequence[str] | None = None,
        fields_subscription_offer_codes: str | Sequence[str] | None = None,
        fields_subscription_prices: str | Sequence[str] | None = None,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_subscription_availabilities: str | Sequence[str] | None = None,
        fields_win_back_offers: str | Sequence[str] | None = None,
        fields_subscription_images: str | Sequence[str] | None = None,
        fields_subscription_plan_availabilities: str | Sequence[str] | None = None,
        fields_subscription_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_images: int | None = None,
        limit_introductory_offers: int | None = None,
        limit_offer_codes: int | None = None,
        limit_plan_availabilities: int | None = None,
        limit_prices: int | None = None,
        limit_promotional_offers: int | None = None,
        limit_subscription_localizations: int | None = None,
        limit_versions: int | None = None,
        limit_win_back_offers: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionResponse:
        """One request.

        ``GET /v1/subscriptions/{id}`` (subscriptions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_
        """
        return self._call("subscriptions.subscriptions_get_instance", locals())

    def get_app_store_review_screenshot(
        self,
        id: str,
        /,
        *,
        fields_subscription_app_store_review_screenshots: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionAppStoreReviewScreenshotResponse:
        """One request.

        ``GET /v1/subscriptions/{id}/appStoreReviewScreenshot`` (subscriptions_appStoreReviewScreenshot_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-appstorereviewscreenshot
        """
        return self._call(
            "subscriptions.subscriptions_app_store_review_screenshot_get_to_one_related", locals()
        )

    def get_app_store_review_screenshot_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> SubscriptionAppStoreReviewScreenshotLinkageResponse:
        """One request.

        ``GET /v1/subscriptions/{id}/relationships/appStoreReviewScreenshot`` (subscriptions_appStoreReviewScreenshot_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-appstorereviewscreenshot
        """
        return self._call(
            "subscriptions.subscriptions_app_store_review_screenshot_get_to_one_relationship", locals()
        )

    def get_promoted_purchase(
        self,
        id: str,
        /,
        *,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> PromotedPurchaseResponse:
        """One request.

        ``GET /v1/subscriptions/{id}/promotedPurchase`` (subscriptions_promotedPurchase_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-promotedpurchase
        """
        return self._call("subscriptions.subscriptions_promoted_purchase_get_to_one_related", locals())

    def get_promoted_purchase_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> SubscriptionPromotedPurchaseLinkageResponse:
        """One request.

        ``GET /v1/subscriptions/{id}/relationships/promotedPurchase`` (subscriptions_promotedPurchase_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-promotedpurchase
        """
        return self._call("subscriptions.subscriptions_promoted_purchase_get_to_one_relationship", locals())

    def get_subscription_availability(
        self,
        id: str,
        /,
        *,
        fields_subscription_availabilities: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_available_territories: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionAvailabilityResponse:
        """One request.

        ``GET /v1/subscriptions/{id}/subscriptionAvailability`` (subscriptions_subscriptionAvailability_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-subscriptionavailability
        """
        return self._call(
            "subscriptions.subscriptions_subscription_availability_get_to_one_related", locals()
        )

    def get_subscription_availability_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> SubscriptionSubscriptionAvailabilityLinkageResponse:
        """One request.

        ``GET /v1/subscriptions/{id}/relationships/subscriptionAvailability`` (subscriptions_subscriptionAvailability_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-subscriptionavailability
        """
        return self._call(
            "subscriptions.subscriptions_subscription_availability_get_to_one_relationship", locals()
        )

    def list_images(
        self,
        id: str,
        /,
        *,
        fields_subscription_images: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionImage]:
        """Every SubscriptionImage across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/images`` (subscriptions_images_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-images
        """
        return self._paginate("subscriptions.subscriptions_images_get_to_many_related", locals())

    def list_images_page(
        self,
        id: str,
        /,
        *,
        fields_subscription_images: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionImagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/images`` (subscriptions_images_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-images
        """
        return self._call("subscriptions.subscriptions_images_get_to_many_related", locals())

    def list_images_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionImagesLinkagesResponseDataItem]:
        """Every SubscriptionImagesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/relationships/images`` (subscriptions_images_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-images
        """
        return self._paginate("subscriptions.subscriptions_images_get_to_many_relationship", locals())

    def list_images_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionImagesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/relationships/images`` (subscriptions_images_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-images
        """
        return self._call("subscriptions.subscriptions_images_get_to_many_relationship", locals())

    def list_introductory_offers(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_subscription_introductory_offers: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionIntroductoryOffer]:
        """Every SubscriptionIntroductoryOffer across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/introductoryOffers`` (subscriptions_introductoryOffers_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-introductoryoffers
        """
        return self._paginate("subscriptions.subscriptions_introductory_offers_get_to_many_related", locals())

    def list_introductory_offers_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_subscription_introductory_offers: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionIntroductoryOffersResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/introductoryOffers`` (subscriptions_introductoryOffers_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-introductoryoffers
        """
        return self._call("subscriptions.subscriptions_introductory_offers_get_to_many_related", locals())

    def list_introductory_offers_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionIntroductoryOffersLinkagesResponseDataItem]:
        """Every SubscriptionIntroductoryOffersLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/relationships/introductoryOffers`` (subscriptions_introductoryOffers_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-introductoryoffers
        """
        return self._paginate(
            "subscriptions.subscriptions_introductory_offers_get_to_many_relationship", locals()
        )

    def list_introductory_offers_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionIntroductoryOffersLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/relationships/introductoryOffers`` (subscriptions_introductoryOffers_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-introductoryoffers
        """
        return self._call(
            "subscriptions.subscriptions_introductory_offers_get_to_many_relationship", locals()
        )

    def list_offer_codes(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_subscription_offer_codes: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_offer_code_one_time_use_codes: str | Sequence[str] | None = None,
        fields_subscription_offer_code_custom_codes: str | Sequence[str] | None = None,
        fields_subscription_offer_code_prices: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_one_time_use_codes: int | None = None,
        limit_custom_codes: int | None = None,
        limit_prices: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionOfferCode]:
        """Every SubscriptionOfferCode across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/offerCodes`` (subscriptions_offerCodes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-offercodes
        """
        return self._paginate("subscriptions.subscriptions_offer_codes_get_to_many_related", locals())

    def list_offer_codes_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_subscription_offer_codes: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_offer_code_one_time_use_codes: str | Sequence[str] | None = None,
        fields_subscription_offer_code_custom_codes: str | Sequence[str] | None = None,
        fields_subscription_offer_code_prices: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_one_time_use_codes: int | None = None,
        limit_custom_codes: int | None = None,
        limit_prices: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/offerCodes`` (subscriptions_offerCodes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-offercodes
        """
        return self._call("subscriptions.subscriptions_offer_codes_get_to_many_related", locals())

    def list_offer_codes_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionOfferCodesLinkagesResponseDataItem]:
        """Every SubscriptionOfferCodesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/relationships/offerCodes`` (subscriptions_offerCodes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-offercodes
        """
        return self._paginate("subscriptions.subscriptions_offer_codes_get_to_many_relationship", locals())

    def list_offer_codes_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/relationships/offerCodes`` (subscriptions_offerCodes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-offercodes
        """
        return self._call("subscriptions.subscriptions_offer_codes_get_to_many_relationship", locals())

    def list_plan_availabilities(
        self,
        id: str,
        /,
        *,
        fields_subscription_plan_availabilities: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_available_territories: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionPlanAvailability]:
        """Every SubscriptionPlanAvailability across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/planAvailabilities`` (subscriptions_planAvailabilities_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-planavailabilities
        """
        return self._paginate("subscriptions.subscriptions_plan_availabilities_get_to_many_related", locals())

    def list_plan_availabilities_page(
        self,
        id: str,
        /,
        *,
        fields_subscription_plan_availabilities: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_available_territories: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPlanAvailabilitiesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/planAvailabilities`` (subscriptions_planAvailabilities_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-planavailabilities
        """
        return self._call("subscriptions.subscriptions_plan_availabilities_get_to_many_related", locals())

    def list_plan_availabilities_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionPlanAvailabilitiesLinkagesResponseDataItem]:
        """Every SubscriptionPlanAvailabilitiesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/relationships/planAvailabilities`` (subscriptions_planAvailabilities_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-planavailabilities
        """
        return self._paginate(
            "subscriptions.subscriptions_plan_availabilities_get_to_many_relationship", locals()
        )

    def list_plan_availabilities_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPlanAvailabilitiesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/relationships/planAvailabilities`` (subscriptions_planAvailabilities_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-planavailabilities
        """
        return self._call(
            "subscriptions.subscriptions_plan_availabilities_get_to_many_relationship", locals()
        )

    def list_price_points(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        filter_upfront_price_point_id: str | Sequence[str] | None = None,
        filter_plan_type: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionPricePoint]:
        """Every SubscriptionPricePoint across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/pricePoints`` (subscriptions_pricePoints_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-pricepoints
        """
        return self._paginate("subscriptions.subscriptions_price_points_get_to_many_related", locals())

    def list_price_points_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        filter_upfront_price_point_id: str | Sequence[str] | None = None,
        filter_plan_type: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPricePointsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/pricePoints`` (subscriptions_pricePoints_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-pricepoints
        """
        return self._call("subscriptions.subscriptions_price_points_get_to_many_related", locals())

    def list_price_points_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionPricePointsLinkagesResponseDataItem]:
        """Every SubscriptionPricePointsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/relationships/pricePoints`` (subscriptions_pricePoints_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-pricepoints
        """
        return self._paginate("subscriptions.subscriptions_price_points_get_to_many_relationship", locals())

    def list_price_points_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPricePointsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/relationships/pricePoints`` (subscriptions_pricePoints_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-pricepoints
        """
        return self._call("subscriptions.subscriptions_price_points_get_to_many_relationship", locals())

    def list_prices(
        self,
        id: str,
        /,
        *,
        filter_plan_type: str | Sequence[str] | None = None,
        filter_subscription_price_point: str | Sequence[str] | None = None,
        filter_territory: str | Sequence[str] | None = None,
        fields_subscription_prices: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionPrice]:
        """Every SubscriptionPrice across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/prices`` (subscriptions_prices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-prices
        """
        return self._paginate("subscriptions.subscriptions_prices_get_to_many_related", locals())

    def list_prices_page(
        self,
        id: str,
        /,
        *,
        filter_plan_type: str | Sequence[str] | None = None,
        filter_subscription_price_point: str | Sequence[str] | None = None,
        filter_territory: str | Sequence[str] | None = None,
        fields_subscription_prices: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPricesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/prices`` (subscriptions_prices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-prices
        """
        return self._call("subscriptions.subscriptions_prices_get_to_many_related", locals())

    def list_prices_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionPricesLinkagesResponseDataItem]:
        """Every SubscriptionPricesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/relationships/prices`` (subscriptions_prices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-prices
        """
        return self._paginate("subscriptions.subscriptions_prices_get_to_many_relationship", locals())

    def list_prices_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPricesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/relationships/prices`` (subscriptions_prices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-prices
        """
        return self._call("subscriptions.subscriptions_prices_get_to_many_relationship", locals())

    def list_promotional_offers(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_subscription_promotional_offers: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_promotional_offer_prices: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_prices: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionPromotionalOffer]:
        """Every SubscriptionPromotionalOffer across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/promotionalOffers`` (subscriptions_promotionalOffers_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-promotionaloffers
        """
        return self._paginate("subscriptions.subscriptions_promotional_offers_get_to_many_related", locals())

    def list_promotional_offers_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_subscription_promotional_offers: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_promotional_offer_prices: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_prices: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPromotionalOffersResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/promotionalOffers`` (subscriptions_promotionalOffers_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-promotionaloffers
        """
        return self._call("subscriptions.subscriptions_promotional_offers_get_to_many_related", locals())

    def list_promotional_offers_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionPromotionalOffersLinkagesResponseDataItem]:
        """Every SubscriptionPromotionalOffersLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/relationships/promotionalOffers`` (subscriptions_promotionalOffers_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-promotionaloffers
        """
        return self._paginate(
            "subscriptions.subscriptions_promotional_offers_get_to_many_relationship", locals()
        )

    def list_promotional_offers_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPromotionalOffersLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/relationships/promotionalOffers`` (subscriptions_promotionalOffers_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-promotionaloffers
        """
        return self._call("subscriptions.subscriptions_promotional_offers_get_to_many_relationship", locals())

    def list_subscription_localizations(
        self,
        id: str,
        /,
        *,
        fields_subscription_localizations: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionLocalization]:
        """Every SubscriptionLocalization across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/subscriptionLocalizations`` (subscriptions_subscriptionLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-subscriptionlocalizations
        """
        return self._paginate(
            "subscriptions.subscriptions_subscription_localizations_get_to_many_related", locals()
        )

    def list_subscription_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_subscription_localizations: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/subscriptionLocalizations`` (subscriptions_subscriptionLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-subscriptionlocalizations
        """
        return self._call(
            "subscriptions.subscriptions_subscription_localizations_get_to_many_related", locals()
        )

    def list_subscription_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionSubscriptionLocalizationsLinkagesResponseDataItem]:
        """Every SubscriptionSubscriptionLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/relationships/subscriptionLocalizations`` (subscriptions_subscriptionLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-subscriptionlocalizations
        """
        return self._paginate(
            "subscriptions.subscriptions_subscription_localizations_get_to_many_relationship", locals()
        )

    def list_subscription_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionSubscriptionLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/relationships/subscriptionLocalizations`` (subscriptions_subscriptionLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-subscriptionlocalizations
        """
        return self._call(
            "subscriptions.subscriptions_subscription_localizations_get_to_many_relationship", locals()
        )

    def list_versions(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_subscription_versions: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_images: str | Sequence[str] | None = None,
        fields_subscription_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_images: int | None = None,
        limit_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionVersion]:
        """Every SubscriptionVersion across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/versions`` (subscriptions_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-versions
        """
        return self._paginate("subscriptions.subscriptions_versions_get_to_many_related", locals())

    def list_versions_page(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_subscription_versions: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_images: str | Sequence[str] | None = None,
        fields_subscription_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_images: int | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/versions`` (subscriptions_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-versions
        """
        return self._call("subscriptions.subscriptions_versions_get_to_many_related", locals())

    def list_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionVersionsLinkagesResponseDataItem]:
        """Every SubscriptionVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/relationships/versions`` (subscriptions_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-versions
        """
        return self._paginate("subscriptions.subscriptions_versions_get_to_many_relationship", locals())

    def list_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/relationships/versions`` (subscriptions_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-versions
        """
        return self._call("subscriptions.subscriptions_versions_get_to_many_relationship", locals())

    def list_win_back_offers(
        self,
        id: str,
        /,
        *,
        fields_win_back_offers: str | Sequence[str] | None = None,
        fields_win_back_offer_prices: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_prices: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[WinBackOffer]:
        """Every WinBackOffer across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/winBackOffers`` (subscriptions_winBackOffers_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-winbackoffers
        """
        return self._paginate("subscriptions.subscriptions_win_back_offers_get_to_many_related", locals())

    def list_win_back_offers_page(
        self,
        id: str,
        /,
        *,
        fields_win_back_offers: str | Sequence[str] | None = None,
        fields_win_back_offer_prices: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_prices: int | None = None,
        timeout: Timeout = None,
    ) -> WinBackOffersResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/winBackOffers`` (subscriptions_winBackOffers_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-winbackoffers
        """
        return self._call("subscriptions.subscriptions_win_back_offers_get_to_many_related", locals())

    def list_win_back_offers_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionWinBackOffersLinkagesResponseDataItem]:
        """Every SubscriptionWinBackOffersLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/relationships/winBackOffers`` (subscriptions_winBackOffers_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-winbackoffers
        """
        return self._paginate(
            "subscriptions.subscriptions_win_back_offers_get_to_many_relationship", locals()
        )

    def list_win_back_offers_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionWinBackOffersLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/relationships/winBackOffers`` (subscriptions_winBackOffers_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-winbackoffers
        """
        return self._call("subscriptions.subscriptions_win_back_offers_get_to_many_relationship", locals())

    def remove_introductory_offers(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/subscriptions/{id}/relationships/introductoryOffers`` (subscriptions_introductoryOffers_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptions-_id_-relationships-introductoryoffers
        """
        return self._link_many(
            "subscriptions.subscriptions_introductory_offers_delete_to_many_relationship",
            locals(),
            "subscriptionIntroductoryOffers",
        )

    def remove_prices(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/subscriptions/{id}/relationships/prices`` (subscriptions_prices_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptions-_id_-relationships-prices
        """
        return self._link_many(
            "subscriptions.subscriptions_prices_delete_to_many_relationship", locals(), "subscriptionPrices"
        )

    def update(
        self,
        id: str,
        /,
        body: SubscriptionUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        family_sharable: bool | None | Unset = UNSET,
        subscription_period: str | None | Unset = UNSET,
        review_note: str | None | Unset = UNSET,
        group_level: int | None | Unset = UNSET,
        introductory_offers: str | Sequence[str] | None | Unset = UNSET,
        promotional_offers: str | Sequence[str] | None | Unset = UNSET,
        prices: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/subscriptions/{id}`` (subscriptions_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptions-_id_
        """
        return self._write("subscriptions.subscriptions_update_instance", locals(), _UPDATE_BODY)


class AsyncSubscriptions(AsyncResource):
    """`asc.subscriptions` (async)."""

    async def create(
        self,
        /,
        body: SubscriptionCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        product_id: str | Unset = UNSET,
        family_sharable: bool | None | Unset = UNSET,
        subscription_period: str | None | Unset = UNSET,
        review_note: str | None | Unset = UNSET,
        group_level: int | None | Unset = UNSET,
        group: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptions`` (subscriptions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptions
        """
        return await self._write("subscriptions.subscriptions_create_instance", locals(), _CREATE_BODY)

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/subscriptions/{id}`` (subscriptions_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptions-_id_
        """
        return await self._call("subscriptions.subscriptions_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_localizations: str | Sequence[str] | None = None,
        fields_subscription_app_store_review_screenshots: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_subscription_introductory_offers: str | Sequence[str] | None = None,
        fields_subscription_promotional_offers: str | Sequence[str] | None = None,
        fields_subscription_offer_codes: str | Sequence[str] | None = None,
        fields_subscription_prices: str | Sequence[str] | None = None,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_subscription_availabilities: str | Sequence[str] | None = None,
        fields_win_back_offers: str | Sequence[str] | None = None,
        fields_subscription_images: str | Sequence[str] | None = None,
        fields_subscription_plan_availabilities: str | Sequence[str] | None = None,
        fields_subscription_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_images: int | None = None,
        limit_introductory_offers: int | None = None,
        limit_offer_codes: int | None = None,
        limit_plan_availabilities: int | None = None,
        limit_prices: int | None = None,
        limit_promotional_offers: int | None = None,
        limit_subscription_localizations: int | None = None,
        limit_versions: int | None = None,
        limit_win_back_offers: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionResponse:
        """One request.

        ``GET /v1/subscriptions/{id}`` (subscriptions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_
        """
        return await self._call("subscriptions.subscriptions_get_instance", locals())

    async def get_app_store_review_screenshot(
        self,
        id: str,
        /,
        *,
        fields_subscription_app_store_review_screenshots: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionAppStoreReviewScreenshotResponse:
        """One request.

        ``GET /v1/subscriptions/{id}/appStoreReviewScreenshot`` (subscriptions_appStoreReviewScreenshot_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-appstorereviewscreenshot
        """
        return await self._call(
            "subscriptions.subscriptions_app_store_review_screenshot_get_to_one_related", locals()
        )

    async def get_app_store_review_screenshot_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> SubscriptionAppStoreReviewScreenshotLinkageResponse:
        """One request.

        ``GET /v1/subscriptions/{id}/relationships/appStoreReviewScreenshot`` (subscriptions_appStoreReviewScreenshot_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-appstorereviewscreenshot
        """
        return await self._call(
            "subscriptions.subscriptions_app_store_review_screenshot_get_to_one_relationship", locals()
        )

    async def get_promoted_purchase(
        self,
        id: str,
        /,
        *,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> PromotedPurchaseResponse:
        """One request.

        ``GET /v1/subscriptions/{id}/promotedPurchase`` (subscriptions_promotedPurchase_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-promotedpurchase
        """
        return await self._call("subscriptions.subscriptions_promoted_purchase_get_to_one_related", locals())

    async def get_promoted_purchase_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> SubscriptionPromotedPurchaseLinkageResponse:
        """One request.

        ``GET /v1/subscriptions/{id}/relationships/promotedPurchase`` (subscriptions_promotedPurchase_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-promotedpurchase
        """
        return await self._call(
            "subscriptions.subscriptions_promoted_purchase_get_to_one_relationship", locals()
        )

    async def get_subscription_availability(
        self,
        id: str,
        /,
        *,
        fields_subscription_availabilities: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_available_territories: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionAvailabilityResponse:
        """One request.

        ``GET /v1/subscriptions/{id}/subscriptionAvailability`` (subscriptions_subscriptionAvailability_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-subscriptionavailability
        """
        return await self._call(
            "subscriptions.subscriptions_subscription_availability_get_to_one_related", locals()
        )

    async def get_subscription_availability_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> SubscriptionSubscriptionAvailabilityLinkageResponse:
        """One request.

        ``GET /v1/subscriptions/{id}/relationships/subscriptionAvailability`` (subscriptions_subscriptionAvailability_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-subscriptionavailability
        """
        return await self._call(
            "subscriptions.subscriptions_subscription_availability_get_to_one_relationship", locals()
        )

    def list_images(
        self,
        id: str,
        /,
        *,
        fields_subscription_images: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionImage]:
        """Every SubscriptionImage across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/images`` (subscriptions_images_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-images
        """
        return self._paginate("subscriptions.subscriptions_images_get_to_many_related", locals())

    async def list_images_page(
        self,
        id: str,
        /,
        *,
        fields_subscription_images: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionImagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/images`` (subscriptions_images_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-images
        """
        return await self._call("subscriptions.subscriptions_images_get_to_many_related", locals())

    def list_images_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionImagesLinkagesResponseDataItem]:
        """Every SubscriptionImagesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/relationships/images`` (subscriptions_images_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-images
        """
        return self._paginate("subscriptions.subscriptions_images_get_to_many_relationship", locals())

    async def list_images_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionImagesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/relationships/images`` (subscriptions_images_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-images
        """
        return await self._call("subscriptions.subscriptions_images_get_to_many_relationship", locals())

    def list_introductory_offers(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_subscription_introductory_offers: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionIntroductoryOffer]:
        """Every SubscriptionIntroductoryOffer across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/introductoryOffers`` (subscriptions_introductoryOffers_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-introductoryoffers
        """
        return self._paginate("subscriptions.subscriptions_introductory_offers_get_to_many_related", locals())

    async def list_introductory_offers_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_subscription_introductory_offers: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionIntroductoryOffersResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/introductoryOffers`` (subscriptions_introductoryOffers_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-introductoryoffers
        """
        return await self._call(
            "subscriptions.subscriptions_introductory_offers_get_to_many_related", locals()
        )

    def list_introductory_offers_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionIntroductoryOffersLinkagesResponseDataItem]:
        """Every SubscriptionIntroductoryOffersLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/relationships/introductoryOffers`` (subscriptions_introductoryOffers_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-introductoryoffers
        """
        return self._paginate(
            "subscriptions.subscriptions_introductory_offers_get_to_many_relationship", locals()
        )

    async def list_introductory_offers_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionIntroductoryOffersLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/relationships/introductoryOffers`` (subscriptions_introductoryOffers_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-introductoryoffers
        """
        return await self._call(
            "subscriptions.subscriptions_introductory_offers_get_to_many_relationship", locals()
        )

    def list_offer_codes(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_subscription_offer_codes: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_offer_code_one_time_use_codes: str | Sequence[str] | None = None,
        fields_subscription_offer_code_custom_codes: str | Sequence[str] | None = None,
        fields_subscription_offer_code_prices: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_one_time_use_codes: int | None = None,
        limit_custom_codes: int | None = None,
        limit_prices: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionOfferCode]:
        """Every SubscriptionOfferCode across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/offerCodes`` (subscriptions_offerCodes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-offercodes
        """
        return self._paginate("subscriptions.subscriptions_offer_codes_get_to_many_related", locals())

    async def list_offer_codes_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_subscription_offer_codes: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_offer_code_one_time_use_codes: str | Sequence[str] | None = None,
        fields_subscription_offer_code_custom_codes: str | Sequence[str] | None = None,
        fields_subscription_offer_code_prices: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_one_time_use_codes: int | None = None,
        limit_custom_codes: int | None = None,
        limit_prices: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/offerCodes`` (subscriptions_offerCodes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-offercodes
        """
        return await self._call("subscriptions.subscriptions_offer_codes_get_to_many_related", locals())

    def list_offer_codes_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionOfferCodesLinkagesResponseDataItem]:
        """Every SubscriptionOfferCodesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/relationships/offerCodes`` (subscriptions_offerCodes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-offercodes
        """
        return self._paginate("subscriptions.subscriptions_offer_codes_get_to_many_relationship", locals())

    async def list_offer_codes_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionOfferCodesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/relationships/offerCodes`` (subscriptions_offerCodes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-offercodes
        """
        return await self._call("subscriptions.subscriptions_offer_codes_get_to_many_relationship", locals())

    def list_plan_availabilities(
        self,
        id: str,
        /,
        *,
        fields_subscription_plan_availabilities: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_available_territories: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionPlanAvailability]:
        """Every SubscriptionPlanAvailability across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/planAvailabilities`` (subscriptions_planAvailabilities_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-planavailabilities
        """
        return self._paginate("subscriptions.subscriptions_plan_availabilities_get_to_many_related", locals())

    async def list_plan_availabilities_page(
        self,
        id: str,
        /,
        *,
        fields_subscription_plan_availabilities: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_available_territories: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPlanAvailabilitiesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/planAvailabilities`` (subscriptions_planAvailabilities_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-planavailabilities
        """
        return await self._call(
            "subscriptions.subscriptions_plan_availabilities_get_to_many_related", locals()
        )

    def list_plan_availabilities_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionPlanAvailabilitiesLinkagesResponseDataItem]:
        """Every SubscriptionPlanAvailabilitiesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/relationships/planAvailabilities`` (subscriptions_planAvailabilities_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-planavailabilities
        """
        return self._paginate(
            "subscriptions.subscriptions_plan_availabilities_get_to_many_relationship", locals()
        )

    async def list_plan_availabilities_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPlanAvailabilitiesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/relationships/planAvailabilities`` (subscriptions_planAvailabilities_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-planavailabilities
        """
        return await self._call(
            "subscriptions.subscriptions_plan_availabilities_get_to_many_relationship", locals()
        )

    def list_price_points(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        filter_upfront_price_point_id: str | Sequence[str] | None = None,
        filter_plan_type: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionPricePoint]:
        """Every SubscriptionPricePoint across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/pricePoints`` (subscriptions_pricePoints_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-pricepoints
        """
        return self._paginate("subscriptions.subscriptions_price_points_get_to_many_related", locals())

    async def list_price_points_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        filter_upfront_price_point_id: str | Sequence[str] | None = None,
        filter_plan_type: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPricePointsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/pricePoints`` (subscriptions_pricePoints_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-pricepoints
        """
        return await self._call("subscriptions.subscriptions_price_points_get_to_many_related", locals())

    def list_price_points_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionPricePointsLinkagesResponseDataItem]:
        """Every SubscriptionPricePointsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/relationships/pricePoints`` (subscriptions_pricePoints_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-pricepoints
        """
        return self._paginate("subscriptions.subscriptions_price_points_get_to_many_relationship", locals())

    async def list_price_points_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPricePointsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/relationships/pricePoints`` (subscriptions_pricePoints_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-pricepoints
        """
        return await self._call("subscriptions.subscriptions_price_points_get_to_many_relationship", locals())

    def list_prices(
        self,
        id: str,
        /,
        *,
        filter_plan_type: str | Sequence[str] | None = None,
        filter_subscription_price_point: str | Sequence[str] | None = None,
        filter_territory: str | Sequence[str] | None = None,
        fields_subscription_prices: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionPrice]:
        """Every SubscriptionPrice across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/prices`` (subscriptions_prices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-prices
        """
        return self._paginate("subscriptions.subscriptions_prices_get_to_many_related", locals())

    async def list_prices_page(
        self,
        id: str,
        /,
        *,
        filter_plan_type: str | Sequence[str] | None = None,
        filter_subscription_price_point: str | Sequence[str] | None = None,
        filter_territory: str | Sequence[str] | None = None,
        fields_subscription_prices: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPricesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/prices`` (subscriptions_prices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-prices
        """
        return await self._call("subscriptions.subscriptions_prices_get_to_many_related", locals())

    def list_prices_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionPricesLinkagesResponseDataItem]:
        """Every SubscriptionPricesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/relationships/prices`` (subscriptions_prices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-prices
        """
        return self._paginate("subscriptions.subscriptions_prices_get_to_many_relationship", locals())

    async def list_prices_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPricesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/relationships/prices`` (subscriptions_prices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-prices
        """
        return await self._call("subscriptions.subscriptions_prices_get_to_many_relationship", locals())

    def list_promotional_offers(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_subscription_promotional_offers: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_promotional_offer_prices: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_prices: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionPromotionalOffer]:
        """Every SubscriptionPromotionalOffer across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/promotionalOffers`` (subscriptions_promotionalOffers_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-promotionaloffers
        """
        return self._paginate("subscriptions.subscriptions_promotional_offers_get_to_many_related", locals())

    async def list_promotional_offers_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_subscription_promotional_offers: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_promotional_offer_prices: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_prices: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPromotionalOffersResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/promotionalOffers`` (subscriptions_promotionalOffers_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-promotionaloffers
        """
        return await self._call(
            "subscriptions.subscriptions_promotional_offers_get_to_many_related", locals()
        )

    def list_promotional_offers_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionPromotionalOffersLinkagesResponseDataItem]:
        """Every SubscriptionPromotionalOffersLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/relationships/promotionalOffers`` (subscriptions_promotionalOffers_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-promotionaloffers
        """
        return self._paginate(
            "subscriptions.subscriptions_promotional_offers_get_to_many_relationship", locals()
        )

    async def list_promotional_offers_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPromotionalOffersLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/relationships/promotionalOffers`` (subscriptions_promotionalOffers_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-promotionaloffers
        """
        return await self._call(
            "subscriptions.subscriptions_promotional_offers_get_to_many_relationship", locals()
        )

    def list_subscription_localizations(
        self,
        id: str,
        /,
        *,
        fields_subscription_localizations: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionLocalization]:
        """Every SubscriptionLocalization across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/subscriptionLocalizations`` (subscriptions_subscriptionLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-subscriptionlocalizations
        """
        return self._paginate(
            "subscriptions.subscriptions_subscription_localizations_get_to_many_related", locals()
        )

    async def list_subscription_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_subscription_localizations: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/subscriptionLocalizations`` (subscriptions_subscriptionLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-subscriptionlocalizations
        """
        return await self._call(
            "subscriptions.subscriptions_subscription_localizations_get_to_many_related", locals()
        )

    def list_subscription_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionSubscriptionLocalizationsLinkagesResponseDataItem]:
        """Every SubscriptionSubscriptionLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/relationships/subscriptionLocalizations`` (subscriptions_subscriptionLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-subscriptionlocalizations
        """
        return self._paginate(
            "subscriptions.subscriptions_subscription_localizations_get_to_many_relationship", locals()
        )

    async def list_subscription_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionSubscriptionLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/relationships/subscriptionLocalizations`` (subscriptions_subscriptionLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-subscriptionlocalizations
        """
        return await self._call(
            "subscriptions.subscriptions_subscription_localizations_get_to_many_relationship", locals()
        )

    def list_versions(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_subscription_versions: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_images: str | Sequence[str] | None = None,
        fields_subscription_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_images: int | None = None,
        limit_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionVersion]:
        """Every SubscriptionVersion across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/versions`` (subscriptions_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-versions
        """
        return self._paginate("subscriptions.subscriptions_versions_get_to_many_related", locals())

    async def list_versions_page(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_subscription_versions: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_images: str | Sequence[str] | None = None,
        fields_subscription_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_images: int | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/versions`` (subscriptions_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-versions
        """
        return await self._call("subscriptions.subscriptions_versions_get_to_many_related", locals())

    def list_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionVersionsLinkagesResponseDataItem]:
        """Every SubscriptionVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/relationships/versions`` (subscriptions_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-versions
        """
        return self._paginate("subscriptions.subscriptions_versions_get_to_many_relationship", locals())

    async def list_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/relationships/versions`` (subscriptions_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-versions
        """
        return await self._call("subscriptions.subscriptions_versions_get_to_many_relationship", locals())

    def list_win_back_offers(
        self,
        id: str,
        /,
        *,
        fields_win_back_offers: str | Sequence[str] | None = None,
        fields_win_back_offer_prices: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_prices: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[WinBackOffer]:
        """Every WinBackOffer across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/winBackOffers`` (subscriptions_winBackOffers_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-winbackoffers
        """
        return self._paginate("subscriptions.subscriptions_win_back_offers_get_to_many_related", locals())

    async def list_win_back_offers_page(
        self,
        id: str,
        /,
        *,
        fields_win_back_offers: str | Sequence[str] | None = None,
        fields_win_back_offer_prices: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_prices: int | None = None,
        timeout: Timeout = None,
    ) -> WinBackOffersResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/winBackOffers`` (subscriptions_winBackOffers_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-winbackoffers
        """
        return await self._call("subscriptions.subscriptions_win_back_offers_get_to_many_related", locals())

    def list_win_back_offers_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionWinBackOffersLinkagesResponseDataItem]:
        """Every SubscriptionWinBackOffersLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptions/{id}/relationships/winBackOffers`` (subscriptions_winBackOffers_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-winbackoffers
        """
        return self._paginate(
            "subscriptions.subscriptions_win_back_offers_get_to_many_relationship", locals()
        )

    async def list_win_back_offers_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionWinBackOffersLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptions/{id}/relationships/winBackOffers`` (subscriptions_winBackOffers_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-relationships-winbackoffers
        """
        return await self._call(
            "subscriptions.subscriptions_win_back_offers_get_to_many_relationship", locals()
        )

    async def remove_introductory_offers(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/subscriptions/{id}/relationships/introductoryOffers`` (subscriptions_introductoryOffers_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptions-_id_-relationships-introductoryoffers
        """
        return await self._link_many(
            "subscriptions.subscriptions_introductory_offers_delete_to_many_relationship",
            locals(),
            "subscriptionIntroductoryOffers",
        )

    async def remove_prices(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/subscriptions/{id}/relationships/prices`` (subscriptions_prices_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptions-_id_-relationships-prices
        """
        return await self._link_many(
            "subscriptions.subscriptions_prices_delete_to_many_relationship", locals(), "subscriptionPrices"
        )

    async def update(
        self,
        id: str,
        /,
        body: SubscriptionUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        family_sharable: bool | None | Unset = UNSET,
        subscription_period: str | None | Unset = UNSET,
        review_note: str | None | Unset = UNSET,
        group_level: int | None | Unset = UNSET,
        introductory_offers: str | Sequence[str] | None | Unset = UNSET,
        promotional_offers: str | Sequence[str] | None | Unset = UNSET,
        prices: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/subscriptions/{id}`` (subscriptions_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptions-_id_
        """
        return await self._write("subscriptions.subscriptions_update_instance", locals(), _UPDATE_BODY)
