from ..types import OpenStrEnum


class AppClipDefaultExperienceLocalizationsGetInstanceFieldsAppClipHeaderImagesItem(OpenStrEnum):
    APPCLIPDEFAULTEXPERIENCELOCALIZATION = "appClipDefaultExperienceLocalization"
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    UPLOADOPERATIONS = "uploadOperations"
