from ..types import OpenStrEnum


class AppsGetInstanceFieldsSubscriptionGroupsItem(OpenStrEnum):
    REFERENCENAME = "referenceName"
    SUBSCRIPTIONGROUPLOCALIZATIONS = "subscriptionGroupLocalizations"
    SUBSCRIPTIONS = "subscriptions"
    VERSIONS = "versions"
