from ..types import OpenStrEnum


class AppInfosGetInstanceFieldsAppInfoLocalizationsItem(OpenStrEnum):
    APPINFO = "appInfo"
    LOCALE = "locale"
    NAME = "name"
    PRIVACYCHOICESURL = "privacyChoicesUrl"
    PRIVACYPOLICYTEXT = "privacyPolicyText"
    PRIVACYPOLICYURL = "privacyPolicyUrl"
    SUBTITLE = "subtitle"
