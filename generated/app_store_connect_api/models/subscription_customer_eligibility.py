from ..types import OpenStrEnum


class SubscriptionCustomerEligibility(OpenStrEnum):
    EXISTING = "EXISTING"
    EXPIRED = "EXPIRED"
    NEW = "NEW"
