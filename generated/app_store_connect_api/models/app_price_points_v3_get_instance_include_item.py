from ..types import OpenStrEnum


class AppPricePointsV3GetInstanceIncludeItem(OpenStrEnum):
    APP = "app"
    TERRITORY = "territory"
