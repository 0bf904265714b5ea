from ..types import OpenStrEnum


class AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedFieldsAppClipHeaderImagesItem(
    OpenStrEnum
):
    APPCLIPDEFAULTEXPERIENCELOCALIZATION = "appClipDefaultExperienceLocalization"
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    UPLOADOPERATIONS = "uploadOperations"
