from ..types import OpenStrEnum


class AppsGetInstanceFieldsSubscriptionGracePeriodsItem(OpenStrEnum):
    DURATION = "duration"
    OPTIN = "optIn"
    RENEWALTYPE = "renewalType"
    SANDBOXOPTIN = "sandboxOptIn"
