from ..types import OpenStrEnum


class GameCenterChallengeLocalizationsGetInstanceFieldsGameCenterChallengeImagesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
