from ..types import OpenStrEnum


class AppClipsGetInstanceIncludeItem(OpenStrEnum):
    APP = "app"
    APPCLIPDEFAULTEXPERIENCES = "appClipDefaultExperiences"
