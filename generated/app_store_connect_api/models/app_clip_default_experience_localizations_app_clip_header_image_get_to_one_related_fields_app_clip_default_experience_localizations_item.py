from ..types import OpenStrEnum


class AppClipDefaultExperienceLocalizationsAppClipHeaderImageGetToOneRelatedFieldsAppClipDefaultExperienceLocalizationsItem(
    OpenStrEnum
):
    APPCLIPDEFAULTEXPERIENCE = "appClipDefaultExperience"
    APPCLIPHEADERIMAGE = "appClipHeaderImage"
    LOCALE = "locale"
    SUBTITLE = "subtitle"
