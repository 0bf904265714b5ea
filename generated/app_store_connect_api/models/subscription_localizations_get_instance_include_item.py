from ..types import OpenStrEnum


class SubscriptionLocalizationsGetInstanceIncludeItem(OpenStrEnum):
    SUBSCRIPTION = "subscription"
