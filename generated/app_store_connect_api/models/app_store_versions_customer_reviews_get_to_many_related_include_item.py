from ..types import OpenStrEnum


class AppStoreVersionsCustomerReviewsGetToManyRelatedIncludeItem(OpenStrEnum):
    RESPONSE = "response"
    REVIEWTERRITORY = "reviewTerritory"
