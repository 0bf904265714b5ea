from ..types import OpenStrEnum


class SubscriptionGroupVersionsLocalizationsGetToManyRelatedIncludeItem(OpenStrEnum):
    VERSION = "version"
