from ..types import OpenStrEnum


class AppsBetaFeedbackCrashSubmissionsGetToManyRelatedSortItem(OpenStrEnum):
    CREATEDDATE = "createdDate"
    VALUE_1 = "-createdDate"
