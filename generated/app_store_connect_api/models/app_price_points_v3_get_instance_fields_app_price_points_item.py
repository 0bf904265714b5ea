from ..types import OpenStrEnum


class AppPricePointsV3GetInstanceFieldsAppPricePointsItem(OpenStrEnum):
    APP = "app"
    CUSTOMERPRICE = "customerPrice"
    EQUALIZATIONS = "equalizations"
    PROCEEDS = "proceeds"
    TERRITORY = "territory"
