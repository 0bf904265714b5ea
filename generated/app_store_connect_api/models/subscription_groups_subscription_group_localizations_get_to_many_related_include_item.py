from ..types import OpenStrEnum


class SubscriptionGroupsSubscriptionGroupLocalizationsGetToManyRelatedIncludeItem(OpenStrEnum):
    SUBSCRIPTIONGROUP = "subscriptionGroup"
