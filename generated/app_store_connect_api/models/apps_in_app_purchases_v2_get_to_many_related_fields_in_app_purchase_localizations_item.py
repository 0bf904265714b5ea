from ..types import OpenStrEnum


class AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseLocalizationsItem(OpenStrEnum):
    DESCRIPTION = "description"
    INAPPPURCHASEV2 = "inAppPurchaseV2"
    LOCALE = "locale"
    NAME = "name"
    STATE = "state"
