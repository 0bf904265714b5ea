from ..types import OpenStrEnum


class GameCenterAchievementLocalizationsV2ImageGetToOneRelatedFieldsGameCenterAchievementImagesItem(
    OpenStrEnum
):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    LOCALIZATION = "localization"
    UPLOADOPERATIONS = "uploadOperations"
