from ..types import OpenStrEnum


class AppsAnalyticsReportRequestsGetToManyRelatedFieldsAnalyticsReportsItem(OpenStrEnum):
    CATEGORY = "category"
    INSTANCES = "instances"
    NAME = "name"
