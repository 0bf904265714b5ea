from ..types import OpenStrEnum


class AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPageVersionsItem(OpenStrEnum):
    APPCUSTOMPRODUCTPAGE = "appCustomProductPage"
    APPCUSTOMPRODUCTPAGELOCALIZATIONS = "appCustomProductPageLocalizations"
    DEEPLINK = "deepLink"
    STATE = "state"
    VERSION = "version"
