from ..types import OpenStrEnum


class AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsCustomerReviewsItem(OpenStrEnum):
    BODY = "body"
    CREATEDDATE = "createdDate"
    RATING = "rating"
    RESPONSE = "response"
    REVIEWERNICKNAME = "reviewerNickname"
    REVIEWTERRITORY = "reviewTerritory"
    TERRITORY = "territory"
    TITLE = "title"
