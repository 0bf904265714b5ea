from ..types import OpenStrEnum


class AnalyticsReportRequestsGetInstanceFieldsAnalyticsReportsItem(OpenStrEnum):
    CATEGORY = "category"
    INSTANCES = "instances"
    NAME = "name"
