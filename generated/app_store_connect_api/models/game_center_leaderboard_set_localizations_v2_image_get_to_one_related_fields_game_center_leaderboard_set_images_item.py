from ..types import OpenStrEnum


class GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedFieldsGameCenterLeaderboardSetImagesItem(
    OpenStrEnum
):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    LOCALIZATION = "localization"
    UPLOADOPERATIONS = "uploadOperations"
