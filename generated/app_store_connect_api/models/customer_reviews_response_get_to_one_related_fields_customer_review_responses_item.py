from ..types import OpenStrEnum


class CustomerReviewsResponseGetToOneRelatedFieldsCustomerReviewResponsesItem(OpenStrEnum):
    LASTMODIFIEDDATE = "lastModifiedDate"
    RESPONSEBODY = "responseBody"
    REVIEW = "review"
    STATE = "state"
