from ..types import OpenStrEnum


class AppClipHeaderImagesGetInstanceFieldsAppClipHeaderImagesItem(OpenStrEnum):
    APPCLIPDEFAULTEXPERIENCELOCALIZATION = "appClipDefaultExperienceLocalization"
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    UPLOADOPERATIONS = "uploadOperations"
