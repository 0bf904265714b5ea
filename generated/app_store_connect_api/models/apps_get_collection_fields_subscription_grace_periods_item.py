from ..types import OpenStrEnum


class AppsGetCollectionFieldsSubscriptionGracePeriodsItem(OpenStrEnum):
    DURATION = "duration"
    OPTIN = "optIn"
    RENEWALTYPE = "renewalType"
    SANDBOXOPTIN = "sandboxOptIn"
