from ..types import OpenStrEnum


class AppClipDefaultExperienceLocalizationsGetInstanceIncludeItem(OpenStrEnum):
    APPCLIPDEFAULTEXPERIENCE = "appClipDefaultExperience"
    APPCLIPHEADERIMAGE = "appClipHeaderImage"
