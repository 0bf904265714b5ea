from ..types import OpenStrEnum


class SubscriptionGroupLocalizationsGetInstanceFieldsSubscriptionGroupLocalizationsItem(OpenStrEnum):
    CUSTOMAPPNAME = "customAppName"
    LOCALE = "locale"
    NAME = "name"
    STATE = "state"
    SUBSCRIPTIONGROUP = "subscriptionGroup"
