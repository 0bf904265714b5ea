from ..types import OpenStrEnum


class AppStoreVersionsCustomerReviewsGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
