from ..types import OpenStrEnum


class BuildsBetaAppReviewSubmissionGetToOneRelatedFieldsBetaAppReviewSubmissionsItem(OpenStrEnum):
    BETAREVIEWSTATE = "betaReviewState"
    BUILD = "build"
    SUBMITTEDDATE = "submittedDate"
