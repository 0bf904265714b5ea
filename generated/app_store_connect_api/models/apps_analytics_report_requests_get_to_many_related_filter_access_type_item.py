from ..types import OpenStrEnum


class AppsAnalyticsReportRequestsGetToManyRelatedFilterAccessTypeItem(OpenStrEnum):
    ONE_TIME_SNAPSHOT = "ONE_TIME_SNAPSHOT"
    ONGOING = "ONGOING"
