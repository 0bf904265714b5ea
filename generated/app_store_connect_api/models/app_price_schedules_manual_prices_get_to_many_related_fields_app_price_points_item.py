from ..types import OpenStrEnum


class AppPriceSchedulesManualPricesGetToManyRelatedFieldsAppPricePointsItem(OpenStrEnum):
    APP = "app"
    CUSTOMERPRICE = "customerPrice"
    EQUALIZATIONS = "equalizations"
    PROCEEDS = "proceeds"
    TERRITORY = "territory"
