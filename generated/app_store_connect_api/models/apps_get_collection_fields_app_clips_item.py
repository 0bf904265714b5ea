from ..types import OpenStrEnum


class AppsGetCollectionFieldsAppClipsItem(OpenStrEnum):
    APP = "app"
    APPCLIPADVANCEDEXPERIENCES = "appClipAdvancedExperiences"
    APPCLIPDEFAULTEXPERIENCES = "appClipDefaultExperiences"
    BUNDLEID = "bundleId"
