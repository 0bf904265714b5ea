from ..types import OpenStrEnum


class SubscriptionVersionsGetInstanceFieldsSubscriptionLocalizationsItem(OpenStrEnum):
    DESCRIPTION = "description"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
