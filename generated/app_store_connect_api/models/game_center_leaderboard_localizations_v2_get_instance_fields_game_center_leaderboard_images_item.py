from ..types import OpenStrEnum


class GameCenterLeaderboardLocalizationsV2GetInstanceFieldsGameCenterLeaderboardImagesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    LOCALIZATION = "localization"
    UPLOADOPERATIONS = "uploadOperations"
