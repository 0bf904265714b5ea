from ..types import OpenStrEnum


class AppsSubscriptionGroupsGetToManyRelatedIncludeItem(OpenStrEnum):
    SUBSCRIPTIONGROUPLOCALIZATIONS = "subscriptionGroupLocalizations"
    SUBSCRIPTIONS = "subscriptions"
    VERSIONS = "versions"
