from ..types import OpenStrEnum


class AppPricePointsV3EqualizationsGetToManyRelatedIncludeItem(OpenStrEnum):
    APP = "app"
    TERRITORY = "territory"
