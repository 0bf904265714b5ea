from ..types import OpenStrEnum


class AnalyticsReportRequestCreateRequestDataAttributesAccessType(OpenStrEnum):
    ONE_TIME_SNAPSHOT = "ONE_TIME_SNAPSHOT"
    ONGOING = "ONGOING"
