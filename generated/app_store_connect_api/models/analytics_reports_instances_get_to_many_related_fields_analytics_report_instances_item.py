from ..types import OpenStrEnum


class AnalyticsReportsInstancesGetToManyRelatedFieldsAnalyticsReportInstancesItem(OpenStrEnum):
    GRANULARITY = "granularity"
    PROCESSINGDATE = "processingDate"
    SEGMENTS = "segments"
