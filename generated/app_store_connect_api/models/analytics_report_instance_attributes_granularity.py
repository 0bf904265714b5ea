from ..types import OpenStrEnum


class AnalyticsReportInstanceAttributesGranularity(OpenStrEnum):
    DAILY = "DAILY"
    MONTHLY = "MONTHLY"
    WEEKLY = "WEEKLY"
