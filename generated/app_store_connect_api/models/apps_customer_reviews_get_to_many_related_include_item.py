from ..types import OpenStrEnum


class AppsCustomerReviewsGetToManyRelatedIncludeItem(OpenStrEnum):
    RESPONSE = "response"
    REVIEWTERRITORY = "reviewTerritory"
