from ..types import OpenStrEnum


class SubscriptionsGetInstanceFieldsSubscriptionAppStoreReviewScreenshotsItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    ASSETTOKEN = "assetToken"
    ASSETTYPE = "assetType"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    SUBSCRIPTION = "subscription"
    UPLOADOPERATIONS = "uploadOperations"
