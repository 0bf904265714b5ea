from ..types import OpenStrEnum


class GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedFieldsGameCenterAchievementImagesItem(
    OpenStrEnum
):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    GAMECENTERACHIEVEMENTLOCALIZATION = "gameCenterAchievementLocalization"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
