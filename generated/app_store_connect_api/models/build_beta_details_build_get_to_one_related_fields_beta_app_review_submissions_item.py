from ..types import OpenStrEnum


class BuildBetaDetailsBuildGetToOneRelatedFieldsBetaAppReviewSubmissionsItem(OpenStrEnum):
    BETAREVIEWSTATE = "betaReviewState"
    BUILD = "build"
    SUBMITTEDDATE = "submittedDate"
