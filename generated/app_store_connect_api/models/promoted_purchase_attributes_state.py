from ..types import OpenStrEnum


class PromotedPurchaseAttributesState(OpenStrEnum):
    APPROVED = "APPROVED"
    IN_REVIEW = "IN_REVIEW"
    PREPARE_FOR_SUBMISSION = "PREPARE_FOR_SUBMISSION"
    REJECTED = "REJECTED"
