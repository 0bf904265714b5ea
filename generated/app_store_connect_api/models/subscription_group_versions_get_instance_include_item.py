from ..types import OpenStrEnum


class SubscriptionGroupVersionsGetInstanceIncludeItem(OpenStrEnum):
    LOCALIZATIONS = "localizations"
    SUBSCRIPTIONGROUP = "subscriptionGroup"
