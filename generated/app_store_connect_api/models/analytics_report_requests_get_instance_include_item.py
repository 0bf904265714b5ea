from ..types import OpenStrEnum


class AnalyticsReportRequestsGetInstanceIncludeItem(OpenStrEnum):
    REPORTS = "reports"
