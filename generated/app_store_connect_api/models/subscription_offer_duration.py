from ..types import OpenStrEnum


class SubscriptionOfferDuration(OpenStrEnum):
    ONE_MONTH = "ONE_MONTH"
    ONE_WEEK = "ONE_WEEK"
    ONE_YEAR = "ONE_YEAR"
    SIX_MONTHS = "SIX_MONTHS"
    THREE_DAYS = "THREE_DAYS"
    THREE_MONTHS = "THREE_MONTHS"
    TWO_MONTHS = "TWO_MONTHS"
    TWO_WEEKS = "TWO_WEEKS"
