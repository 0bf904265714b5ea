from ..types import OpenStrEnum


class SubscriptionsVersionsGetToManyRelatedIncludeItem(OpenStrEnum):
    IMAGE = "image"
    IMAGES = "images"
    LOCALIZATIONS = "localizations"
    SUBSCRIPTION = "subscription"
