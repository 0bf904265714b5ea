from ..types import OpenStrEnum


class GameCenterLeaderboardSetsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetImagesItem(
    OpenStrEnum
):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    GAMECENTERLEADERBOARDSETLOCALIZATION = "gameCenterLeaderboardSetLocalization"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
