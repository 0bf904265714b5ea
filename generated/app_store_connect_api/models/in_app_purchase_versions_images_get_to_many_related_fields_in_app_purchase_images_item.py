from ..types import OpenStrEnum


class InAppPurchaseVersionsImagesGetToManyRelatedFieldsInAppPurchaseImagesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    ASSETTOKEN = "assetToken"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
