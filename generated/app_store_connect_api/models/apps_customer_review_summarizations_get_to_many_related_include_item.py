from ..types import OpenStrEnum


class AppsCustomerReviewSummarizationsGetToManyRelatedIncludeItem(OpenStrEnum):
    TERRITORY = "territory"
