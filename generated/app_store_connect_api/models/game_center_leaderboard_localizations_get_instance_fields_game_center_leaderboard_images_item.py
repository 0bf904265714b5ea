from ..types import OpenStrEnum


class GameCenterLeaderboardLocalizationsGetInstanceFieldsGameCenterLeaderboardImagesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    GAMECENTERLEADERBOARDLOCALIZATION = "gameCenterLeaderboardLocalization"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
