from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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


@_attrs_define(repr=False)
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

    app_store_review_screenshot: InAppPurchaseV2RelationshipsAppStoreReviewScreenshot | None = None
    content: InAppPurchaseV2RelationshipsContent | None = None
    iap_price_schedule: InAppPurchaseV2RelationshipsIapPriceSchedule | None = None
    images: InAppPurchaseV2RelationshipsImages | None = None
    in_app_purchase_availability: InAppPurchaseV2RelationshipsInAppPurchaseAvailability | None = None
    in_app_purchase_localizations: InAppPurchaseV2RelationshipsInAppPurchaseLocalizations | None = None
    offer_codes: InAppPurchaseV2RelationshipsOfferCodes | None = None
    price_points: InAppPurchaseV2RelationshipsPricePoints | None = None
    promoted_purchase: InAppPurchaseV2RelationshipsPromotedPurchase | None = None
    versions: InAppPurchaseV2RelationshipsVersions | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app_store_review_screenshot: Any = None
        if self.app_store_review_screenshot is not None:
            app_store_review_screenshot = UNSET
            if not isinstance(self.app_store_review_screenshot, Unset):
                app_store_review_screenshot = self.app_store_review_screenshot.to_dict()

        content: Any = None
        if self.content is not None:
            content = UNSET
            if not isinstance(self.content, Unset):
                content = self.content.to_dict()

        iap_price_schedule: Any = None
        if self.iap_price_schedule is not None:
            iap_price_schedule = UNSET
            if not isinstance(self.iap_price_schedule, Unset):
                iap_price_schedule = self.iap_price_schedule.to_dict()

        images: Any = None
        if self.images is not None:
            images = UNSET
            if not isinstance(self.images, Unset):
                images = self.images.to_dict()

        in_app_purchase_availability: Any = None
        if self.in_app_purchase_availability is not None:
            in_app_purchase_availability = UNSET
            if not isinstance(self.in_app_purchase_availability, Unset):
                in_app_purchase_availability = self.in_app_purchase_availability.to_dict()

        in_app_purchase_localizations: Any = None
        if self.in_app_purchase_localizations is not None:
            in_app_purchase_localizations = UNSET
            if not isinstance(self.in_app_purchase_localizations, Unset):
                in_app_purchase_localizations = self.in_app_purchase_localizations.to_dict()

        offer_codes: Any = None
        if self.offer_codes is not None:
            offer_codes = UNSET
            if not isinstance(self.offer_codes, Unset):
                offer_codes = self.offer_codes.to_dict()

        price_points: Any = None
        if self.price_points is not None:
            price_points = UNSET
            if not isinstance(self.price_points, Unset):
                price_points = self.price_points.to_dict()

        promoted_purchase: Any = None
        if self.promoted_purchase is not None:
            promoted_purchase = UNSET
            if not isinstance(self.promoted_purchase, Unset):
                promoted_purchase = self.promoted_purchase.to_dict()

        versions: Any = None
        if self.versions is not None:
            versions = UNSET
            if not isinstance(self.versions, Unset):
                versions = self.versions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_store_review_screenshot is not None:
            field_dict["appStoreReviewScreenshot"] = app_store_review_screenshot
        if content is not None:
            field_dict["content"] = content
        if iap_price_schedule is not None:
            field_dict["iapPriceSchedule"] = iap_price_schedule
        if images is not None:
            field_dict["images"] = images
        if in_app_purchase_availability is not None:
            field_dict["inAppPurchaseAvailability"] = in_app_purchase_availability
        if in_app_purchase_localizations is not None:
            field_dict["inAppPurchaseLocalizations"] = in_app_purchase_localizations
        if offer_codes is not None:
            field_dict["offerCodes"] = offer_codes
        if price_points is not None:
            field_dict["pricePoints"] = price_points
        if promoted_purchase is not None:
            field_dict["promotedPurchase"] = promoted_purchase
        if versions is not None:
            field_dict["versions"] = versions
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_app_store_review_screenshot = d.pop("appStoreReviewScreenshot", None)
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

        _raw_content = d.pop("content", None)
        if _raw_content is None:
            content = None
        else:
            _content = _raw_content
            content: InAppPurchaseV2RelationshipsContent | Unset
            if isinstance(_content, Unset):
                content = UNSET
            else:
                content = InAppPurchaseV2RelationshipsContent.from_dict(_content)

        _raw_iap_price_schedule = d.pop("iapPriceSchedule", None)
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

        _raw_images = d.pop("images", None)
        if _raw_images is None:
            images = None
        else:
            _images = _raw_images
            images: InAppPurchaseV2RelationshipsImages | Unset
            if isinstance(_images, Unset):
                images = UNSET
            else:
                images = InAppPurchaseV2RelationshipsImages.from_dict(_images)

        _raw_in_app_purchase_availability = d.pop("inAppPurchaseAvailability", None)
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

        _raw_in_app_purchase_localizations = d.pop("inAppPurchaseLocalizations", None)
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

        _raw_offer_codes = d.pop("offerCodes", None)
        if _raw_offer_codes is None:
            offer_codes = None
        else:
            _offer_codes = _raw_offer_codes
            offer_codes: InAppPurchaseV2RelationshipsOfferCodes | Unset
            if isinstance(_offer_codes, Unset):
                offer_codes = UNSET
            else:
                offer_codes = InAppPurchaseV2RelationshipsOfferCodes.from_dict(_offer_codes)

        _raw_price_points = d.pop("pricePoints", None)
        if _raw_price_points is None:
            price_points = None
        else:
            _price_points = _raw_price_points
            price_points: InAppPurchaseV2RelationshipsPricePoints | Unset
            if isinstance(_price_points, Unset):
                price_points = UNSET
            else:
                price_points = InAppPurchaseV2RelationshipsPricePoints.from_dict(_price_points)

        _raw_promoted_purchase = d.pop("promotedPurchase", None)
        if _raw_promoted_purchase is None:
            promoted_purchase = None
        else:
            _promoted_purchase = _raw_promoted_purchase
            promoted_purchase: InAppPurchaseV2RelationshipsPromotedPurchase | Unset
            if isinstance(_promoted_purchase, Unset):
                promoted_purchase = UNSET
            else:
                promoted_purchase = InAppPurchaseV2RelationshipsPromotedPurchase.from_dict(_promoted_purchase)

        _raw_versions = d.pop("versions", None)
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
