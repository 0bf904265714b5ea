from ..types import OpenStrEnum


class AnalyticsReportInstancesGetInstanceFieldsAnalyticsReportInstancesItem(OpenStrEnum):
    GRANULARITY = "granularity"
    PROCESSINGDATE = "processingDate"
    SEGMENTS = "segments"
