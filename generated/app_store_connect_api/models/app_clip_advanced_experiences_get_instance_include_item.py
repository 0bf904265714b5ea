from ..types import OpenStrEnum


class AppClipAdvancedExperiencesGetInstanceIncludeItem(OpenStrEnum):
    APPCLIP = "appClip"
    HEADERIMAGE = "headerImage"
    LOCALIZATIONS = "localizations"
