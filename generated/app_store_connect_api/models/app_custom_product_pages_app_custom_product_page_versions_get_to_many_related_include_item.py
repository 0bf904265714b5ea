from ..types import OpenStrEnum


class AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedIncludeItem(OpenStrEnum):
    APPCUSTOMPRODUCTPAGE = "appCustomProductPage"
    APPCUSTOMPRODUCTPAGELOCALIZATIONS = "appCustomProductPageLocalizations"
