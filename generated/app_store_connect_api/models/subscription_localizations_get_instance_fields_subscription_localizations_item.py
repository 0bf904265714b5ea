from ..types import OpenStrEnum


class SubscriptionLocalizationsGetInstanceFieldsSubscriptionLocalizationsItem(OpenStrEnum):
    DESCRIPTION = "description"
    LOCALE = "locale"
    NAME = "name"
    STATE = "state"
    SUBSCRIPTION = "subscription"
