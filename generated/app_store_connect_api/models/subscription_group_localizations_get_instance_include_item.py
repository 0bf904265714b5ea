from ..types import OpenStrEnum


class SubscriptionGroupLocalizationsGetInstanceIncludeItem(OpenStrEnum):
    SUBSCRIPTIONGROUP = "subscriptionGroup"
