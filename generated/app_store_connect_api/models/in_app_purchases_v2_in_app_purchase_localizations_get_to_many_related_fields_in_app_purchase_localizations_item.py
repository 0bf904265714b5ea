from ..types import OpenStrEnum


class InAppPurchasesV2InAppPurchaseLocalizationsGetToManyRelatedFieldsInAppPurchaseLocalizationsItem(
    OpenStrEnum
):
    DESCRIPTION = "description"
    INAPPPURCHASEV2 = "inAppPurchaseV2"
    LOCALE = "locale"
    NAME = "name"
    STATE = "state"
