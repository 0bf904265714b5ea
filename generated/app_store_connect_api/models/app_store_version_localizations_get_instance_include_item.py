from ..types import OpenStrEnum


class AppStoreVersionLocalizationsGetInstanceIncludeItem(OpenStrEnum):
    APPPREVIEWSETS = "appPreviewSets"
    APPSCREENSHOTSETS = "appScreenshotSets"
    APPSTOREVERSION = "appStoreVersion"
    SEARCHKEYWORDS = "searchKeywords"
