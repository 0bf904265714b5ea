from ..types import OpenStrEnum


class SubscriptionPromotionalOffersGetInstanceIncludeItem(OpenStrEnum):
    PRICES = "prices"
    SUBSCRIPTION = "subscription"
