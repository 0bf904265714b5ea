from ..types import OpenStrEnum


class AppsReviewSubmissionsGetToManyRelatedIncludeItem(OpenStrEnum):
    APP = "app"
    APPSTOREVERSIONFORREVIEW = "appStoreVersionForReview"
    ITEMS = "items"
    LASTUPDATEDBYACTOR = "lastUpdatedByActor"
    SUBMITTEDBYACTOR = "submittedByActor"
