from ..types import OpenStrEnum


class GameCenterChallengeVersionsLocalizationsGetToManyRelatedFieldsGameCenterChallengeImagesItem(
    OpenStrEnum
):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
