"""`asc.in_app_purchases_v2`: the operations on in_app_purchases_v2 (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.in_app_purchase_app_store_review_screenshot_response import (
        InAppPurchaseAppStoreReviewScreenshotResponse,
    )
    from ..models.in_app_purchase_availability_response import InAppPurchaseAvailabilityResponse
    from ..models.in_app_purchase_content_response import InAppPurchaseContentResponse
    from ..models.in_app_purchase_image import InAppPurchaseImage
    from ..models.in_app_purchase_images_response import InAppPurchaseImagesResponse
    from ..models.in_app_purchase_localization import InAppPurchaseLocalization
    from ..models.in_app_purchase_localizations_response import InAppPurchaseLocalizationsResponse
    from ..models.in_app_purchase_offer_code import InAppPurchaseOfferCode
    from ..models.in_app_purchase_offer_codes_response import InAppPurchaseOfferCodesResponse
    from ..models.in_app_purchase_price_point import InAppPurchasePricePoint
    from ..models.in_app_purchase_price_points_response import InAppPurchasePricePointsResponse
    from ..models.in_app_purchase_price_schedule_response import InAppPurchasePriceScheduleResponse
    from ..models.in_app_purchase_v2_app_store_review_screenshot_linkage_response import (
        InAppPurchaseV2AppStoreReviewScreenshotLinkageResponse,
    )
    from ..models.in_app_purchase_v2_content_linkage_response import InAppPurchaseV2ContentLinkageResponse
    from ..models.in_app_purchase_v2_create_request import InAppPurchaseV2CreateRequest
    from ..models.in_app_purchase_v2_iap_price_schedule_linkage_response import (
        InAppPurchaseV2IapPriceScheduleLinkageResponse,
    )
    from ..models.in_app_purchase_v2_images_linkages_response import InAppPurchaseV2ImagesLinkagesResponse
    from ..models.in_app_purchase_v2_images_linkages_response_data_item import (
        InAppPurchaseV2ImagesLinkagesResponseDataItem,
    )
    from ..models.in_app_purchase_v2_in_app_purchase_availability_linkage_response import (
        InAppPurchaseV2InAppPurchaseAvailabilityLinkageResponse,
    )
    from ..models.in_app_purchase_v2_in_app_purchase_localizations_linkages_response import (
        InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse,
    )
    from ..models.in_app_purchase_v2_in_app_purchase_localizations_linkages_response_data_item import (
        InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponseDataItem,
    )
    from ..models.in_app_purchase_v2_offer_codes_linkages_response import (
        InAppPurchaseV2OfferCodesLinkagesResponse,
    )
    from ..models.in_app_purchase_v2_offer_codes_linkages_response_data_item import (
        InAppPurchaseV2OfferCodesLinkagesResponseDataItem,
    )
    from ..models.in_app_purchase_v2_price_points_linkages_response import (
        InAppPurchaseV2PricePointsLinkagesResponse,
    )
    from ..models.in_app_purchase_v2_price_points_linkages_response_data_item import (
        InAppPurchaseV2PricePointsLinkagesResponseDataItem,
    )
    from ..models.in_app_purchase_v2_promoted_purchase_linkage_response import (
        InAppPurchaseV2PromotedPurchaseLinkageResponse,
    )
    from ..models.in_app_purchase_v2_response import InAppPurchaseV2Response
    from ..models.in_app_purchase_v2_update_request import InAppPurchaseV2UpdateRequest
    from ..models.in_app_purchase_v2_versions_linkages_response import InAppPurchaseV2VersionsLinkagesResponse
    from ..models.in_app_purchase_v2_versions_linkages_response_data_item import (
        InAppPurchaseV2VersionsLinkagesResponseDataItem,
    )
    from ..models.in_app_purchase_version import InAppPurchaseVersion
    from ..models.in_app_purchase_versions_response import InAppPurchaseVersionsResponse
    from ..models.promoted_purchase_response import PromotedPurchaseResponse

__all__ = ["AsyncInAppPurchasesV2", "InAppPurchasesV2"]

_CREATE_BODY = Body(
    "inAppPurchases",
    {
        "name": ("name", "string", True),
        "product_id": ("productId", "string", True),
        "in_app_purchase_type": ("inAppPurchaseType", "string", True),
        "review_note": ("reviewNote", "string", False),
        "family_sharable": ("familySharable", "boolean", False),
    },
    {"app": ("app", "apps", False, True)},
)
_UPDATE_BODY = Body(
    "inAppPurchases",
    {
        "name": ("name", "string", False),
        "review_note": ("reviewNote", "string", False),
        "family_sharable": ("familySharable", "boolean", False),
    },
    {},
)


class InAppPurchasesV2(SyncResource):
    """`asc.in_app_purchases_v2`."""

    def create(
        self,
        /,
        body: InAppPurchaseV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        product_id: str | Unset = UNSET,
        in_app_purchase_type: str | Unset = UNSET,
        review_note: str | None | Unset = UNSET,
        family_sharable: bool | None | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/inAppPurchases`` (inAppPurchasesV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-inapppurchases
        """
        return self._write("in_app_purchases.in_app_purchases_v2_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v2/inAppPurchases/{id}`` (inAppPurchasesV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-inapppurchases-_id_
        """
        return self._call("in_app_purchases.in_app_purchases_v2_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchase_localizations: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_points: str | Sequence[str] | None = None,
        fields_in_app_purchase_contents: str | Sequence[str] | None = None,
        fields_in_app_purchase_app_store_review_screenshots: str | Sequence[str] | None = None,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_schedules: str | Sequence[str] | None = None,
        fields_in_app_purchase_availabilities: str | Sequence[str] | None = None,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_codes: str | Sequence[str] | None = None,
        fields_in_app_purchase_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_images: int | None = None,
        limit_in_app_purchase_localizations: int | None = None,
        limit_offer_codes: int | None = None,
        limit_price_points: int | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2Response:
        """One request.

        ``GET /v2/inAppPurchases/{id}`` (inAppPurchasesV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_
        """
        return self._call("in_app_purchases.in_app_purchases_v2_get_instance", locals())

    def get_app_store_review_screenshot(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_app_store_review_screenshots: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseAppStoreReviewScreenshotResponse:
        """One request.

        ``GET /v2/inAppPurchases/{id}/appStoreReviewScreenshot`` (inAppPurchasesV2_appStoreReviewScreenshot_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-appstorereviewscreenshot
        """
        return self._call(
            "in_app_purchases.in_app_purchases_v2_app_store_review_screenshot_get_to_one_related", locals()
        )

    def get_app_store_review_screenshot_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2AppStoreReviewScreenshotLinkageResponse:
        """One request.

        ``GET /v2/inAppPurchases/{id}/relationships/appStoreReviewScreenshot`` (inAppPurchasesV2_appStoreReviewScreenshot_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-appstorereviewscreenshot
        """
        return self._call(
            "in_app_purchases.in_app_purchases_v2_app_store_review_screenshot_get_to_one_relationship",
            locals(),
        )

    def get_content(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_contents: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseContentResponse:
        """One request.

        ``GET /v2/inAppPurchases/{id}/content`` (inAppPurchasesV2_content_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-content
        """
        return self._call("in_app_purchases.in_app_purchases_v2_content_get_to_one_related", locals())

    def get_content_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2ContentLinkageResponse:
        """One request.

        ``GET /v2/inAppPurchases/{id}/relationships/content`` (inAppPurchasesV2_content_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-content
        """
        return self._call("in_app_purchases.in_app_purchases_v2_content_get_to_one_relationship", locals())

    def get_iap_price_schedule(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_price_schedules: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_in_app_purchase_prices: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_manual_prices: int | None = None,
        limit_automatic_prices: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchasePriceScheduleResponse:
        """One request.

        ``GET /v2/inAppPurchases/{id}/iapPriceSchedule`` (inAppPurchasesV2_iapPriceSchedule_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-iappriceschedule
        """
        return self._call(
            "in_app_purchases.in_app_purchases_v2_iap_price_schedule_get_to_one_related", locals()
        )

    def get_iap_price_schedule_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2IapPriceScheduleLinkageResponse:
        """One request.

        ``GET /v2/inAppPurchases/{id}/relationships/iapPriceSchedule`` (inAppPurchasesV2_iapPriceSchedule_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-iappriceschedule
        """
        return self._call(
            "in_app_purchases.in_app_purchases_v2_iap_price_schedule_get_to_one_relationship", locals()
        )

    def get_in_app_purchase_availability(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_availabilities: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_available_territories: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseAvailabilityResponse:
        """One request.

        ``GET /v2/inAppPurchases/{id}/inAppPurchaseAvailability`` (inAppPurchasesV2_inAppPurchaseAvailability_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-inapppurchaseavailability
        """
        return self._call(
            "in_app_purchases.in_app_purchases_v2_in_app_purchase_availability_get_to_one_related", locals()
        )

    def get_in_app_purchase_availability_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2InAppPurchaseAvailabilityLinkageResponse:
        """One request.

        ``GET /v2/inAppPurchases/{id}/relationships/inAppPurchaseAvailability`` (inAppPurchasesV2_inAppPurchaseAvailability_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-inapppurchaseavailability
        """
        return self._call(
            "in_app_purchases.in_app_purchases_v2_in_app_purchase_availability_get_to_one_relationship",
            locals(),
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

        ``GET /v2/inAppPurchases/{id}/promotedPurchase`` (inAppPurchasesV2_promotedPurchase_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-promotedpurchase
        """
        return self._call(
            "in_app_purchases.in_app_purchases_v2_promoted_purchase_get_to_one_related", locals()
        )

    def get_promoted_purchase_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2PromotedPurchaseLinkageResponse:
        """One request.

        ``GET /v2/inAppPurchases/{id}/relationships/promotedPurchase`` (inAppPurchasesV2_promotedPurchase_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-promotedpurchase
        """
        return self._call(
            "in_app_purchases.in_app_purchases_v2_promoted_purchase_get_to_one_relationship", locals()
        )

    def list_images(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[InAppPurchaseImage]:
        """Every InAppPurchaseImage across pages, with the pagination guards.

        ``GET /v2/inAppPurchases/{id}/images`` (inAppPurchasesV2_images_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-images
        """
        return self._paginate("in_app_purchases.in_app_purchases_v2_images_get_to_many_related", locals())

    def list_images_page(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseImagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/inAppPurchases/{id}/images`` (inAppPurchasesV2_images_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-images
        """
        return self._call("in_app_purchases.in_app_purchases_v2_images_get_to_many_related", locals())

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
    ) -> Paginator[InAppPurchaseV2ImagesLinkagesResponseDataItem]:
        """Every InAppPurchaseV2ImagesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/inAppPurchases/{id}/relationships/images`` (inAppPurchasesV2_images_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-images
        """
        return self._paginate(
            "in_app_purchases.in_app_purchases_v2_images_get_to_many_relationship", locals()
        )

    def list_images_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2ImagesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/inAppPurchases/{id}/relationships/images`` (inAppPurchasesV2_images_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-images
        """
        return self._call("in_app_purchases.in_app_purchases_v2_images_get_to_many_relationship", locals())

    def list_in_app_purchase_localizations(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_localizations: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[InAppPurchaseLocalization]:
        """Every InAppPurchaseLocalization across pages, with the pagination guards.

        ``GET /v2/inAppPurchases/{id}/inAppPurchaseLocalizations`` (inAppPurchasesV2_inAppPurchaseLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-inapppurchaselocalizations
        """
        return self._paginate(
            "in_app_purchases.in_app_purchases_v2_in_app_purchase_localizations_get_to_many_related", locals()
        )

    def list_in_app_purchase_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_localizations: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/inAppPurchases/{id}/inAppPurchaseLocalizations`` (inAppPurchasesV2_inAppPurchaseLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-inapppurchaselocalizations
        """
        return self._call(
            "in_app_purchases.in_app_purchases_v2_in_app_purchase_localizations_get_to_many_related", locals()
        )

    def list_in_app_purchase_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponseDataItem]:
        """Every InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/inAppPurchases/{id}/relationships/inAppPurchaseLocalizations`` (inAppPurchasesV2_inAppPurchaseLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-inapppurchaselocalizations
        """
        return self._paginate(
            "in_app_purchases.in_app_purchases_v2_in_app_purchase_localizations_get_to_many_relationship",
            locals(),
        )

    def list_in_app_purchase_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/inAppPurchases/{id}/relationships/inAppPurchaseLocalizations`` (inAppPurchasesV2_inAppPurchaseLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-inapppurchaselocalizations
        """
        return self._call(
            "in_app_purchases.in_app_purchases_v2_in_app_purchase_localizations_get_to_many_relationship",
            locals(),
        )

    def list_offer_codes(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_codes: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_code_one_time_use_codes: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_code_custom_codes: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_prices: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_one_time_use_codes: int | None = None,
        limit_custom_codes: int | None = None,
        limit_prices: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[InAppPurchaseOfferCode]:
        """Every InAppPurchaseOfferCode across pages, with the pagination guards.

        ``GET /v2/inAppPurchases/{id}/offerCodes`` (inAppPurchasesV2_offerCodes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-offercodes
        """
        return self._paginate(
            "in_app_purchases.in_app_purchases_v2_offer_codes_get_to_many_related", locals()
        )

    def list_offer_codes_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_codes: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_code_one_time_use_codes: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_code_custom_codes: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_prices: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_one_time_use_codes: int | None = None,
        limit_custom_codes: int | None = None,
        limit_prices: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/inAppPurchases/{id}/offerCodes`` (inAppPurchasesV2_offerCodes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-offercodes
        """
        return self._call("in_app_purchases.in_app_purchases_v2_offer_codes_get_to_many_related", locals())

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
    ) -> Paginator[InAppPurchaseV2OfferCodesLinkagesResponseDataItem]:
        """Every InAppPurchaseV2OfferCodesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/inAppPurchases/{id}/relationships/offerCodes`` (inAppPurchasesV2_offerCodes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-offercodes
        """
        return self._paginate(
            "in_app_purchases.in_app_purchases_v2_offer_codes_get_to_many_relationship", locals()
        )

    def list_offer_codes_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2OfferCodesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/inAppPurchases/{id}/relationships/offerCodes`` (inAppPurchasesV2_offerCodes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-offercodes
        """
        return self._call(
            "in_app_purchases.in_app_purchases_v2_offer_codes_get_to_many_relationship", locals()
        )

    def list_price_points(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[InAppPurchasePricePoint]:
        """Every InAppPurchasePricePoint across pages, with the pagination guards.

        ``GET /v2/inAppPurchases/{id}/pricePoints`` (inAppPurchasesV2_pricePoints_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-pricepoints
        """
        return self._paginate(
            "in_app_purchases.in_app_purchases_v2_price_points_get_to_many_related", locals()
        )

    def list_price_points_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchasePricePointsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/inAppPurchases/{id}/pricePoints`` (inAppPurchasesV2_pricePoints_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-pricepoints
        """
        return self._call("in_app_purchases.in_app_purchases_v2_price_points_get_to_many_related", locals())

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
    ) -> Paginator[InAppPurchaseV2PricePointsLinkagesResponseDataItem]:
        """Every InAppPurchaseV2PricePointsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/inAppPurchases/{id}/relationships/pricePoints`` (inAppPurchasesV2_pricePoints_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-pricepoints
        """
        return self._paginate(
            "in_app_purchases.in_app_purchases_v2_price_points_get_to_many_relationship", locals()
        )

    def list_price_points_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2PricePointsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/inAppPurchases/{id}/relationships/pricePoints`` (inAppPurchasesV2_pricePoints_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-pricepoints
        """
        return self._call(
            "in_app_purchases.in_app_purchases_v2_price_points_get_to_many_relationship", locals()
        )

    def list_versions(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_in_app_purchase_versions: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        fields_in_app_purchase_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_images: int | None = None,
        limit_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[InAppPurchaseVersion]:
        """Every InAppPurchaseVersion across pages, with the pagination guards.

        ``GET /v2/inAppPurchases/{id}/versions`` (inAppPurchasesV2_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-versions
        """
        return self._paginate("in_app_purchases.in_app_purchases_v2_versions_get_to_many_related", locals())

    def list_versions_page(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_in_app_purchase_versions: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        fields_in_app_purchase_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_images: int | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/inAppPurchases/{id}/versions`` (inAppPurchasesV2_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-versions
        """
        return self._call("in_app_purchases.in_app_purchases_v2_versions_get_to_many_related", locals())

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
    ) -> Paginator[InAppPurchaseV2VersionsLinkagesResponseDataItem]:
        """Every InAppPurchaseV2VersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/inAppPurchases/{id}/relationships/versions`` (inAppPurchasesV2_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-versions
        """
        return self._paginate(
            "in_app_purchases.in_app_purchases_v2_versions_get_to_many_relationship", locals()
        )

    def list_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2VersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/inAppPurchases/{id}/relationships/versions`` (inAppPurchasesV2_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-versions
        """
        return self._call("in_app_purchases.in_app_purchases_v2_versions_get_to_many_relationship", locals())

    def update(
        self,
        id: str,
        /,
        body: InAppPurchaseV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        review_note: str | None | Unset = UNSET,
        family_sharable: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/inAppPurchases/{id}`` (inAppPurchasesV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-inapppurchases-_id_
        """
        return self._write("in_app_purchases.in_app_purchases_v2_update_instance", locals(), _UPDATE_BODY)


class AsyncInAppPurchasesV2(AsyncResource):
    """`asc.in_app_purchases_v2` (async)."""

    async def create(
        self,
        /,
        body: InAppPurchaseV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        product_id: str | Unset = UNSET,
        in_app_purchase_type: str | Unset = UNSET,
        review_note: str | None | Unset = UNSET,
        family_sharable: bool | None | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/inAppPurchases`` (inAppPurchasesV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-inapppurchases
        """
        return await self._write(
            "in_app_purchases.in_app_purchases_v2_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v2/inAppPurchases/{id}`` (inAppPurchasesV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-inapppurchases-_id_
        """
        return await self._call("in_app_purchases.in_app_purchases_v2_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchase_localizations: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_points: str | Sequence[str] | None = None,
        fields_in_app_purchase_contents: str | Sequence[str] | None = None,
        fields_in_app_purchase_app_store_review_screenshots: str | Sequence[str] | None = None,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_schedules: str | Sequence[str] | None = None,
        fields_in_app_purchase_availabilities: str | Sequence[str] | None = None,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_codes: str | Sequence[str] | None = None,
        fields_in_app_purchase_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_images: int | None = None,
        limit_in_app_purchase_localizations: int | None = None,
        limit_offer_codes: int | None = None,
        limit_price_points: int | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2Response:
        """One request.

        ``GET /v2/inAppPurchases/{id}`` (inAppPurchasesV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_
        """
        return await self._call("in_app_purchases.in_app_purchases_v2_get_instance", locals())

    async def get_app_store_review_screenshot(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_app_store_review_screenshots: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseAppStoreReviewScreenshotResponse:
        """One request.

        ``GET /v2/inAppPurchases/{id}/appStoreReviewScreenshot`` (inAppPurchasesV2_appStoreReviewScreenshot_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-appstorereviewscreenshot
        """
        return await self._call(
            "in_app_purchases.in_app_purchases_v2_app_store_review_screenshot_get_to_one_related", locals()
        )

    async def get_app_store_review_screenshot_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2AppStoreReviewScreenshotLinkageResponse:
        """One request.

        ``GET /v2/inAppPurchases/{id}/relationships/appStoreReviewScreenshot`` (inAppPurchasesV2_appStoreReviewScreenshot_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-appstorereviewscreenshot
        """
        return await self._call(
            "in_app_purchases.in_app_purchases_v2_app_store_review_screenshot_get_to_one_relationship",
            locals(),
        )

    async def get_content(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_contents: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseContentResponse:
        """One request.

        ``GET /v2/inAppPurchases/{id}/content`` (inAppPurchasesV2_content_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-content
        """
        return await self._call("in_app_purchases.in_app_purchases_v2_content_get_to_one_related", locals())

    async def get_content_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2ContentLinkageResponse:
        """One request.

        ``GET /v2/inAppPurchases/{id}/relationships/content`` (inAppPurchasesV2_content_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-content
        """
        return await self._call(
            "in_app_purchases.in_app_purchases_v2_content_get_to_one_relationship", locals()
        )

    async def get_iap_price_schedule(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_price_schedules: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_in_app_purchase_prices: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_manual_prices: int | None = None,
        limit_automatic_prices: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchasePriceScheduleResponse:
        """One request.

        ``GET /v2/inAppPurchases/{id}/iapPriceSchedule`` (inAppPurchasesV2_iapPriceSchedule_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-iappriceschedule
        """
        return await self._call(
            "in_app_purchases.in_app_purchases_v2_iap_price_schedule_get_to_one_related", locals()
        )

    async def get_iap_price_schedule_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2IapPriceScheduleLinkageResponse:
        """One request.

        ``GET /v2/inAppPurchases/{id}/relationships/iapPriceSchedule`` (inAppPurchasesV2_iapPriceSchedule_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-iappriceschedule
        """
        return await self._call(
            "in_app_purchases.in_app_purchases_v2_iap_price_schedule_get_to_one_relationship", locals()
        )

    async def get_in_app_purchase_availability(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_availabilities: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_available_territories: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseAvailabilityResponse:
        """One request.

        ``GET /v2/inAppPurchases/{id}/inAppPurchaseAvailability`` (inAppPurchasesV2_inAppPurchaseAvailability_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-inapppurchaseavailability
        """
        return await self._call(
            "in_app_purchases.in_app_purchases_v2_in_app_purchase_availability_get_to_one_related", locals()
        )

    async def get_in_app_purchase_availability_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2InAppPurchaseAvailabilityLinkageResponse:
        """One request.

        ``GET /v2/inAppPurchases/{id}/relationships/inAppPurchaseAvailability`` (inAppPurchasesV2_inAppPurchaseAvailability_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-inapppurchaseavailability
        """
        return await self._call(
            "in_app_purchases.in_app_purchases_v2_in_app_purchase_availability_get_to_one_relationship",
            locals(),
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

        ``GET /v2/inAppPurchases/{id}/promotedPurchase`` (inAppPurchasesV2_promotedPurchase_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-promotedpurchase
        """
        return await self._call(
            "in_app_purchases.in_app_purchases_v2_promoted_purchase_get_to_one_related", locals()
        )

    async def get_promoted_purchase_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2PromotedPurchaseLinkageResponse:
        """One request.

        ``GET /v2/inAppPurchases/{id}/relationships/promotedPurchase`` (inAppPurchasesV2_promotedPurchase_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-promotedpurchase
        """
        return await self._call(
            "in_app_purchases.in_app_purchases_v2_promoted_purchase_get_to_one_relationship", locals()
        )

    def list_images(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[InAppPurchaseImage]:
        """Every InAppPurchaseImage across pages, with the pagination guards.

        ``GET /v2/inAppPurchases/{id}/images`` (inAppPurchasesV2_images_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-images
        """
        return self._paginate("in_app_purchases.in_app_purchases_v2_images_get_to_many_related", locals())

    async def list_images_page(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseImagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/inAppPurchases/{id}/images`` (inAppPurchasesV2_images_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-images
        """
        return await self._call("in_app_purchases.in_app_purchases_v2_images_get_to_many_related", locals())

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
    ) -> AsyncPaginator[InAppPurchaseV2ImagesLinkagesResponseDataItem]:
        """Every InAppPurchaseV2ImagesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/inAppPurchases/{id}/relationships/images`` (inAppPurchasesV2_images_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-images
        """
        return self._paginate(
            "in_app_purchases.in_app_purchases_v2_images_get_to_many_relationship", locals()
        )

    async def list_images_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2ImagesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/inAppPurchases/{id}/relationships/images`` (inAppPurchasesV2_images_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-images
        """
        return await self._call(
            "in_app_purchases.in_app_purchases_v2_images_get_to_many_relationship", locals()
        )

    def list_in_app_purchase_localizations(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_localizations: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[InAppPurchaseLocalization]:
        """Every InAppPurchaseLocalization across pages, with the pagination guards.

        ``GET /v2/inAppPurchases/{id}/inAppPurchaseLocalizations`` (inAppPurchasesV2_inAppPurchaseLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-inapppurchaselocalizations
        """
        return self._paginate(
            "in_app_purchases.in_app_purchases_v2_in_app_purchase_localizations_get_to_many_related", locals()
        )

    async def list_in_app_purchase_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_localizations: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/inAppPurchases/{id}/inAppPurchaseLocalizations`` (inAppPurchasesV2_inAppPurchaseLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-inapppurchaselocalizations
        """
        return await self._call(
            "in_app_purchases.in_app_purchases_v2_in_app_purchase_localizations_get_to_many_related", locals()
        )

    def list_in_app_purchase_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponseDataItem]:
        """Every InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/inAppPurchases/{id}/relationships/inAppPurchaseLocalizations`` (inAppPurchasesV2_inAppPurchaseLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-inapppurchaselocalizations
        """
        return self._paginate(
            "in_app_purchases.in_app_purchases_v2_in_app_purchase_localizations_get_to_many_relationship",
            locals(),
        )

    async def list_in_app_purchase_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2InAppPurchaseLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/inAppPurchases/{id}/relationships/inAppPurchaseLocalizations`` (inAppPurchasesV2_inAppPurchaseLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-inapppurchaselocalizations
        """
        return await self._call(
            "in_app_purchases.in_app_purchases_v2_in_app_purchase_localizations_get_to_many_relationship",
            locals(),
        )

    def list_offer_codes(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_codes: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_code_one_time_use_codes: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_code_custom_codes: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_prices: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_one_time_use_codes: int | None = None,
        limit_custom_codes: int | None = None,
        limit_prices: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[InAppPurchaseOfferCode]:
        """Every InAppPurchaseOfferCode across pages, with the pagination guards.

        ``GET /v2/inAppPurchases/{id}/offerCodes`` (inAppPurchasesV2_offerCodes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-offercodes
        """
        return self._paginate(
            "in_app_purchases.in_app_purchases_v2_offer_codes_get_to_many_related", locals()
        )

    async def list_offer_codes_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_codes: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_code_one_time_use_codes: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_code_custom_codes: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_prices: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_one_time_use_codes: int | None = None,
        limit_custom_codes: int | None = None,
        limit_prices: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseOfferCodesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/inAppPurchases/{id}/offerCodes`` (inAppPurchasesV2_offerCodes_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-offercodes
        """
        return await self._call(
            "in_app_purchases.in_app_purchases_v2_offer_codes_get_to_many_related", locals()
        )

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
    ) -> AsyncPaginator[InAppPurchaseV2OfferCodesLinkagesResponseDataItem]:
        """Every InAppPurchaseV2OfferCodesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/inAppPurchases/{id}/relationships/offerCodes`` (inAppPurchasesV2_offerCodes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-offercodes
        """
        return self._paginate(
            "in_app_purchases.in_app_purchases_v2_offer_codes_get_to_many_relationship", locals()
        )

    async def list_offer_codes_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2OfferCodesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/inAppPurchases/{id}/relationships/offerCodes`` (inAppPurchasesV2_offerCodes_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-offercodes
        """
        return await self._call(
            "in_app_purchases.in_app_purchases_v2_offer_codes_get_to_many_relationship", locals()
        )

    def list_price_points(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[InAppPurchasePricePoint]:
        """Every InAppPurchasePricePoint across pages, with the pagination guards.

        ``GET /v2/inAppPurchases/{id}/pricePoints`` (inAppPurchasesV2_pricePoints_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-pricepoints
        """
        return self._paginate(
            "in_app_purchases.in_app_purchases_v2_price_points_get_to_many_related", locals()
        )

    async def list_price_points_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchasePricePointsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/inAppPurchases/{id}/pricePoints`` (inAppPurchasesV2_pricePoints_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-pricepoints
        """
        return await self._call(
            "in_app_purchases.in_app_purchases_v2_price_points_get_to_many_related", locals()
        )

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
    ) -> AsyncPaginator[InAppPurchaseV2PricePointsLinkagesResponseDataItem]:
        """Every InAppPurchaseV2PricePointsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/inAppPurchases/{id}/relationships/pricePoints`` (inAppPurchasesV2_pricePoints_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-pricepoints
        """
        return self._paginate(
            "in_app_purchases.in_app_purchases_v2_price_points_get_to_many_relationship", locals()
        )

    async def list_price_points_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2PricePointsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/inAppPurchases/{id}/relationships/pricePoints`` (inAppPurchasesV2_pricePoints_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-pricepoints
        """
        return await self._call(
            "in_app_purchases.in_app_purchases_v2_price_points_get_to_many_relationship", locals()
        )

    def list_versions(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_in_app_purchase_versions: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        fields_in_app_purchase_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_images: int | None = None,
        limit_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[InAppPurchaseVersion]:
        """Every InAppPurchaseVersion across pages, with the pagination guards.

        ``GET /v2/inAppPurchases/{id}/versions`` (inAppPurchasesV2_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-versions
        """
        return self._paginate("in_app_purchases.in_app_purchases_v2_versions_get_to_many_related", locals())

    async def list_versions_page(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_in_app_purchase_versions: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        fields_in_app_purchase_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_images: int | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/inAppPurchases/{id}/versions`` (inAppPurchasesV2_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-versions
        """
        return await self._call("in_app_purchases.in_app_purchases_v2_versions_get_to_many_related", locals())

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
    ) -> AsyncPaginator[InAppPurchaseV2VersionsLinkagesResponseDataItem]:
        """Every InAppPurchaseV2VersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/inAppPurchases/{id}/relationships/versions`` (inAppPurchasesV2_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-versions
        """
        return self._paginate(
            "in_app_purchases.in_app_purchases_v2_versions_get_to_many_relationship", locals()
        )

    async def list_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2VersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/inAppPurchases/{id}/relationships/versions`` (inAppPurchasesV2_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-inapppurchases-_id_-relationships-versions
        """
        return await self._call(
            "in_app_purchases.in_app_purchases_v2_versions_get_to_many_relationship", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: InAppPurchaseV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        review_note: str | None | Unset = UNSET,
        family_sharable: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/inAppPurchases/{id}`` (inAppPurchasesV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-inapppurchases-_id_
        """
        return await self._write(
            "in_app_purchases.in_app_purchases_v2_update_instance", locals(), _UPDATE_BODY
        )
