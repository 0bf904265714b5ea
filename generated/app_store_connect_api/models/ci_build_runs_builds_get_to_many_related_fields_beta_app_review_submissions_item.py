from ..types import OpenStrEnum


class CiBuildRunsBuildsGetToManyRelatedFieldsBetaAppReviewSubmissionsItem(OpenStrEnum):
    BETAREVIEWSTATE = "betaReviewState"
    BUILD = "build"
    SUBMITTEDDATE = "submittedDate"
