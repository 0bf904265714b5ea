from ..types import OpenStrEnum


class SubscriptionGroupsGetInstanceIncludeItem(OpenStrEnum):
    SUBSCRIPTIONGROUPLOCALIZATIONS = "subscriptionGroupLocalizations"
    SUBSCRIPTIONS = "subscriptions"
    VERSIONS = "versions"
