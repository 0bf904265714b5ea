from ..types import OpenStrEnum


class ReviewSubmissionItemAttributesState(OpenStrEnum):
    ACCEPTED = "ACCEPTED"
    APPROVED = "APPROVED"
    READY_FOR_REVIEW = "READY_FOR_REVIEW"
    REJECTED = "REJECTED"
    REMOVED = "REMOVED"
