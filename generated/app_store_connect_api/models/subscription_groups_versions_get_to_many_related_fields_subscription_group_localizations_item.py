from ..types import OpenStrEnum


class SubscriptionGroupsVersionsGetToManyRelatedFieldsSubscriptionGroupLocalizationsItem(OpenStrEnum):
    CUSTOMAPPNAME = "customAppName"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
