from ..types import OpenStrEnum


class ReviewSubmissionsItemsGetToManyRelatedFieldsAppCustomProductPageVersionsItem(OpenStrEnum):
    APPCUSTOMPRODUCTPAGE = "appCustomProductPage"
    APPCUSTOMPRODUCTPAGELOCALIZATIONS = "appCustomProductPageLocalizations"
    DEEPLINK = "deepLink"
    STATE = "state"
    VERSION = "version"
