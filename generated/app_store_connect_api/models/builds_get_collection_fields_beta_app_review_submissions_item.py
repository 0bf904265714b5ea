from ..types import OpenStrEnum


class BuildsGetCollectionFieldsBetaAppReviewSubmissionsItem(OpenStrEnum):
    BETAREVIEWSTATE = "betaReviewState"
    BUILD = "build"
    SUBMITTEDDATE = "submittedDate"
