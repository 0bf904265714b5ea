from ..types import OpenStrEnum


class AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedFieldsAppCustomProductPageVersionsItem(
    OpenStrEnum
):
    APPCUSTOMPRODUCTPAGE = "appCustomProductPage"
    APPCUSTOMPRODUCTPAGELOCALIZATIONS = "appCustomProductPageLocalizations"
    DEEPLINK = "deepLink"
    STATE = "state"
    VERSION = "version"
