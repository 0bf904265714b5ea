from ..types import OpenStrEnum


class SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupsItem(OpenStrEnum):
    REFERENCENAME = "referenceName"
    SUBSCRIPTIONGROUPLOCALIZATIONS = "subscriptionGroupLocalizations"
    SUBSCRIPTIONS = "subscriptions"
    VERSIONS = "versions"
