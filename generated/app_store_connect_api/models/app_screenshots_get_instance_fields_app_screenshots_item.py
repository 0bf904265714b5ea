from ..types import OpenStrEnum


class AppScreenshotsGetInstanceFieldsAppScreenshotsItem(OpenStrEnum):
    APPSCREENSHOTSET = "appScreenshotSet"
    ASSETDELIVERYSTATE = "assetDeliveryState"
    ASSETTOKEN = "assetToken"
    ASSETTYPE = "assetType"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    UPLOADOPERATIONS = "uploadOperations"
