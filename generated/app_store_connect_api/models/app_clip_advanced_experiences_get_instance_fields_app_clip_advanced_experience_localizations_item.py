from ..types import OpenStrEnum


class AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperienceLocalizationsItem(OpenStrEnum):
    LANGUAGE = "language"
    SUBTITLE = "subtitle"
    TITLE = "title"
