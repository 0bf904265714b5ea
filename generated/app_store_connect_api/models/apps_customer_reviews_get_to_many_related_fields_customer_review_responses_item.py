from ..types import OpenStrEnum


class AppsCustomerReviewsGetToManyRelatedFieldsCustomerReviewResponsesItem(OpenStrEnum):
    LASTMODIFIEDDATE = "lastModifiedDate"
    RESPONSEBODY = "responseBody"
    REVIEW = "review"
    STATE = "state"
