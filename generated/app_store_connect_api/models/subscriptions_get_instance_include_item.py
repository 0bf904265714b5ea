from ..types import OpenStrEnum


class SubscriptionsGetInstanceIncludeItem(OpenStrEnum):
    APPSTOREREVIEWSCREENSHOT = "appStoreReviewScreenshot"
    GROUP = "group"
    IMAGES = "images"
    INTRODUCTORYOFFERS = "introductoryOffers"
    OFFERCODES = "offerCodes"
    PLANAVAILABILITIES = "planAvailabilities"
    PRICES = "prices"
    PROMOTEDPURCHASE = "promotedPurchase"
    PROMOTIONALOFFERS = "promotionalOffers"
    SUBSCRIPTIONAVAILABILITY = "subscriptionAvailability"
    SUBSCRIPTIONLOCALIZATIONS = "subscriptionLocalizations"
    VERSIONS = "versions"
    WINBACKOFFERS = "winBackOffers"
