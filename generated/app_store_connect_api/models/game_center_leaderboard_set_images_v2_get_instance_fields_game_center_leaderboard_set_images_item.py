from ..types import OpenStrEnum


class GameCenterLeaderboardSetImagesV2GetInstanceFieldsGameCenterLeaderboardSetImagesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    LOCALIZATION = "localization"
    UPLOADOPERATIONS = "uploadOperations"
