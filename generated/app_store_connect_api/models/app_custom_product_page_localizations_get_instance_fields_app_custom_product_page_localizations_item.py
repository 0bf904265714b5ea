from ..types import OpenStrEnum


class AppCustomProductPageLocalizationsGetInstanceFieldsAppCustomProductPageLocalizationsItem(OpenStrEnum):
    APPCUSTOMPRODUCTPAGEVERSION = "appCustomProductPageVersion"
    APPPREVIEWSETS = "appPreviewSets"
    APPSCREENSHOTSETS = "appScreenshotSets"
    LOCALE = "locale"
    PROMOTIONALTEXT = "promotionalText"
    SEARCHKEYWORDS = "searchKeywords"
