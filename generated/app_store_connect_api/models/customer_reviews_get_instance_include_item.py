from ..types import OpenStrEnum


class CustomerReviewsGetInstanceIncludeItem(OpenStrEnum):
    RESPONSE = "response"
    REVIEWTERRITORY = "reviewTerritory"
