from ..types import OpenStrEnum


class GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardImagesItem(
    OpenStrEnum
):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    LOCALIZATION = "localization"
    UPLOADOPERATIONS = "uploadOperations"
