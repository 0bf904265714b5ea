from ..types import OpenStrEnum


class GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeImagesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    IMAGEASSET = "imageAsset"
    UPLOADOPERATIONS = "uploadOperations"
