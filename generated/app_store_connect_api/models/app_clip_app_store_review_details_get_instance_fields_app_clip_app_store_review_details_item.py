from ..types import OpenStrEnum


class AppClipAppStoreReviewDetailsGetInstanceFieldsAppClipAppStoreReviewDetailsItem(OpenStrEnum):
    APPCLIPDEFAULTEXPERIENCE = "appClipDefaultExperience"
    INVOCATIONURLS = "invocationUrls"
