from ..types import OpenStrEnum


class AppStoreVersionsCustomerReviewsGetToManyRelatedSortItem(OpenStrEnum):
    CREATEDDATE = "createdDate"
    RATING = "rating"
    VALUE_1 = "-rating"
    VALUE_3 = "-createdDate"
