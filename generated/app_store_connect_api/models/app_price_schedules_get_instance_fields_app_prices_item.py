from ..types import OpenStrEnum


class AppPriceSchedulesGetInstanceFieldsAppPricesItem(OpenStrEnum):
    APPPRICEPOINT = "appPricePoint"
    ENDDATE = "endDate"
    MANUAL = "manual"
    STARTDATE = "startDate"
    TERRITORY = "territory"
