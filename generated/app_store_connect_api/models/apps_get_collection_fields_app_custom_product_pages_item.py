from ..types import OpenStrEnum


class AppsGetCollectionFieldsAppCustomProductPagesItem(OpenStrEnum):
    APP = "app"
    APPCUSTOMPRODUCTPAGEVERSIONS = "appCustomProductPageVersions"
    NAME = "name"
    URL = "url"
    VISIBLE = "visible"
