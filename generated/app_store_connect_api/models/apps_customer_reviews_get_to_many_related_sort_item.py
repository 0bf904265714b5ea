from ..types import OpenStrEnum


class AppsCustomerReviewsGetToManyRelatedSortItem(OpenStrEnum):
    CREATEDDATE = "createdDate"
    RATING = "rating"
    VALUE_1 = "-rating"
    VALUE_3 = "-createdDate"
