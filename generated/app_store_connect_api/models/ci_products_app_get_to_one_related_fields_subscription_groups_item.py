from ..types import OpenStrEnum


class CiProductsAppGetToOneRelatedFieldsSubscriptionGroupsItem(OpenStrEnum):
    REFERENCENAME = "referenceName"
    SUBSCRIPTIONGROUPLOCALIZATIONS = "subscriptionGroupLocalizations"
    SUBSCRIPTIONS = "subscriptions"
    VERSIONS = "versions"
