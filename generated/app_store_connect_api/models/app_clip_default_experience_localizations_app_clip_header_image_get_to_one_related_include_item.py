from ..types import OpenStrEnum


class AppClipDefaultExperienceLocalizationsAppClipHeaderImageGetToOneRelatedIncludeItem(OpenStrEnum):
    APPCLIPDEFAULTEXPERIENCELOCALIZATION = "appClipDefaultExperienceLocalization"
