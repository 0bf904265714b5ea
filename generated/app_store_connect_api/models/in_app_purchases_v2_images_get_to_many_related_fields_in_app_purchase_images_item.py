from ..types import OpenStrEnum


class InAppPurchasesV2ImagesGetToManyRelatedFieldsInAppPurchaseImagesItem(OpenStrEnum):
    ASSETTOKEN = "assetToken"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    INAPPPURCHASE = "inAppPurchase"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    STATE = "state"
    UPLOADOPERATIONS = "uploadOperations"
