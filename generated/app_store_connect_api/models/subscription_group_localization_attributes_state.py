from ..types import OpenStrEnum


class SubscriptionGroupLocalizationAttributesState(OpenStrEnum):
    APPROVED = "APPROVED"
    PREPARE_FOR_SUBMISSION = "PREPARE_FOR_SUBMISSION"
    REJECTED = "REJECTED"
    WAITING_FOR_REVIEW = "WAITING_FOR_REVIEW"
