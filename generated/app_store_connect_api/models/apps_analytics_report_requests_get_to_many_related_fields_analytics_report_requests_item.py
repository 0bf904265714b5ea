from ..types import OpenStrEnum


class AppsAnalyticsReportRequestsGetToManyRelatedFieldsAnalyticsReportRequestsItem(OpenStrEnum):
    ACCESSTYPE = "accessType"
    REPORTS = "reports"
    STOPPEDDUETOINACTIVITY = "stoppedDueToInactivity"
