from ..types import OpenStrEnum


class AppStoreVersionsGetInstanceFieldsRoutingAppCoveragesItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    UPLOADOPERATIONS = "uploadOperations"
