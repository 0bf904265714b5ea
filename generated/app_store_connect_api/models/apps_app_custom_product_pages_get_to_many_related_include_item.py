from ..types import OpenStrEnum


class AppsAppCustomProductPagesGetToManyRelatedIncludeItem(OpenStrEnum):
    APP = "app"
    APPCUSTOMPRODUCTPAGEVERSIONS = "appCustomProductPageVersions"
