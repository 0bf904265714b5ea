from ..types import OpenStrEnum


class ReviewSubmissionsGetCollectionIncludeItem(OpenStrEnum):
    APP = "app"
    APPSTOREVERSIONFORREVIEW = "appStoreVersionForReview"
    ITEMS = "items"
    LASTUPDATEDBYACTOR = "lastUpdatedByActor"
    SUBMITTEDBYACTOR = "submittedByActor"
