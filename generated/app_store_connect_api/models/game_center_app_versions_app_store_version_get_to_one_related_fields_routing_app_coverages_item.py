from ..types import OpenStrEnum


class GameCenterAppVersionsAppStoreVersionGetToOneRelatedFieldsRoutingAppCoveragesItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    UPLOADOPERATIONS = "uploadOperations"
