from ..types import OpenStrEnum


class InAppPurchasesV2GetInstanceFieldsInAppPurchaseAppStoreReviewScreenshotsItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    ASSETTOKEN = "assetToken"
    ASSETTYPE = "assetType"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    INAPPPURCHASEV2 = "inAppPurchaseV2"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    UPLOADOPERATIONS = "uploadOperations"
