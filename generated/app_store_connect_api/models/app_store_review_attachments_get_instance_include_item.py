from ..types import OpenStrEnum


class AppStoreReviewAttachmentsGetInstanceIncludeItem(OpenStrEnum):
    APPSTOREREVIEWDETAIL = "appStoreReviewDetail"
