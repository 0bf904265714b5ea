from ..types import OpenStrEnum


class SubscriptionsGetInstanceFieldsSubscriptionVersionsItem(OpenStrEnum):
    IMAGE = "image"
    IMAGES = "images"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    SUBSCRIPTION = "subscription"
    VERSION = "version"
