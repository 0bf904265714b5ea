from ..types import OpenStrEnum


class SalesReportsGetCollectionFilterFrequencyItem(OpenStrEnum):
    DAILY = "DAILY"
    MONTHLY = "MONTHLY"
    WEEKLY = "WEEKLY"
    YEARLY = "YEARLY"
