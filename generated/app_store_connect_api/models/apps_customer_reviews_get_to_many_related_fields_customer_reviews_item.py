from ..types import OpenStrEnum


class AppsCustomerReviewsGetToManyRelatedFieldsCustomerReviewsItem(OpenStrEnum):
    BODY = "body"
    CREATEDDATE = "createdDate"
    RATING = "rating"
    RESPONSE = "response"
    REVIEWERNICKNAME = "reviewerNickname"
    REVIEWTERRITORY = "reviewTerritory"
    TERRITORY = "territory"
    TITLE = "title"
