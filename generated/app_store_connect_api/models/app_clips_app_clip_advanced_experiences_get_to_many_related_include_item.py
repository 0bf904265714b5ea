from ..types import OpenStrEnum


class AppClipsAppClipAdvancedExperiencesGetToManyRelatedIncludeItem(OpenStrEnum):
    APPCLIP = "appClip"
    HEADERIMAGE = "headerImage"
    LOCALIZATIONS = "localizations"
