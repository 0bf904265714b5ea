from ..types import OpenStrEnum


class SubscriptionGroupLocalizationsV2GetInstanceFieldsSubscriptionGroupLocalizationsItem(OpenStrEnum):
    CUSTOMAPPNAME = "customAppName"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
