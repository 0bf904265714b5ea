from ..types import OpenStrEnum


class AppStoreReviewDetailsAppStoreReviewAttachmentsGetToManyRelatedFieldsAppStoreReviewAttachmentsItem(
    OpenStrEnum
):
    APPSTOREREVIEWDETAIL = "appStoreReviewDetail"
    ASSETDELIVERYSTATE = "assetDeliveryState"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    UPLOADOPERATIONS = "uploadOperations"
