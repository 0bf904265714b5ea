from ..types import OpenStrEnum


class SubscriptionGroupsGetInstanceFieldsSubscriptionGroupLocalizationsItem(OpenStrEnum):
    CUSTOMAPPNAME = "customAppName"
    LOCALE = "locale"
    NAME = "name"
    STATE = "state"
    SUBSCRIPTIONGROUP = "subscriptionGroup"
