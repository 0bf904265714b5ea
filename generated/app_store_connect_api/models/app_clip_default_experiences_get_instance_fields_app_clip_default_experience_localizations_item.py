from ..types import OpenStrEnum


class AppClipDefaultExperiencesGetInstanceFieldsAppClipDefaultExperienceLocalizationsItem(OpenStrEnum):
    APPCLIPDEFAULTEXPERIENCE = "appClipDefaultExperience"
    APPCLIPHEADERIMAGE = "appClipHeaderImage"
    LOCALE = "locale"
    SUBTITLE = "subtitle"
