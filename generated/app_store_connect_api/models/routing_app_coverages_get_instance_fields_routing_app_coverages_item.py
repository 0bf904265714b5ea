from ..types import OpenStrEnum


class RoutingAppCoveragesGetInstanceFieldsRoutingAppCoveragesItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    UPLOADOPERATIONS = "uploadOperations"
