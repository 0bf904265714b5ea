from ..types import OpenStrEnum


class AppEncryptionDeclarationState(OpenStrEnum):
    APPROVED = "APPROVED"
    CREATED = "CREATED"
    EXPIRED = "EXPIRED"
    INVALID = "INVALID"
    IN_REVIEW = "IN_REVIEW"
    REJECTED = "REJECTED"
