from ..types import OpenStrEnum


class AnalyticsReportRequestAttributesAccessType(OpenStrEnum):
    ONE_TIME_SNAPSHOT = "ONE_TIME_SNAPSHOT"
    ONGOING = "ONGOING"
