from ..types import OpenStrEnum


class ReviewSubmissionsGetCollectionFieldsReviewSubmissionsItem(OpenStrEnum):
    APP = "app"
    APPSTOREVERSIONFORREVIEW = "appStoreVersionForReview"
    ITEMS = "items"
    LASTUPDATEDBYACTOR = "lastUpdatedByActor"
    PLATFORM = "platform"
    STATE = "state"
    SUBMITTEDBYACTOR = "submittedByActor"
    SUBMITTEDDATE = "submittedDate"
