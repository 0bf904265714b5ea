from ..types import OpenStrEnum


class AppsAppStoreVersionsGetToManyRelatedFieldsRoutingAppCoveragesItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    UPLOADOPERATIONS = "uploadOperations"
