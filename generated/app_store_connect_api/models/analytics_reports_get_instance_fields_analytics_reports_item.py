from ..types import OpenStrEnum


class AnalyticsReportsGetInstanceFieldsAnalyticsReportsItem(OpenStrEnum):
    CATEGORY = "category"
    INSTANCES = "instances"
    NAME = "name"
