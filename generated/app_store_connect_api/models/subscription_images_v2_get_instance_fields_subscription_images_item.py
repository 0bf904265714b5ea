from ..types import OpenStrEnum


class SubscriptionImagesV2GetInstanceFieldsSubscriptionImagesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    ASSETTOKEN = "assetToken"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
