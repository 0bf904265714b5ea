from ..types import OpenStrEnum


class CustomerReviewResponseV1AttributesState(OpenStrEnum):
    PENDING_PUBLISH = "PENDING_PUBLISH"
    PUBLISHED = "PUBLISHED"
