from ..types import OpenStrEnum


class AppClipHeaderImagesGetInstanceIncludeItem(OpenStrEnum):
    APPCLIPDEFAULTEXPERIENCELOCALIZATION = "appClipDefaultExperienceLocalization"
