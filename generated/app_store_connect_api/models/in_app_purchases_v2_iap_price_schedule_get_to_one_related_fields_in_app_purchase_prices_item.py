from ..types import OpenStrEnum


class InAppPurchasesV2IapPriceScheduleGetToOneRelatedFieldsInAppPurchasePricesItem(OpenStrEnum):
    ENDDATE = "endDate"
    INAPPPURCHASEPRICEPOINT = "inAppPurchasePricePoint"
    MANUAL = "manual"
    STARTDATE = "startDate"
    TERRITORY = "territory"
