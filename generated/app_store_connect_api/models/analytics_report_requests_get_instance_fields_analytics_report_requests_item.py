from ..types import OpenStrEnum


class AnalyticsReportRequestsGetInstanceFieldsAnalyticsReportRequestsItem(OpenStrEnum):
    ACCESSTYPE = "accessType"
    REPORTS = "reports"
    STOPPEDDUETOINACTIVITY = "stoppedDueToInactivity"
