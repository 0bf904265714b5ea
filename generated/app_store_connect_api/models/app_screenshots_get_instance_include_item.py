from ..types import OpenStrEnum


class AppScreenshotsGetInstanceIncludeItem(OpenStrEnum):
    APPSCREENSHOTSET = "appScreenshotSet"
