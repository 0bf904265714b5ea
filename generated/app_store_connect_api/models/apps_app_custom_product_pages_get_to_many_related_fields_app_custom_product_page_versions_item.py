from ..types import OpenStrEnum


class AppsAppCustomProductPagesGetToManyRelatedFieldsAppCustomProductPageVersionsItem(OpenStrEnum):
    APPCUSTOMPRODUCTPAGE = "appCustomProductPage"
    APPCUSTOMPRODUCTPAGELOCALIZATIONS = "appCustomProductPageLocalizations"
    DEEPLINK = "deepLink"
    STATE = "state"
    VERSION = "version"
