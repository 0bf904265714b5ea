from ..types import OpenStrEnum


class SubscriptionsImagesGetToManyRelatedIncludeItem(OpenStrEnum):
    SUBSCRIPTION = "subscription"
