from ..types import OpenStrEnum


class AppPriceSchedulesAutomaticPricesGetToManyRelatedFieldsAppPricePointsItem(OpenStrEnum):
    APP = "app"
    CUSTOMERPRICE = "customerPrice"
    EQUALIZATIONS = "equalizations"
    PROCEEDS = "proceeds"
    TERRITORY = "territory"
