from ..types import OpenStrEnum


class GameCenterChallengeLocalizationsImageGetToOneRelatedFieldsGameCenterChallengeImagesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
