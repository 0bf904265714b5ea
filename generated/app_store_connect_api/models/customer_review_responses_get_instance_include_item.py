from ..types import OpenStrEnum


class CustomerReviewResponsesGetInstanceIncludeItem(OpenStrEnum):
    REVIEW = "review"
