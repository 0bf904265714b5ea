from ..types import OpenStrEnum


class GameCenterAchievementImagesGetInstanceFieldsGameCenterAchievementImagesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    GAMECENTERACHIEVEMENTLOCALIZATION = "gameCenterAchievementLocalization"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
