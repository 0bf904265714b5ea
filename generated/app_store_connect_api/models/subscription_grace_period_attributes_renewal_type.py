from ..types import OpenStrEnum


class SubscriptionGracePeriodAttributesRenewalType(OpenStrEnum):
    ALL_RENEWALS = "ALL_RENEWALS"
    PAID_TO_PAID_ONLY = "PAID_TO_PAID_ONLY"
