from ..types import OpenStrEnum


class AppClipAdvancedExperiencesGetInstanceFieldsAppClipsItem(OpenStrEnum):
    APP = "app"
    APPCLIPADVANCEDEXPERIENCES = "appClipAdvancedExperiences"
    APPCLIPDEFAULTEXPERIENCES = "appClipDefaultExperiences"
    BUNDLEID = "bundleId"
