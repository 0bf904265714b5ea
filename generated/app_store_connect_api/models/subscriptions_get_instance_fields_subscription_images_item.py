from ..types import OpenStrEnum


class SubscriptionsGetInstanceFieldsSubscriptionImagesItem(OpenStrEnum):
    ASSETTOKEN = "assetToken"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    STATE = "state"
    SUBSCRIPTION = "subscription"
    UPLOADOPERATIONS = "uploadOperations"
