from ..types import OpenStrEnum


class SubscriptionAppStoreReviewScreenshotsGetInstanceIncludeItem(OpenStrEnum):
    SUBSCRIPTION = "subscription"
