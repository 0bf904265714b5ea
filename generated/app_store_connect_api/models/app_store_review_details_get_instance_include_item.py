from ..types import OpenStrEnum


class AppStoreReviewDetailsGetInstanceIncludeItem(OpenStrEnum):
    APPSTOREREVIEWATTACHMENTS = "appStoreReviewAttachments"
    APPSTOREVERSION = "appStoreVersion"
