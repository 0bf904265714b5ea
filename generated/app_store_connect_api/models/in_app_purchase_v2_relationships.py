from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

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
_KNOWN_KEYS = frozenset(
    {
        "appStoreReviewScreenshot",
        "content",
        "iapPriceSchedule",
        "images",
        "inAppPurchaseAvailability",
        "inAppPurchaseLocalizations",
        "offerCodes",
        "pricePoints",
        "promotedPurchase",
        "versions",
    }
)
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


def _read_app_store_review_screenshot(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_review_screenshot = src_dict.get("appStoreReviewScreenshot")
    if _raw_app_store_review_screenshot is None:
        app_store_review_screenshot = None
    else:
        app_store_review_screenshot = InAppPurchaseV2RelationshipsAppStoreReviewScreenshot.from_dict(
            _raw_app_store_review_screenshot
        )

    return app_store_review_screenshot


def _read_content(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_content = src_dict.get("content")
    if _raw_content is None:
        content = None
    else:
        content = InAppPurchaseV2RelationshipsContent.from_dict(_raw_content)

    return content


def _read_iap_price_schedule(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_iap_price_schedule = src_dict.get("iapPriceSchedule")
    if _raw_iap_price_schedule is None:
        iap_price_schedule = None
    else:
        iap_price_schedule = InAppPurchaseV2RelationshipsIapPriceSchedule.from_dict(_raw_iap_price_schedule)

    return iap_price_schedule


def _read_images(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_images = src_dict.get("images")
    if _raw_images is None:
        images = None
    else:
        images = InAppPurchaseV2RelationshipsImages.from_dict(_raw_images)

    return images


def _read_in_app_purchase_availability(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_in_app_purchase_availability = src_dict.get("inAppPurchaseAvailability")
    if _raw_in_app_purchase_availability is None:
        in_app_purchase_availability = None
    else:
        in_app_purchase_availability = InAppPurchaseV2RelationshipsInAppPurchaseAvailability.from_dict(
            _raw_in_app_purchase_availability
        )

    return in_app_purchase_availability


def _read_in_app_purchase_localizations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_in_app_purchase_localizations = src_dict.get("inAppPurchaseLocalizations")
    if _raw_in_app_purchase_localizations is None:
        in_app_purchase_localizations = None
    else:
        in_app_purchase_localizations = InAppPurchaseV2RelationshipsInAppPurchaseLocalizations.from_dict(
            _raw_in_app_purchase_localizations
        )

    return in_app_purchase_localizations


def _read_offer_codes(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_offer_codes = src_dict.get("offerCodes")
    if _raw_offer_codes is None:
        offer_codes = None
    else:
        offer_codes = InAppPurchaseV2RelationshipsOfferCodes.from_dict(_raw_offer_codes)

    return offer_codes


def _read_price_points(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_price_points = src_dict.get("pricePoints")
    if _raw_price_points is None:
        price_points = None
    else:
        price_points = InAppPurchaseV2RelationshipsPricePoints.from_dict(_raw_price_points)

    return price_points


def _read_promoted_purchase(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_promoted_purchase = src_dict.get("promotedPurchase")
    if _raw_promoted_purchase is None:
        promoted_purchase = None
    else:
        promoted_purchase = InAppPurchaseV2RelationshipsPromotedPurchase.from_dict(_raw_promoted_purchase)

    return promoted_purchase


def _read_versions(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_versions = src_dict.get("versions")
    if _raw_versions is None:
        versions = None
    else:
        versions = InAppPurchaseV2RelationshipsVersions.from_dict(_raw_versions)

    return versions


_READERS: dict[str, Any] = {
    "app_store_review_screenshot": _read_app_store_review_screenshot,
    "content": _read_content,
    "iap_price_schedule": _read_iap_price_schedule,
    "images": _read_images,
    "in_app_purchase_availability": _read_in_app_purchase_availability,
    "in_app_purchase_localizations": _read_in_app_purchase_localizations,
    "offer_codes": _read_offer_codes,
    "price_points": _read_price_points,
    "promoted_purchase": _read_promoted_purchase,
    "versions": _read_versions,
}


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
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app_store_review_screenshot: Any = None
        if self.app_store_review_screenshot is not None:
            app_store_review_screenshot = self.app_store_review_screenshot.to_dict()

        content: Any = None
        if self.content is not None:
            content = self.content.to_dict()

        iap_price_schedule: Any = None
        if self.iap_price_schedule is not None:
            iap_price_schedule = self.iap_price_schedule.to_dict()

        images: Any = None
        if self.images is not None:
            images = self.images.to_dict()

        in_app_purchase_availability: Any = None
        if self.in_app_purchase_availability is not None:
            in_app_purchase_availability = self.in_app_purchase_availability.to_dict()

        in_app_purchase_localizations: Any = None
        if self.in_app_purchase_localizations is not None:
            in_app_purchase_localizations = self.in_app_purchase_localizations.to_dict()

        offer_codes: Any = None
        if self.offer_codes is not None:
            offer_codes = self.offer_codes.to_dict()

        price_points: Any = None
        if self.price_points is not None:
            price_points = self.price_points.to_dict()

        promoted_purchase: Any = None
        if self.promoted_purchase is not None:
            promoted_purchase = self.promoted_purchase.to_dict()

        versions: Any = None
        if self.versions is not None:
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
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # app_store_review_screenshot, content, iap_price_schedule, images, in_app_purchase_availability, in_app_purchase_localizations, offer_codes, price_points, promoted_purchase, versions: read on first access
        _extra = {} if src_dict.keys() <= _KNOWN_KEYS else extra_properties(src_dict, _KNOWN_KEYS)
        _model.additional_properties = _extra
        return _model

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
