from ..types import OpenStrEnum


class GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementImagesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    GAMECENTERACHIEVEMENTLOCALIZATION = "gameCenterAchievementLocalization"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
