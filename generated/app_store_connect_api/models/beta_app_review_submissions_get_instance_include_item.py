from ..types import OpenStrEnum


class BetaAppReviewSubmissionsGetInstanceIncludeItem(OpenStrEnum):
    BUILD = "build"
