from ..types import OpenStrEnum


class AppInfoLocalizationsGetInstanceIncludeItem(OpenStrEnum):
    APPINFO = "appInfo"
