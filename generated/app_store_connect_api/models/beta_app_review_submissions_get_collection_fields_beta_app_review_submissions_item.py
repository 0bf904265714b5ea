from ..types import OpenStrEnum


class BetaAppReviewSubmissionsGetCollectionFieldsBetaAppReviewSubmissionsItem(OpenStrEnum):
    BETAREVIEWSTATE = "betaReviewState"
    BUILD = "build"
    SUBMITTEDDATE = "submittedDate"
