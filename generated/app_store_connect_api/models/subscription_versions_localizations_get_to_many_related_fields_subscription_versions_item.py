from ..types import OpenStrEnum


class SubscriptionVersionsLocalizationsGetToManyRelatedFieldsSubscriptionVersionsItem(OpenStrEnum):
    IMAGE = "image"
    IMAGES = "images"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    SUBSCRIPTION = "subscription"
    VERSION = "version"
