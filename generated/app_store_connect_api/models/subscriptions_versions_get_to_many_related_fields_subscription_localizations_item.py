from ..types import OpenStrEnum


class SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionLocalizationsItem(OpenStrEnum):
    DESCRIPTION = "description"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
