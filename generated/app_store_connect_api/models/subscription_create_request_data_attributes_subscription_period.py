from ..types import OpenStrEnum


class SubscriptionCreateRequestDataAttributesSubscriptionPeriod(OpenStrEnum):
    ONE_MONTH = "ONE_MONTH"
    ONE_WEEK = "ONE_WEEK"
    ONE_YEAR = "ONE_YEAR"
    SIX_MONTHS = "SIX_MONTHS"
    THREE_MONTHS = "THREE_MONTHS"
    TWO_MONTHS = "TWO_MONTHS"
