from ..types import OpenStrEnum


class AppsAppPricePointsGetToManyRelatedIncludeItem(OpenStrEnum):
    APP = "app"
    TERRITORY = "territory"
