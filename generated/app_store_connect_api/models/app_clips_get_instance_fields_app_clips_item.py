from ..types import OpenStrEnum


class AppClipsGetInstanceFieldsAppClipsItem(OpenStrEnum):
    APP = "app"
    APPCLIPADVANCEDEXPERIENCES = "appClipAdvancedExperiences"
    APPCLIPDEFAULTEXPERIENCES = "appClipDefaultExperiences"
    BUNDLEID = "bundleId"
