from ..types import OpenStrEnum


class AppsCustomerReviewSummarizationsGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
