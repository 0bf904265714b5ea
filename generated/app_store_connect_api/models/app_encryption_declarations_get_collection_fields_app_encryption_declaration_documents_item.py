from ..types import OpenStrEnum


class AppEncryptionDeclarationsGetCollectionFieldsAppEncryptionDeclarationDocumentsItem(OpenStrEnum):
    ASSETDELIVERYSTATE = "assetDeliveryState"
    ASSETTOKEN = "assetToken"
    DOWNLOADURL = "downloadUrl"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    UPLOADOPERATIONS = "uploadOperations"
