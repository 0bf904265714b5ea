from ..types import OpenStrEnum


class CiProductsAppGetToOneRelatedFieldsAppClipsItem(OpenStrEnum):
    APP = "app"
    APPCLIPADVANCEDEXPERIENCES = "appClipAdvancedExperiences"
    APPCLIPDEFAULTEXPERIENCES = "appClipDefaultExperiences"
    BUNDLEID = "bundleId"
