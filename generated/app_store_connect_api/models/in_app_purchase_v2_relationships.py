from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.in_app_purchase_v2_relationships_app_store_review_screenshot import (
        InAppPurchaseV2RelationshipsAppStoreReviewScreenshot,
    )
    from ..models.in_app_purchase_v2_relationships_content import InAppPurchaseV2RelationshipsContent
    from ..models.in_app_purchase_v2_relationships_iap_price_schedule import (
        InAppPurchaseV2RelationshipsIapPriceSchedule,
    )
    from ..models.in_app_purchase_v2_relationships_images import InAppPurchaseV2RelationshipsImages
    from ..models.in_app_purchase_v2_relationships_in_app_purchase_availability import (
        InAppPurchaseV2RelationshipsInAppPurchaseAvailability,
    )
    from ..models.in_app_purchase_v2_relationships_in_app_purchase_localizations import (
        InAppPurchaseV2RelationshipsInAppPurchaseLocalizations,
    )
    from ..models.in_app_purchase_v2_relationships_offer_codes import InAppPurchaseV2RelationshipsOfferCodes
    from ..models.in_app_purchase_v2_relationships_price_points import InAppPurchaseV2RelationshipsPricePoints
    from ..models.in_app_purchase_v2_relationships_promoted_purchase import (
        InAppPurchaseV2RelationshipsPromotedPurchase,
    )
    from ..models.in_app_purchase_v2_relationships_versions import InAppPurchaseV2RelationshipsVersions


T = TypeVar("T", bound="InAppPurchaseV2Relationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        InAppPurchaseV2RelationshipsAppStoreReviewScreenshot, \
        InAppPurchaseV2RelationshipsContent, \
        InAppPurchaseV2RelationshipsIapPriceSchedule, \
        InAppPurchaseV2RelationshipsImages, \
        InAppPurchaseV2RelationshipsInAppPurchaseAvailability, \
        InAppPurchaseV2RelationshipsInAppPurchaseLocalizations, \
        InAppPurchaseV2RelationshipsOfferCodes, \
        InAppPurchaseV2RelationshipsPricePoints, \
        InAppPurchaseV2RelationshipsPromotedPurchase, \
        InAppPurchaseV2RelationshipsVersions
    from ..models.in_app_purchase_v2_relationships_app_store_review_screenshot import (
        InAppPurchaseV2RelationshipsAppStoreReviewScreenshot,
    )
    from ..models.in_app_purchase_v2_relationships_content import InAppPurchaseV2RelationshipsContent
    from ..models.in_app_purchase_v2_relationships_iap_price_schedule import (
        InAppPurchaseV2RelationshipsIapPriceSchedule,
    )
    from ..models.in_app_purchase_v2_relationships_images import InAppPurchaseV2RelationshipsImages
    from ..models.in_app_purchase_v2_relationships_in_app_purchase_availability import (
        InAppPurchaseV2RelationshipsInAppPurchaseAvailability,
    )
    from ..models.in_app_purchase_v2_relationships_in_app_purchase_localizations import (
        InAppPurchaseV2RelationshipsInAppPurchaseLocalizations,
    )
    from ..models.in_app_purchase_v2_relationships_offer_codes import InAppPurchaseV2RelationshipsOfferCodes
    from ..models.in_app_purchase_v2_relationships_price_points import InAppPurchaseV2RelationshipsPricePoints
    from ..models.in_app_purchase_v2_relationships_promoted_purchase import (
        InAppPurchaseV2RelationshipsPromotedPurchase,
    )
    from ..models.in_app_purchase_v2_relationships_versions import InAppPurchaseV2RelationshipsVersions

    _LAZY_IMPORTS_DONE = True


@_attrs_define
class InAppPurchaseV2Relationships:
    """
    Attributes:
        app_store_review_screenshot (InAppPurchaseV2RelationshipsAppStoreReviewScreenshot | Unset):
        content (InAppPurchaseV2RelationshipsContent | Unset):
        iap_price_schedule (InAppPurchaseV2RelationshipsIapPriceSchedule | Unset):
        images (InAppPurchaseV2RelationshipsImages | Unset):
        in_app_purchase_availability (InAppPurchaseV2RelationshipsInAppPurchaseAvailability | Unset):
        in_app_purchase_localizations (InAppPurchaseV2RelationshipsInAppPurchaseLocalizations | Unset):
        offer_codes (InAppPurchaseV2RelationshipsOfferCodes | Unset):
        price_points (InAppPurchaseV2RelationshipsPricePoints | Unset):
        promoted_purchase (InAppPurchaseV2RelationshipsPromotedPurchase | Unset):
        versions (InAppPurchaseV2RelationshipsVersions | Unset):
    """

    app_store_review_screenshot: InAppPurchaseV2RelationshipsAppStoreReviewScreenshot | Unset | None = UNSET
    content: InAppPurchaseV2RelationshipsContent | Unset | None = UNSET
    iap_price_schedule: InAppPurchaseV2RelationshipsIapPriceSchedule | Unset | None = UNSET
    images: InAppPurchaseV2RelationshipsImages | Unset | None = UNSET
    in_app_purchase_availability: InAppPurchaseV2RelationshipsInAppPurchaseAvailability | Unset | None = UNSET
    in_app_purchase_localizations: InAppPurchaseV2RelationshipsInAppPurchaseLocalizations | Unset | None = (
        UNSET
    )
    offer_codes: InAppPurchaseV2RelationshipsOfferCodes | Unset | None = UNSET
    price_points: InAppPurchaseV2RelationshipsPricePoints | Unset | None = UNSET
    promoted_purchase: InAppPurchaseV2RelationshipsPromotedPurchase | Unset | None = UNSET
    versions: InAppPurchaseV2RelationshipsVersions | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app_store_review_screenshot: dict[str, Any] | Unset | None
        if self.app_store_review_screenshot is None:
            app_store_review_screenshot = None
        else:
            app_store_review_screenshot = UNSET
            if not isinstance(self.app_store_review_screenshot, Unset):
                app_store_review_screenshot = self.app_store_review_screenshot.to_dict()

        content: dict[str, Any] | Unset | None
        if self.content is None:
            content = None
        else:
            content = UNSET
            if not isinstance(self.content, Unset):
                content = self.content.to_dict()

        iap_price_schedule: dict[str, Any] | Unset | None
        if self.iap_price_schedule is None:
            iap_price_schedule = None
        else:
            iap_price_schedule = UNSET
            if not isinstance(self.iap_price_schedule, Unset):
                iap_price_schedule = self.iap_price_schedule.to_dict()

        images: dict[str, Any] | Unset | None
        if self.images is None:
            images = None
        else:
            images = UNSET
            if not isinstance(self.images, Unset):
                images = self.images.to_dict()

        in_app_purchase_availability: dict[str, Any] | Unset | None
        if self.in_app_purchase_availability is None:
            in_app_purchase_availability = None
        else:
            in_app_purchase_availability = UNSET
            if not isinstance(self.in_app_purchase_availability, Unset):
                in_app_purchase_availability = self.in_app_purchase_availability.to_dict()

        in_app_purchase_localizations: dict[str, Any] | Unset | None
        if self.in_app_purchase_localizations is None:
            in_app_purchase_localizations = None
        else:
            in_app_purchase_localizations = UNSET
            if not isinstance(self.in_app_purchase_localizations, Unset):
                in_app_purchase_localizations = self.in_app_purchase_localizations.to_dict()

        offer_codes: dict[str, Any] | Unset | None
        if self.offer_codes is None:
            offer_codes = None
        else:
            offer_codes = UNSET
            if not isinstance(self.offer_codes, Unset):
                offer_codes = self.offer_codes.to_dict()

        price_points: dict[str, Any] | Unset | None
        if self.price_points is None:
            price_points = None
        else:
            price_points = UNSET
            if not isinstance(self.price_points, Unset):
                price_points = self.price_points.to_dict()

        promoted_purchase: dict[str, Any] | Unset | None
        if self.promoted_purchase is None:
            promoted_purchase = None
        else:
            promoted_purchase = UNSET
            if not isinstance(self.promoted_purchase, Unset):
                promoted_purchase = self.promoted_purchase.to_dict()

        versions: dict[str, Any] | Unset | None
        if self.versions is None:
            versions = None
        else:
            versions = UNSET
            if not isinstance(self.versions, Unset):
                versions = self.versions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_store_review_screenshot is not UNSET:
            field_dict["appStoreReviewScreenshot"] = app_store_review_screenshot
        if content is not UNSET:
            field_dict["content"] = content
        if iap_price_schedule is not UNSET:
            field_dict["iapPriceSchedule"] = iap_price_schedule
        if images is not UNSET:
            field_dict["images"] = images
        if in_app_purchase_availability is not UNSET:
            field_dict["inAppPurchaseAvailability"] = in_app_purchase_availability
        if in_app_purchase_localizations is not UNSET:
            field_dict["inAppPurchaseLocalizations"] = in_app_purchase_localizations
        if offer_codes is not UNSET:
            field_dict["offerCodes"] = offer_codes
        if price_points is not UNSET:
            field_dict["pricePoints"] = price_points
        if promoted_purchase is not UNSET:
            field_dict["promotedPurchase"] = promoted_purchase
        if versions is not UNSET:
            field_dict["versions"] = versions
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_app_store_review_screenshot = d.pop("appStoreReviewScreenshot", UNSET)
        if _raw_app_store_review_screenshot is None:
            app_store_review_screenshot = None
        else:
            _app_store_review_screenshot = _raw_app_store_review_screenshot
            app_store_review_screenshot: InAppPurchaseV2RelationshipsAppStoreReviewScreenshot | Unset
            if isinstance(_app_store_review_screenshot, Unset):
                app_store_review_screenshot = UNSET
            else:
                app_store_review_screenshot = InAppPurchaseV2RelationshipsAppStoreReviewScreenshot.from_dict(
                    _app_store_review_screenshot
                )

        _raw_content = d.pop("content", UNSET)
        if _raw_content is None:
            content = None
        else:
            _content = _raw_content
            content: InAppPurchaseV2RelationshipsContent | Unset
            if isinstance(_content, Unset):
                content = UNSET
            else:
                content = InAppPurchaseV2RelationshipsContent.from_dict(_content)

        _raw_iap_price_schedule = d.pop("iapPriceSchedule", UNSET)
        if _raw_iap_price_schedule is None:
            iap_price_schedule = None
        else:
            _iap_price_schedule = _raw_iap_price_schedule
            iap_price_schedule: InAppPurchaseV2RelationshipsIapPriceSchedule | Unset
            if isinstance(_iap_price_schedule, Unset):
                iap_price_schedule = UNSET
            else:
                iap_price_schedule = InAppPurchaseV2RelationshipsIapPriceSchedule.from_dict(
                    _iap_price_schedule
                )

        _raw_images = d.pop("images", UNSET)
        if _raw_images is None:
            images = None
        else:
            _images = _raw_images
            images: InAppPurchaseV2RelationshipsImages | Unset
            if isinstance(_images, Unset):
                images = UNSET
            else:
                images = InAppPurchaseV2RelationshipsImages.from_dict(_images)

        _raw_in_app_purchase_availability = d.pop("inAppPurchaseAvailability", UNSET)
        if _raw_in_app_purchase_availability is None:
            in_app_purchase_availability = None
        else:
            _in_app_purchase_availability = _raw_in_app_purchase_availability
            in_app_purchase_availability: InAppPurchaseV2RelationshipsInAppPurchaseAvailability | Unset
            if isinstance(_in_app_purchase_availability, Unset):
                in_app_purchase_availability = UNSET
            else:
                in_app_purchase_availability = (
                    InAppPurchaseV2RelationshipsInAppPurchaseAvailability.from_dict(
                        _in_app_purchase_availability
                    )
                )

        _raw_in_app_purchase_localizations = d.pop("inAppPurchaseLocalizations", UNSET)
        if _raw_in_app_purchase_localizations is None:
            in_app_purchase_localizations = None
        else:
            _in_app_purchase_localizations = _raw_in_app_purchase_localizations
            in_app_purchase_localizations: InAppPurchaseV2RelationshipsInAppPurchaseLocalizations | Unset
            if isinstance(_in_app_purchase_localizations, Unset):
                in_app_purchase_localizations = UNSET
            else:
                in_app_purchase_localizations = (
                    InAppPurchaseV2RelationshipsInAppPurchaseLocalizations.from_dict(
                        _in_app_purchase_localizations
                    )
                )

        _raw_offer_codes = d.pop("offerCodes", UNSET)
        if _raw_offer_codes is None:
            offer_codes = None
        else:
            _offer_codes = _raw_offer_codes
            offer_codes: InAppPurchaseV2RelationshipsOfferCodes | Unset
            if isinstance(_offer_codes, Unset):
                offer_codes = UNSET
            else:
                offer_codes = InAppPurchaseV2RelationshipsOfferCodes.from_dict(_offer_codes)

        _raw_price_points = d.pop("pricePoints", UNSET)
        if _raw_price_points is None:
            price_points = None
        else:
            _price_points = _raw_price_points
            price_points: InAppPurchaseV2RelationshipsPricePoints | Unset
            if isinstance(_price_points, Unset):
                price_points = UNSET
            else:
                price_points = InAppPurchaseV2RelationshipsPricePoints.from_dict(_price_points)

        _raw_promoted_purchase = d.pop("promotedPurchase", UNSET)
        if _raw_promoted_purchase is None:
            promoted_purchase = None
        else:
            _promoted_purchase = _raw_promoted_purchase
            promoted_purchase: InAppPurchaseV2RelationshipsPromotedPurchase | Unset
            if isinstance(_promoted_purchase, Unset):
                promoted_purchase = UNSET
            else:
                promoted_purchase = InAppPurchaseV2RelationshipsPromotedPurchase.from_dict(_promoted_purchase)

        _raw_versions = d.pop("versions", UNSET)
        if _raw_versions is None:
            versions = None
        else:
            _versions = _raw_versions
            versions: InAppPurchaseV2RelationshipsVersions | Unset
            if isinstance(_versions, Unset):
                versions = UNSET
            else:
                versions = InAppPurchaseV2RelationshipsVersions.from_dict(_versions)

        in_app_purchase_v2_relationships = cls(
            app_store_review_screenshot=app_store_review_screenshot,
            content=content,
            iap_price_schedule=iap_price_schedule,
            images=images,
            in_app_purchase_availability=in_app_purchase_availability,
            in_app_purchase_localizations=in_app_purchase_localizations,
            offer_codes=offer_codes,
            price_points=price_points,
            promoted_purchase=promoted_purchase,
            versions=versions,
        )
        in_app_purchase_v2_relationships.additional_properties = d
        return in_app_purchase_v2_relationships

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
