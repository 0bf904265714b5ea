from ..types import OpenStrEnum


class AppsAppClipsGetToManyRelatedIncludeItem(OpenStrEnum):
    APP = "app"
    APPCLIPDEFAULTEXPERIENCES = "appClipDefaultExperiences"
