from ..types import OpenStrEnum


class GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardImagesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    GAMECENTERLEADERBOARDLOCALIZATION = "gameCenterLeaderboardLocalization"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
