from ..types import OpenStrEnum


class AppCustomProductPageVersionsAppCustomProductPageLocalizationsGetToManyRelatedIncludeItem(OpenStrEnum):
    APPCUSTOMPRODUCTPAGEVERSION = "appCustomProductPageVersion"
    APPPREVIEWSETS = "appPreviewSets"
    APPSCREENSHOTSETS = "appScreenshotSets"
    SEARCHKEYWORDS = "searchKeywords"
