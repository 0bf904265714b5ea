from ..types import OpenStrEnum


class AppStoreVersionsRoutingAppCoverageGetToOneRelatedFieldsRoutingAppCoveragesItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    UPLOADOPERATIONS = "uploadOperations"
