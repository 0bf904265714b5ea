from ..types import OpenStrEnum


class AppStoreReviewAttachmentsGetInstanceFieldsAppStoreReviewAttachmentsItem(OpenStrEnum):
    APPSTOREREVIEWDETAIL = "appStoreReviewDetail"
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    UPLOADOPERATIONS = "uploadOperations"
