from ..types import OpenStrEnum


class AppsAppCustomProductPagesGetToManyRelatedFieldsAppCustomProductPagesItem(OpenStrEnum):
    APP = "app"
    APPCUSTOMPRODUCTPAGEVERSIONS = "appCustomProductPageVersions"
    NAME = "name"
    URL = "url"
    VISIBLE = "visible"
