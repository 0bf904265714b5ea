from ..types import OpenStrEnum


class AppCustomProductPagesGetInstanceFieldsAppCustomProductPagesItem(OpenStrEnum):
    APP = "app"
    APPCUSTOMPRODUCTPAGEVERSIONS = "appCustomProductPageVersions"
    NAME = "name"
    URL = "url"
    VISIBLE = "visible"
