from ..types import OpenStrEnum


class AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipsItem(OpenStrEnum):
    APP = "app"
    APPCLIPADVANCEDEXPERIENCES = "appClipAdvancedExperiences"
    APPCLIPDEFAULTEXPERIENCES = "appClipDefaultExperiences"
    BUNDLEID = "bundleId"
