from ..types import OpenStrEnum


class CustomerReviewResponsesGetInstanceFieldsCustomerReviewResponsesItem(OpenStrEnum):
    LASTMODIFIEDDATE = "lastModifiedDate"
    RESPONSEBODY = "responseBody"
    REVIEW = "review"
    STATE = "state"
