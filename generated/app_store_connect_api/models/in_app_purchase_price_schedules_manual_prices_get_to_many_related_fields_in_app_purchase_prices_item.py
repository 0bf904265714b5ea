from ..types import OpenStrEnum


class InAppPurchasePriceSchedulesManualPricesGetToManyRelatedFieldsInAppPurchasePricesItem(OpenStrEnum):
    ENDDATE = "endDate"
    INAPPPURCHASEPRICEPOINT = "inAppPurchasePricePoint"
    MANUAL = "manual"
    STARTDATE = "startDate"
    TERRITORY = "territory"
