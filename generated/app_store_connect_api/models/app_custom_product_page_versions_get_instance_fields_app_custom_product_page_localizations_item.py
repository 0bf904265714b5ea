from ..types import OpenStrEnum


class AppCustomProductPageVersionsGetInstanceFieldsAppCustomProductPageLocalizationsItem(OpenStrEnum):
    APPCUSTOMPRODUCTPAGEVERSION = "appCustomProductPageVersion"
    APPPREVIEWSETS = "appPreviewSets"
    APPSCREENSHOTSETS = "appScreenshotSets"
    LOCALE = "locale"
    PROMOTIONALTEXT = "promotionalText"
    SEARCHKEYWORDS = "searchKeywords"
