from ..types import OpenStrEnum


class SubscriptionGracePeriodDuration(OpenStrEnum):
    SIXTEEN_DAYS = "SIXTEEN_DAYS"
    THREE_DAYS = "THREE_DAYS"
    TWENTY_EIGHT_DAYS = "TWENTY_EIGHT_DAYS"
