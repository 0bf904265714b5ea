from ..types import OpenStrEnum


class GameCenterChallengeVersionsGetInstanceFieldsGameCenterChallengeImagesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
