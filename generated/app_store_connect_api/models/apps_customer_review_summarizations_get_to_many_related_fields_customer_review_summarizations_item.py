from ..types import OpenStrEnum


class AppsCustomerReviewSummarizationsGetToManyRelatedFieldsCustomerReviewSummarizationsItem(OpenStrEnum):
    CREATEDDATE = "createdDate"
    LOCALE = "locale"
    PLATFORM = "platform"
    TERRITORY = "territory"
    TEXT = "text"
