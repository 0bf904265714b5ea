from ..types import OpenStrEnum


class SubscriptionsImagesGetToManyRelatedFieldsSubscriptionImagesItem(OpenStrEnum):
    ASSETTOKEN = "assetToken"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    STATE = "state"
    SUBSCRIPTION = "subscription"
    UPLOADOPERATIONS = "uploadOperations"
