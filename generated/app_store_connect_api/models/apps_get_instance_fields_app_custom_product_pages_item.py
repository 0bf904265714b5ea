from ..types import OpenStrEnum


class AppsGetInstanceFieldsAppCustomProductPagesItem(OpenStrEnum):
    APP = "app"
    APPCUSTOMPRODUCTPAGEVERSIONS = "appCustomProductPageVersions"
    NAME = "name"
    URL = "url"
    VISIBLE = "visible"
