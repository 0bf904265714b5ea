from ..types import OpenStrEnum


class AppsAnalyticsReportRequestsGetToManyRelatedIncludeItem(OpenStrEnum):
    REPORTS = "reports"
