from ..types import OpenStrEnum


class AppStoreVersionsAppStoreVersionLocalizationsGetToManyRelatedIncludeItem(OpenStrEnum):
    APPPREVIEWSETS = "appPreviewSets"
    APPSCREENSHOTSETS = "appScreenshotSets"
    APPSTOREVERSION = "appStoreVersion"
    SEARCHKEYWORDS = "searchKeywords"
