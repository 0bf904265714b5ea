from ..types import OpenStrEnum


class GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetImagesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    GAMECENTERLEADERBOARDSETLOCALIZATION = "gameCenterLeaderboardSetLocalization"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
