from ..types import OpenStrEnum


class AppClipHeaderImagesGetInstanceFieldsAppClipDefaultExperienceLocalizationsItem(OpenStrEnum):
    APPCLIPDEFAULTEXPERIENCE = "appClipDefaultExperience"
    APPCLIPHEADERIMAGE = "appClipHeaderImage"
    LOCALE = "locale"
    SUBTITLE = "subtitle"
