from ..types import OpenStrEnum


class GameCenterActivityLocalizationsImageGetToOneRelatedFieldsGameCenterActivityImagesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
