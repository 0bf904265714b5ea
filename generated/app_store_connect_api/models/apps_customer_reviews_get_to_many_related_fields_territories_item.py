from ..types import OpenStrEnum


class AppsCustomerReviewsGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
