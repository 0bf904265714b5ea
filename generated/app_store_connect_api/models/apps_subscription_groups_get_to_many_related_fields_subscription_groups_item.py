from ..types import OpenStrEnum


class AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupsItem(OpenStrEnum):
    REFERENCENAME = "referenceName"
    SUBSCRIPTIONGROUPLOCALIZATIONS = "subscriptionGroupLocalizations"
    SUBSCRIPTIONS = "subscriptions"
    VERSIONS = "versions"
