from ..types import OpenStrEnum


class AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipAdvancedExperienceLocalizationsItem(
    OpenStrEnum
):
    LANGUAGE = "language"
    SUBTITLE = "subtitle"
    TITLE = "title"
