from ..types import OpenStrEnum


class AnalyticsReportsInstancesGetToManyRelatedFilterGranularityItem(OpenStrEnum):
    DAILY = "DAILY"
    MONTHLY = "MONTHLY"
    WEEKLY = "WEEKLY"
