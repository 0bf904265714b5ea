from ..types import OpenStrEnum


class SubscriptionGracePeriodsGetInstanceFieldsSubscriptionGracePeriodsItem(OpenStrEnum):
    DURATION = "duration"
    OPTIN = "optIn"
    RENEWALTYPE = "renewalType"
    SANDBOXOPTIN = "sandboxOptIn"
