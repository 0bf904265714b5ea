from ..types import OpenStrEnum


class SubscriptionsAppStoreReviewScreenshotGetToOneRelatedIncludeItem(OpenStrEnum):
    SUBSCRIPTION = "subscription"
