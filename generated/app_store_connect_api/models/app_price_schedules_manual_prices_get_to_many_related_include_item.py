from ..types import OpenStrEnum


class AppPriceSchedulesManualPricesGetToManyRelatedIncludeItem(OpenStrEnum):
    APPPRICEPOINT = "appPricePoint"
    TERRITORY = "territory"
