from ..types import OpenStrEnum


class SubscriptionsAppStoreReviewScreenshotGetToOneRelatedFieldsSubscriptionAppStoreReviewScreenshotsItem(
    OpenStrEnum
):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    ASSETTOKEN = "assetToken"
    ASSETTYPE = "assetType"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    SUBSCRIPTION = "subscription"
    UPLOADOPERATIONS = "uploadOperations"
