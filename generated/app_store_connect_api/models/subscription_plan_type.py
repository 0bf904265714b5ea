from ..types import OpenStrEnum


class SubscriptionPlanType(OpenStrEnum):
    MONTHLY = "MONTHLY"
    UPFRONT = "UPFRONT"
