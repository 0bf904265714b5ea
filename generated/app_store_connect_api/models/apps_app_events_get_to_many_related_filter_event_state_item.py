from ..types import OpenStrEnum


class AppsAppEventsGetToManyRelatedFilterEventStateItem(OpenStrEnum):
    ACCEPTED = "ACCEPTED"
    APPROVED = "APPROVED"
    ARCHIVED = "ARCHIVED"
    DRAFT = "DRAFT"
    IN_REVIEW = "IN_REVIEW"
    PAST = "PAST"
    PUBLISHED = "PUBLISHED"
    READY_FOR_REVIEW = "READY_FOR_REVIEW"
    REJECTED = "REJECTED"
    WAITING_FOR_REVIEW = "WAITING_FOR_REVIEW"
