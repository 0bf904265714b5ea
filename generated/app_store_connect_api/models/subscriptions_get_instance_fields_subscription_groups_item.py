from ..types import OpenStrEnum


class SubscriptionsGetInstanceFieldsSubscriptionGroupsItem(OpenStrEnum):
    REFERENCENAME = "referenceName"
    SUBSCRIPTIONGROUPLOCALIZATIONS = "subscriptionGroupLocalizations"
    SUBSCRIPTIONS = "subscriptions"
    VERSIONS = "versions"
