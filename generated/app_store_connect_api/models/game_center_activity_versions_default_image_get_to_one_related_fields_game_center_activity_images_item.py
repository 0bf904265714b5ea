from ..types import OpenStrEnum


class GameCenterActivityVersionsDefaultImageGetToOneRelatedFieldsGameCenterActivityImagesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
