from ..types import OpenStrEnum


class AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipAppStoreReviewDetailsItem(OpenStrEnum):
    APPCLIPDEFAULTEXPERIENCE = "appClipDefaultExperience"
    INVOCATIONURLS = "invocationUrls"
