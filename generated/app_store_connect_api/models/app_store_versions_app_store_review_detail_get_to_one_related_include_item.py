from ..types import OpenStrEnum


class AppStoreVersionsAppStoreReviewDetailGetToOneRelatedIncludeItem(OpenStrEnum):
    APPSTOREREVIEWATTACHMENTS = "appStoreReviewAttachments"
    APPSTOREVERSION = "appStoreVersion"
