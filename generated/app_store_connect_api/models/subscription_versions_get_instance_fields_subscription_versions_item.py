from ..types import OpenStrEnum


class SubscriptionVersionsGetInstanceFieldsSubscriptionVersionsItem(OpenStrEnum):
    IMAGE = "image"
    IMAGES = "images"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    SUBSCRIPTION = "subscription"
    VERSION = "version"
