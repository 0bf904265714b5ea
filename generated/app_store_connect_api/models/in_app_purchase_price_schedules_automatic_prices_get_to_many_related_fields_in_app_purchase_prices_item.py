from ..types import OpenStrEnum


class InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsInAppPurchasePricesItem(OpenStrEnum):
    ENDDATE = "endDate"
    INAPPPURCHASEPRICEPOINT = "inAppPurchasePricePoint"
    MANUAL = "manual"
    STARTDATE = "startDate"
    TERRITORY = "territory"
