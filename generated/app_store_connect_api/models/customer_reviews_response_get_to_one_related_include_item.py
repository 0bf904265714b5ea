from ..types import OpenStrEnum


class CustomerReviewsResponseGetToOneRelatedIncludeItem(OpenStrEnum):
    REVIEW = "review"
