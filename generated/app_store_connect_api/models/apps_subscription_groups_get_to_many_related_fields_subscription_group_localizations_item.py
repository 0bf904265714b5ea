from ..types import OpenStrEnum


class AppsSubscriptionGroupsGetToManyRelatedFieldsSubscriptionGroupLocalizationsItem(OpenStrEnum):
    CUSTOMAPPNAME = "customAppName"
    LOCALE = "locale"
    NAME = "name"
    STATE = "state"
    SUBSCRIPTIONGROUP = "subscriptionGroup"
