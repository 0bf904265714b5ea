from ..types import OpenStrEnum


class AppCustomProductPageVersionsGetInstanceIncludeItem(OpenStrEnum):
    APPCUSTOMPRODUCTPAGE = "appCustomProductPage"
    APPCUSTOMPRODUCTPAGELOCALIZATIONS = "appCustomProductPageLocalizations"
