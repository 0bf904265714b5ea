from ..types import OpenStrEnum


class ReviewSubmissionsGetInstanceIncludeItem(OpenStrEnum):
    APP = "app"
    APPSTOREVERSIONFORREVIEW = "appStoreVersionForReview"
    ITEMS = "items"
    LASTUPDATEDBYACTOR = "lastUpdatedByActor"
    SUBMITTEDBYACTOR = "submittedByActor"
