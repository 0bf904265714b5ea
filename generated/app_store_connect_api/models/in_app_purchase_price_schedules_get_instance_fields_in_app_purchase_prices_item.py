from ..types import OpenStrEnum


class InAppPurchasePriceSchedulesGetInstanceFieldsInAppPurchasePricesItem(OpenStrEnum):
    ENDDATE = "endDate"
    INAPPPURCHASEPRICEPOINT = "inAppPurchasePricePoint"
    MANUAL = "manual"
    STARTDATE = "startDate"
    TERRITORY = "territory"
