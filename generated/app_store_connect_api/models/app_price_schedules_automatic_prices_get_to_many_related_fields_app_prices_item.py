from ..types import OpenStrEnum


class AppPriceSchedulesAutomaticPricesGetToManyRelatedFieldsAppPricesItem(OpenStrEnum):
    APPPRICEPOINT = "appPricePoint"
    ENDDATE = "endDate"
    MANUAL = "manual"
    STARTDATE = "startDate"
    TERRITORY = "territory"
