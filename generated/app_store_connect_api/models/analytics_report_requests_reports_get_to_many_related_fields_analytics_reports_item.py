from ..types import OpenStrEnum


class AnalyticsReportRequestsReportsGetToManyRelatedFieldsAnalyticsReportsItem(OpenStrEnum):
    CATEGORY = "category"
    INSTANCES = "instances"
    NAME = "name"
