from ..types import OpenStrEnum


class AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFieldsAppCustomProductPagesItem(
    OpenStrEnum
):
    APP = "app"
    APPCUSTOMPRODUCTPAGEVERSIONS = "appCustomProductPageVersions"
    NAME = "name"
    URL = "url"
    VISIBLE = "visible"
