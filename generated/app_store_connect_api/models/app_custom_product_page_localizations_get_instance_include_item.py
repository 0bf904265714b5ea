from ..types import OpenStrEnum


class AppCustomProductPageLocalizationsGetInstanceIncludeItem(OpenStrEnum):
    APPCUSTOMPRODUCTPAGEVERSION = "appCustomProductPageVersion"
    APPPREVIEWSETS = "appPreviewSets"
    APPSCREENSHOTSETS = "appScreenshotSets"
    SEARCHKEYWORDS = "searchKeywords"
