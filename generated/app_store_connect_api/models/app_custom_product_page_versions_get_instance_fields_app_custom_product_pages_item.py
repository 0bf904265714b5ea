from ..types import OpenStrEnum


class AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPagesItem(OpenStrEnum):
    APP = "app"
    APPCUSTOMPRODUCTPAGEVERSIONS = "appCustomProductPageVersions"
    NAME = "name"
    URL = "url"
    VISIBLE = "visible"
