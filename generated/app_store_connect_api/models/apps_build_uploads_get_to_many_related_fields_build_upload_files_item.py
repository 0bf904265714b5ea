from ..types import OpenStrEnum


class AppsBuildUploadsGetToManyRelatedFieldsBuildUploadFilesItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    ASSETTOKEN = "assetToken"
    ASSETTYPE = "assetType"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    SOURCEFILECHECKSUMS = "sourceFileChecksums"
    UPLOADOPERATIONS = "uploadOperations"
    UTI = "uti"
