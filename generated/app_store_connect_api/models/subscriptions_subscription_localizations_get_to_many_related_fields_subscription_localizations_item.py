from ..types import OpenStrEnum


class SubscriptionsSubscriptionLocalizationsGetToManyRelatedFieldsSubscriptionLocalizationsItem(OpenStrEnum):
    DESCRIPTION = "description"
    LOCALE = "locale"
    NAME = "name"
    STATE = "state"
    SUBSCRIPTION = "subscription"
