from ..types import OpenStrEnum


class SubscriptionsVersionsGetToManyRelatedFieldsSubscriptionVersionsItem(OpenStrEnum):
    IMAGE = "image"
    IMAGES = "images"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    SUBSCRIPTION = "subscription"
    VERSION = "version"
