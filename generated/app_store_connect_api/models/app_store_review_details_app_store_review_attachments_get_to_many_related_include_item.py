from ..types import OpenStrEnum


class AppStoreReviewDetailsAppStoreReviewAttachmentsGetToManyRelatedIncludeItem(OpenStrEnum):
    APPSTOREREVIEWDETAIL = "appStoreReviewDetail"
