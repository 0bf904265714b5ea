from ..types import OpenStrEnum


class AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseImagesItem(OpenStrEnum):
    ASSETTOKEN = "assetToken"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    INAPPPURCHASE = "inAppPurchase"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    STATE = "state"
    UPLOADOPERATIONS = "uploadOperations"
