from ..types import OpenStrEnum


class SubscriptionGroupVersionsLocalizationsGetToManyRelatedFieldsSubscriptionGroupLocalizationsItem(
    OpenStrEnum
):
    CUSTOMAPPNAME = "customAppName"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
