from ..types import OpenStrEnum


class AppStoreReviewDetailsGetInstanceFieldsAppStoreReviewAttachmentsItem(OpenStrEnum):
    APPSTOREREVIEWDETAIL = "appStoreReviewDetail"
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    UPLOADOPERATIONS = "uploadOperations"
