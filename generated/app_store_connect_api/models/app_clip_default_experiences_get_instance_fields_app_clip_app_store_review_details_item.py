from ..types import OpenStrEnum


class AppClipDefaultExperiencesGetInstanceFieldsAppClipAppStoreReviewDetailsItem(OpenStrEnum):
    APPCLIPDEFAULTEXPERIENCE = "appClipDefaultExperience"
    INVOCATIONURLS = "invocationUrls"
