from ..types import OpenStrEnum


class AppsBetaFeedbackScreenshotSubmissionsGetToManyRelatedSortItem(OpenStrEnum):
    CREATEDDATE = "createdDate"
    VALUE_1 = "-createdDate"
