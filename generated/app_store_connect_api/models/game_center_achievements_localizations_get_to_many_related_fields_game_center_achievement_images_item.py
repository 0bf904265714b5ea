from ..types import OpenStrEnum


class GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementImagesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    GAMECENTERACHIEVEMENTLOCALIZATION = "gameCenterAchievementLocalization"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
