from ..types import OpenStrEnum


class SubscriptionsGetInstanceFieldsSubscriptionLocalizationsItem(OpenStrEnum):
    DESCRIPTION = "description"
    LOCALE = "locale"
    NAME = "name"
    STATE = "state"
    SUBSCRIPTION = "subscription"
