from ..types import OpenStrEnum


class SubscriptionGroupsSubscriptionGroupLocalizationsGetToManyRelatedFieldsSubscriptionGroupLocalizationsItem(
    OpenStrEnum
):
    CUSTOMAPPNAME = "customAppName"
    LOCALE = "locale"
    NAME = "name"
    STATE = "state"
    SUBSCRIPTIONGROUP = "subscriptionGroup"
