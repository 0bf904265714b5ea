from ..types import OpenStrEnum


class AppPriceSchedulesAutomaticPricesGetToManyRelatedIncludeItem(OpenStrEnum):
    APPPRICEPOINT = "appPricePoint"
    TERRITORY = "territory"
