from ..types import OpenStrEnum


class SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupLocalizationsItem(OpenStrEnum):
    CUSTOMAPPNAME = "customAppName"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
