from ..types import OpenStrEnum


class AppCustomProductPagesGetInstanceIncludeItem(OpenStrEnum):
    APP = "app"
    APPCUSTOMPRODUCTPAGEVERSIONS = "appCustomProductPageVersions"
