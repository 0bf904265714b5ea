from ..types import OpenStrEnum


class AppsAppEncryptionDeclarationsGetToManyRelatedFieldsAppEncryptionDeclarationDocumentsItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    ASSETTOKEN = "assetToken"
    DOWNLOADURL = "downloadUrl"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    UPLOADOPERATIONS = "uploadOperations"
