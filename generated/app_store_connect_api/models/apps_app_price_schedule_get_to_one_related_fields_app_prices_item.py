from ..types import OpenStrEnum


class AppsAppPriceScheduleGetToOneRelatedFieldsAppPricesItem(OpenStrEnum):
    APPPRICEPOINT = "appPricePoint"
    ENDDATE = "endDate"
    MANUAL = "manual"
    STARTDATE = "startDate"
    TERRITORY = "territory"
