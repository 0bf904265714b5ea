from ..types import OpenStrEnum


class AppScreenshotSetsGetInstanceFieldsAppCustomProductPageLocalizationsItem(OpenStrEnum):
    APPCUSTOMPRODUCTPAGEVERSION = "appCustomProductPageVersion"
    APPPREVIEWSETS = "appPreviewSets"
    APPSCREENSHOTSETS = "appScreenshotSets"
    LOCALE = "locale"
    PROMOTIONALTEXT = "promotionalText"
    SEARCHKEYWORDS = "searchKeywords"
