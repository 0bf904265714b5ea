from ..types import OpenStrEnum


class SubscriptionsSubscriptionLocalizationsGetToManyRelatedIncludeItem(OpenStrEnum):
    SUBSCRIPTION = "subscription"
