from ..types import OpenStrEnum


class AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFieldsAppCustomProductPageVersionsItem(
    OpenStrEnum
):
    APPCUSTOMPRODUCTPAGE = "appCustomProductPage"
    APPCUSTOMPRODUCTPAGELOCALIZATIONS = "appCustomProductPageLocalizations"
    DEEPLINK = "deepLink"
    STATE = "state"
    VERSION = "version"
