from ..types import OpenStrEnum


class CustomerReviewsGetInstanceFieldsCustomerReviewResponsesItem(OpenStrEnum):
    LASTMODIFIEDDATE = "lastModifiedDate"
    RESPONSEBODY = "responseBody"
    REVIEW = "review"
    STATE = "state"
