from ..types import OpenStrEnum


class AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipDefaultExperienceLocalizationsItem(
    OpenStrEnum
):
    APPCLIPDEFAULTEXPERIENCE = "appClipDefaultExperience"
    APPCLIPHEADERIMAGE = "appClipHeaderImage"
    LOCALE = "locale"
    SUBTITLE = "subtitle"
