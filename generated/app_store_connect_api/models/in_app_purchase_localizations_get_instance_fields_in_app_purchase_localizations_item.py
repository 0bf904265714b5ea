from ..types import OpenStrEnum


class InAppPurchaseLocalizationsGetInstanceFieldsInAppPurchaseLocalizationsItem(OpenStrEnum):
    DESCRIPTION = "description"
    INAPPPURCHASEV2 = "inAppPurchaseV2"
    LOCALE = "locale"
    NAME = "name"
    STATE = "state"
