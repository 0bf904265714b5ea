from ..types import OpenStrEnum


class SubscriptionVersionsGetInstanceIncludeItem(OpenStrEnum):
    IMAGE = "image"
    IMAGES = "images"
    LOCALIZATIONS = "localizations"
    SUBSCRIPTION = "subscription"
