from ..types import OpenStrEnum


class InAppPurchasesV2GetInstanceFieldsInAppPurchaseLocalizationsItem(OpenStrEnum):
    DESCRIPTION = "description"
    INAPPPURCHASEV2 = "inAppPurchaseV2"
    LOCALE = "locale"
    NAME = "name"
    STATE = "state"
