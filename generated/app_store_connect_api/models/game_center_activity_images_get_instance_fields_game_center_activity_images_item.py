from ..types import OpenStrEnum


class GameCenterActivityImagesGetInstanceFieldsGameCenterActivityImagesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
