from ..types import OpenStrEnum


class SubscriptionVersionsLocalizationsGetToManyRelatedFieldsSubscriptionLocalizationsItem(OpenStrEnum):
    DESCRIPTION = "description"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
