from ..types import OpenStrEnum


class GameCenterActivityVersionsLocalizationsGetToManyRelatedFieldsGameCenterActivityImagesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
