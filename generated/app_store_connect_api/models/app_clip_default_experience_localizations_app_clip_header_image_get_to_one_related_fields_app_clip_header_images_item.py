from ..types import OpenStrEnum


class AppClipDefaultExperienceLocalizationsAppClipHeaderImageGetToOneRelatedFieldsAppClipHeaderImagesItem(
    OpenStrEnum
):
    APPCLIPDEFAULTEXPERIENCELOCALIZATION = "appClipDefaultExperienceLocalization"
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    UPLOADOPERATIONS = "uploadOperations"
