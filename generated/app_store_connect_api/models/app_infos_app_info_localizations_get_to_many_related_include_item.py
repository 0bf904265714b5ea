from ..types import OpenStrEnum


class AppInfosAppInfoLocalizationsGetToManyRelatedIncludeItem(OpenStrEnum):
    APPINFO = "appInfo"
