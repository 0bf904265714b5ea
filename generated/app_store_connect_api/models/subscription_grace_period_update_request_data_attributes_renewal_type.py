from ..types import OpenStrEnum


class SubscriptionGracePeriodUpdateRequestDataAttributesRenewalType(OpenStrEnum):
    ALL_RENEWALS = "ALL_RENEWALS"
    PAID_TO_PAID_ONLY = "PAID_TO_PAID_ONLY"
