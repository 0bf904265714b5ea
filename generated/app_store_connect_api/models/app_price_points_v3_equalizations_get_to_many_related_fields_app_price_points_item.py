from ..types import OpenStrEnum


class AppPricePointsV3EqualizationsGetToManyRelatedFieldsAppPricePointsItem(OpenStrEnum):
    APP = "app"
    CUSTOMERPRICE = "customerPrice"
    EQUALIZATIONS = "equalizations"
    PROCEEDS = "proceeds"
    TERRITORY = "territory"
