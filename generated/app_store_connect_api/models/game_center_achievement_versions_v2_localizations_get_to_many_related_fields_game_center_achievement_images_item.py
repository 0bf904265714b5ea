from ..types import OpenStrEnum


class GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterAchievementImagesItem(
    OpenStrEnum
):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    LOCALIZATION = "localization"
    UPLOADOPERATIONS = "uploadOperations"
