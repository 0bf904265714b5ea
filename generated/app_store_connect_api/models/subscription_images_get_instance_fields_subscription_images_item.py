from ..types import OpenStrEnum


class SubscriptionImagesGetInstanceFieldsSubscriptionImagesItem(OpenStrEnum):
    ASSETTOKEN = "assetToken"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    STATE = "state"
    SUBSCRIPTION = "subscription"
    UPLOADOPERATIONS = "uploadOperations"
