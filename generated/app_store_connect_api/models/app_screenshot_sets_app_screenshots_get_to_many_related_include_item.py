from ..types import OpenStrEnum


class AppScreenshotSetsAppScreenshotsGetToManyRelatedIncludeItem(OpenStrEnum):
    APPSCREENSHOTSET = "appScreenshotSet"
