from ..types import OpenStrEnum


class SubscriptionImagesGetInstanceIncludeItem(OpenStrEnum):
    SUBSCRIPTION = "subscription"
