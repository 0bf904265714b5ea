from ..types import OpenStrEnum


class SubscriptionGroupsVersionsGetToManyRelatedIncludeItem(OpenStrEnum):
    LOCALIZATIONS = "localizations"
    SUBSCRIPTIONGROUP = "subscriptionGroup"
