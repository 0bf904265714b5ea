from ..types import OpenStrEnum


class InAppPurchaseVersionsGetInstanceFieldsInAppPurchaseImagesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    ASSETTOKEN = "assetToken"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
