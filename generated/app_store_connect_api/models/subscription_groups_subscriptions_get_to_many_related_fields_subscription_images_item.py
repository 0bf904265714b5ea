from ..types import OpenStrEnum


class SubscriptionGroupsSubscriptionsGetToManyRelatedFieldsSubscriptionImagesItem(OpenStrEnum):
    ASSETTOKEN = "assetToken"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    STATE = "state"
    SUBSCRIPTION = "subscription"
    UPLOADOPERATIONS = "uploadOperations"
