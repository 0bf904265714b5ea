from ..types import OpenStrEnum


class GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityImagesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
