from ..types import OpenStrEnum


class CiProductsAppGetToOneRelatedFieldsSubscriptionGracePeriodsItem(OpenStrEnum):
    DURATION = "duration"
    OPTIN = "optIn"
    RENEWALTYPE = "renewalType"
    SANDBOXOPTIN = "sandboxOptIn"
