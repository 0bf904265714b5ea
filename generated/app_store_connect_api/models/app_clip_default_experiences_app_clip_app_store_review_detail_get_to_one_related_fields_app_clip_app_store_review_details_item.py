from ..types import OpenStrEnum


class AppClipDefaultExperiencesAppClipAppStoreReviewDetailGetToOneRelatedFieldsAppClipAppStoreReviewDetailsItem(
    OpenStrEnum
):
    APPCLIPDEFAULTEXPERIENCE = "appClipDefaultExperience"
    INVOCATIONURLS = "invocationUrls"
