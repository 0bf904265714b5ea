from ..types import OpenStrEnum


class GameCenterLeaderboardSetImagesGetInstanceFieldsGameCenterLeaderboardSetImagesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    GAMECENTERLEADERBOARDSETLOCALIZATION = "gameCenterLeaderboardSetLocalization"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
