from ..types import OpenStrEnum


class SubscriptionLocalizationsV2GetInstanceFieldsSubscriptionLocalizationsItem(OpenStrEnum):
    DESCRIPTION = "description"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
