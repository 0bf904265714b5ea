from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.subscription_relationships_app_store_review_screenshot import (
        SubscriptionRelationshipsAppStoreReviewScreenshot,
    )
    from ..models.subscription_relationships_group import SubscriptionRelationshipsGroup
    from ..models.subscription_relationships_images import SubscriptionRelationshipsImages
    from ..models.subscription_relationships_introductory_offers import (
        SubscriptionRelationshipsIntroductoryOffers,
    )
    from ..models.subscription_relationships_offer_codes import SubscriptionRelationshipsOfferCodes
    from ..models.subscription_relationships_plan_availabilities import (
        SubscriptionRelationshipsPlanAvailabilities,
    )
    from ..models.subscription_relationships_price_points import SubscriptionRelationshipsPricePoints
    from ..models.subscription_relationships_prices import SubscriptionRelationshipsPrices
    from ..models.subscription_relationships_promoted_purchase import (
        SubscriptionRelationshipsPromotedPurchase,
    )
    from ..models.subscription_relationships_promotional_offers import (
        SubscriptionRelationshipsPromotionalOffers,
    )
    from ..models.subscription_relationships_subscription_availability import (
        SubscriptionRelationshipsSubscriptionAvailability,
    )
    from ..models.subscription_relationships_subscription_localizations import (
        SubscriptionRelationshipsSubscriptionLocalizations,
    )
    from ..models.subscription_relationships_versions import SubscriptionRelationshipsVersions
    from ..models.subscription_relationships_win_back_offers import SubscriptionRelationshipsWinBackOffers


T = TypeVar("T", bound="SubscriptionRelationships")
_KNOWN_KEYS = frozenset(
    {
        "appStoreReviewScreenshot",
        "group",
        "images",
        "introductoryOffers",
        "offerCodes",
        "planAvailabilities",
        "pricePoints",
        "prices",
        "promotedPurchase",
        "promotionalOffers",
        "subscriptionAvailability",
        "subscriptionLocalizations",
        "versions",
        "winBackOffers",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        SubscriptionRelationshipsAppStoreReviewScreenshot, \
        SubscriptionRelationshipsGroup, \
        SubscriptionRelationshipsImages, \
        SubscriptionRelationshipsIntroductoryOffers, \
        SubscriptionRelationshipsOfferCodes, \
        SubscriptionRelationshipsPlanAvailabilities, \
        SubscriptionRelationshipsPricePoints, \
        SubscriptionRelationshipsPrices, \
        SubscriptionRelationshipsPromotedPurchase, \
        SubscriptionRelationshipsPromotionalOffers, \
        SubscriptionRelationshipsSubscriptionAvailability, \
        SubscriptionRelationshipsSubscriptionLocalizations, \
        SubscriptionRelationshipsVersions, \
        SubscriptionRelationshipsWinBackOffers
    from ..models.subscription_relationships_app_store_review_screenshot import (
        SubscriptionRelationshipsAppStoreReviewScreenshot,
    )
    from ..models.subscription_relationships_group import SubscriptionRelationshipsGroup
    from ..models.subscription_relationships_images import SubscriptionRelationshipsImages
    from ..models.subscription_relationships_introductory_offers import (
        SubscriptionRelationshipsIntroductoryOffers,
    )
    from ..models.subscription_relationships_offer_codes import SubscriptionRelationshipsOfferCodes
    from ..models.subscription_relationships_plan_availabilities import (
        SubscriptionRelationshipsPlanAvailabilities,
    )
    from ..models.subscription_relationships_price_points import SubscriptionRelationshipsPricePoints
    from ..models.subscription_relationships_prices import SubscriptionRelationshipsPrices
    from ..models.subscription_relationships_promoted_purchase import (
        SubscriptionRelationshipsPromotedPurchase,
    )
    from ..models.subscription_relationships_promotional_offers import (
        SubscriptionRelationshipsPromotionalOffers,
    )
    from ..models.subscription_relationships_subscription_availability import (
        SubscriptionRelationshipsSubscriptionAvailability,
    )
    from ..models.subscription_relationships_subscription_localizations import (
        SubscriptionRelationshipsSubscriptionLocalizations,
    )
    from ..models.subscription_relationships_versions import SubscriptionRelationshipsVersions
    from ..models.subscription_relationships_win_back_offers import SubscriptionRelationshipsWinBackOffers

    _LAZY_IMPORTS_DONE = True


def _read_app_store_review_screenshot(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_review_screenshot = src_dict.get("appStoreReviewScreenshot")
    if _raw_app_store_review_screenshot is None:
        app_store_review_screenshot = None
    else:
        app_store_review_screenshot = SubscriptionRelationshipsAppStoreReviewScreenshot.from_dict(
            _raw_app_store_review_screenshot
        )

    return app_store_review_screenshot


def _read_group(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_group = src_dict.get("group")
    if _raw_group is None:
        group = None
    else:
        group = SubscriptionRelationshipsGroup.from_dict(_raw_group)

    return group


def _read_images(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_images = src_dict.get("images")
    if _raw_images is None:
        images = None
    else:
        images = SubscriptionRelationshipsImages.from_dict(_raw_images)

    return images


def _read_introductory_offers(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_introductory_offers = src_dict.get("introductoryOffers")
    if _raw_introductory_offers is None:
        introductory_offers = None
    else:
        introductory_offers = SubscriptionRelationshipsIntroductoryOffers.from_dict(_raw_introductory_offers)

    return introductory_offers


def _read_offer_codes(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_offer_codes = src_dict.get("offerCodes")
    if _raw_offer_codes is None:
        offer_codes = None
    else:
        offer_codes = SubscriptionRelationshipsOfferCodes.from_dict(_raw_offer_codes)

    return offer_codes


def _read_plan_availabilities(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_plan_availabilities = src_dict.get("planAvailabilities")
    if _raw_plan_availabilities is None:
        plan_availabilities = None
    else:
        plan_availabilities = SubscriptionRelationshipsPlanAvailabilities.from_dict(_raw_plan_availabilities)

    return plan_availabilities


def _read_price_points(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_price_points = src_dict.get("pricePoints")
    if _raw_price_points is None:
        price_points = None
    else:
        price_points = SubscriptionRelationshipsPricePoints.from_dict(_raw_price_points)

    return price_points


def _read_prices(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_prices = src_dict.get("prices")
    if _raw_prices is None:
        prices = None
    else:
        prices = SubscriptionRelationshipsPrices.from_dict(_raw_prices)

    return prices


def _read_promoted_purchase(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_promoted_purchase = src_dict.get("promotedPurchase")
    if _raw_promoted_purchase is None:
        promoted_purchase = None
    else:
        promoted_purchase = SubscriptionRelationshipsPromotedPurchase.from_dict(_raw_promoted_purchase)

    return promoted_purchase


def _read_promotional_offers(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_promotional_offers = src_dict.get("promotionalOffers")
    if _raw_promotional_offers is None:
        promotional_offers = None
    else:
        promotional_offers = SubscriptionRelationshipsPromotionalOffers.from_dict(_raw_promotional_offers)

    return promotional_offers


def _read_subscription_availability(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_subscription_availability = src_dict.get("subscriptionAvailability")
    if _raw_subscription_availability is None:
        subscription_availability = None
    else:
        subscription_availability = SubscriptionRelationshipsSubscriptionAvailability.from_dict(
            _raw_subscription_availability
        )

    return subscription_availability


def _read_subscription_localizations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_subscription_localizations = src_dict.get("subscriptionLocalizations")
    if _raw_subscription_localizations is None:
        subscription_localizations = None
    else:
        subscription_localizations = SubscriptionRelationshipsSubscriptionLocalizations.from_dict(
            _raw_subscription_localizations
        )

    return subscription_localizations


def _read_versions(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_versions = src_dict.get("versions")
    if _raw_versions is None:
        versions = None
    else:
        versions = SubscriptionRelationshipsVersions.from_dict(_raw_versions)

    return versions


def _read_win_back_offers(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_win_back_offers = src_dict.get("winBackOffers")
    if _raw_win_back_offers is None:
        win_back_offers = None
    else:
        win_back_offers = SubscriptionRelationshipsWinBackOffers.from_dict(_raw_win_back_offers)

    return win_back_offers


_READERS: dict[str, Any] = {
    "app_store_review_screenshot": _read_app_store_review_screenshot,
    "group": _read_group,
    "images": _read_images,
    "introductory_offers": _read_introductory_offers,
    "offer_codes": _read_offer_codes,
    "plan_availabilities": _read_plan_availabilities,
    "price_points": _read_price_points,
    "prices": _read_prices,
    "promoted_purchase": _read_promoted_purchase,
    "promotional_offers": _read_promotional_offers,
    "subscription_availability": _read_subscription_availability,
    "subscription_localizations": _read_subscription_localizations,
    "versions": _read_versions,
    "win_back_offers": _read_win_back_offers,
}


@_attrs_define(repr=False)
class SubscriptionRelationships:
    """
    Attributes:
        app_store_review_screenshot (SubscriptionRelationshipsAppStoreReviewScreenshot | Unset):
        group (SubscriptionRelationshipsGroup | Unset):
        images (SubscriptionRelationshipsImages | Unset):
        introductory_offers (SubscriptionRelationshipsIntroductoryOffers | Unset):
        offer_codes (SubscriptionRelationshipsOfferCodes | Unset):
        plan_availabilities (SubscriptionRelationshipsPlanAvailabilities | Unset):
        price_points (SubscriptionRelationshipsPricePoints | Unset):
        prices (SubscriptionRelationshipsPrices | Unset):
        promoted_purchase (SubscriptionRelationshipsPromotedPurchase | Unset):
        promotional_offers (SubscriptionRelationshipsPromotionalOffers | Unset):
        subscription_availability (SubscriptionRelationshipsSubscriptionAvailability | Unset):
        subscription_localizations (SubscriptionRelationshipsSubscriptionLocalizations | Unset):
        versions (SubscriptionRelationshipsVersions | Unset):
        win_back_offers (SubscriptionRelationshipsWinBackOffers | Unset):
    """

    app_store_review_screenshot: SubscriptionRelationshipsAppStoreReviewScreenshot | None = None
    group: SubscriptionRelationshipsGroup | None = None
    images: SubscriptionRelationshipsImages | None = None
    introductory_offers: SubscriptionRelationshipsIntroductoryOffers | None = None
    offer_codes: SubscriptionRelationshipsOfferCodes | None = None
    plan_availabilities: SubscriptionRelationshipsPlanAvailabilities | None = None
    price_points: SubscriptionRelationshipsPricePoints | None = None
    prices: SubscriptionRelationshipsPrices | None = None
    promoted_purchase: SubscriptionRelationshipsPromotedPurchase | None = None
    promotional_offers: SubscriptionRelationshipsPromotionalOffers | None = None
    subscription_availability: SubscriptionRelationshipsSubscriptionAvailability | None = None
    subscription_localizations: SubscriptionRelationshipsSubscriptionLocalizations | None = None
    versions: SubscriptionRelationshipsVersions | None = None
    win_back_offers: SubscriptionRelationshipsWinBackOffers | None = None
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

        group: Any = None
        if self.group is not None:
            group = self.group.to_dict()

        images: Any = None
        if self.images is not None:
            images = self.images.to_dict()

        introductory_offers: Any = None
        if self.introductory_offers is not None:
            introductory_offers = self.introductory_offers.to_dict()

        offer_codes: Any = None
        if self.offer_codes is not None:
            offer_codes = self.offer_codes.to_dict()

        plan_availabilities: Any = None
        if self.plan_availabilities is not None:
            plan_availabilities = self.plan_availabilities.to_dict()

        price_points: Any = None
        if self.price_points is not None:
            price_points = self.price_points.to_dict()

        prices: Any = None
        if self.prices is not None:
            prices = self.prices.to_dict()

        promoted_purchase: Any = None
        if self.promoted_purchase is not None:
            promoted_purchase = self.promoted_purchase.to_dict()

        promotional_offers: Any = None
        if self.promotional_offers is not None:
            promotional_offers = self.promotional_offers.to_dict()

        subscription_availability: Any = None
        if self.subscription_availability is not None:
            subscription_availability = self.subscription_availability.to_dict()

        subscription_localizations: Any = None
        if self.subscription_localizations is not None:
            subscription_localizations = self.subscription_localizations.to_dict()

        versions: Any = None
        if self.versions is not None:
            versions = self.versions.to_dict()

        win_back_offers: Any = None
        if self.win_back_offers is not None:
            win_back_offers = self.win_back_offers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_store_review_screenshot is not None:
            field_dict["appStoreReviewScreenshot"] = app_store_review_screenshot
        if group is not None:
            field_dict["group"] = group
        if images is not None:
            field_dict["images"] = images
        if introductory_offers is not None:
            field_dict["introductoryOffers"] = introductory_offers
        if offer_codes is not None:
            field_dict["offerCodes"] = offer_codes
        if plan_availabilities is not None:
            field_dict["planAvailabilities"] = plan_availabilities
        if price_points is not None:
            field_dict["pricePoints"] = price_points
        if prices is not None:
            field_dict["prices"] = prices
        if promoted_purchase is not None:
            field_dict["promotedPurchase"] = promoted_purchase
        if promotional_offers is not None:
            field_dict["promotionalOffers"] = promotional_offers
        if subscription_availability is not None:
            field_dict["subscriptionAvailability"] = subscription_availability
        if subscription_localizations is not None:
            field_dict["subscriptionLocalizations"] = subscription_localizations
        if versions is not None:
            field_dict["versions"] = versions
        if win_back_offers is not None:
            field_dict["winBackOffers"] = win_back_offers
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # app_store_review_screenshot, group, images, introductory_offers, offer_codes, plan_availabilities, price_points, prices, promoted_purchase, promotional_offers, subscription_availability, subscription_localizations, versions, win_back_offers: read on first access
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
