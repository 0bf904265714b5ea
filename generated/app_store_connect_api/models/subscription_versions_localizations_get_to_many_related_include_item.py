from ..types import OpenStrEnum


class SubscriptionVersionsLocalizationsGetToManyRelatedIncludeItem(OpenStrEnum):
    VERSION = "version"
