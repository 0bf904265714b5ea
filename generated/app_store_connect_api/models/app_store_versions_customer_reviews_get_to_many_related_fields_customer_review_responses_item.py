from ..types import OpenStrEnum


class AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsCustomerReviewResponsesItem(OpenStrEnum):
    LASTMODIFIEDDATE = "lastModifiedDate"
    RESPONSEBODY = "responseBody"
    REVIEW = "review"
    STATE = "state"
