from ..types import OpenStrEnum


class CiBuildRunsBuildsGetToManyRelatedFilterBetaAppReviewSubmissionBetaReviewStateItem(OpenStrEnum):
    APPROVED = "APPROVED"
    IN_REVIEW = "IN_REVIEW"
    REJECTED = "REJECTED"
    WAITING_FOR_REVIEW = "WAITING_FOR_REVIEW"
