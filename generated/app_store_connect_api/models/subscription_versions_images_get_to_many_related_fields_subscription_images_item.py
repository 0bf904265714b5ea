from ..types import OpenStrEnum


class SubscriptionVersionsImagesGetToManyRelatedFieldsSubscriptionImagesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    ASSETTOKEN = "assetToken"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
