from ..types import OpenStrEnum


class AppPriceSchedulesManualPricesGetToManyRelatedFieldsAppPricesItem(OpenStrEnum):
    APPPRICEPOINT = "appPricePoint"
    ENDDATE = "endDate"
    MANUAL = "manual"
    STARTDATE = "startDate"
    TERRITORY = "territory"
