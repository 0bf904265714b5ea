from ..types import OpenStrEnum


class BetaAppReviewSubmissionsGetCollectionIncludeItem(OpenStrEnum):
    BUILD = "build"
