from ..types import OpenStrEnum


class AppsAppPricePointsGetToManyRelatedFieldsAppPricePointsItem(OpenStrEnum):
    APP = "app"
    CUSTOMERPRICE = "customerPrice"
    EQUALIZATIONS = "equalizations"
    PROCEEDS = "proceeds"
    TERRITORY = "territory"
