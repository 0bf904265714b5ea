from ..types import OpenStrEnum


class GameCenterLeaderboardImagesGetInstanceFieldsGameCenterLeaderboardImagesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    GAMECENTERLEADERBOARDLOCALIZATION = "gameCenterLeaderboardLocalization"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
