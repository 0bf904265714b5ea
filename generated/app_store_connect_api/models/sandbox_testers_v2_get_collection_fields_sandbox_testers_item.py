from ..types import OpenStrEnum


class SandboxTestersV2GetCollectionFieldsSandboxTestersItem(OpenStrEnum):
    ACACCOUNTNAME = "acAccountName"
    APPLEPAYCOMPATIBLE = "applePayCompatible"
    FIRSTNAME = "firstName"
    INTERRUPTPURCHASES = "interruptPurchases"
    LASTNAME = "lastName"
    SUBSCRIPTIONRENEWALRATE = "subscriptionRenewalRate"
    TERRITORY = "territory"
