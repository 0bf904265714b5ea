from ..types import OpenStrEnum


class SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionVersionsItem(OpenStrEnum):
    IMAGE = "image"
    IMAGES = "images"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    SUBSCRIPTION = "subscription"
    VERSION = "version"
