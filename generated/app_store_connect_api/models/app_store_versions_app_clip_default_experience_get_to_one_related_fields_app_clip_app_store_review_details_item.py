from ..types import OpenStrEnum


class AppStoreVersionsAppClipDefaultExperienceGetToOneRelatedFieldsAppClipAppStoreReviewDetailsItem(
    OpenStrEnum
):
    APPCLIPDEFAULTEXPERIENCE = "appClipDefaultExperience"
    INVOCATIONURLS = "invocationUrls"
