from ..types import OpenStrEnum


class AppsInAppPurchasesV2GetToManyRelatedFilterInAppPurchaseTypeItem(OpenStrEnum):
    CONSUMABLE = "CONSUMABLE"
    NON_CONSUMABLE = "NON_CONSUMABLE"
    NON_RENEWING_SUBSCRIPTION = "NON_RENEWING_SUBSCRIPTION"
