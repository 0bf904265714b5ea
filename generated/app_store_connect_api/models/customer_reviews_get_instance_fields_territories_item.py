from ..types import OpenStrEnum


class CustomerReviewsGetInstanceFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
