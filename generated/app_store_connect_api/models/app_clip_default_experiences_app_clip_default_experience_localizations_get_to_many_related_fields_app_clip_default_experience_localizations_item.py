from ..types import OpenStrEnum


class AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedFieldsAppClipDefaultExperienceLocalizationsItem(
    OpenStrEnum
):
    APPCLIPDEFAULTEXPERIENCE = "appClipDefaultExperience"
    APPCLIPHEADERIMAGE = "appClipHeaderImage"
    LOCALE = "locale"
    SUBTITLE = "subtitle"
