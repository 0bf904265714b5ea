from ..types import OpenStrEnum


class AppsSubscriptionGracePeriodGetToOneRelatedFieldsSubscriptionGracePeriodsItem(OpenStrEnum):
    DURATION = "duration"
    OPTIN = "optIn"
    RENEWALTYPE = "renewalType"
    SANDBOXOPTIN = "sandboxOptIn"
