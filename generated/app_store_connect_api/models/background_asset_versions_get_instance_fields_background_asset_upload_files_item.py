from ..types import OpenStrEnum


class BackgroundAssetVersionsGetInstanceFieldsBackgroundAssetUploadFilesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    ASSETTOKEN = "assetToken"
    ASSETTYPE = "assetType"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    SOURCEFILECHECKSUMS = "sourceFileChecksums"
    UPLOADOPERATIONS = "uploadOperations"
