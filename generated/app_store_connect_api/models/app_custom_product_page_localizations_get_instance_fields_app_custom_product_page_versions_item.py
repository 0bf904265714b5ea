from ..types import OpenStrEnum


class AppCustomProductPageLocalizationsGetInstanceFieldsAppCustomProductPageVersionsItem(OpenStrEnum):
    APPCUSTOMPRODUCTPAGE = "appCustomProductPage"
    APPCUSTOMPRODUCTPAGELOCALIZATIONS = "appCustomProductPageLocalizations"
    DEEPLINK = "deepLink"
    STATE = "state"
    VERSION = "version"
