from ..types import OpenStrEnum


class AppClipDefaultExperiencesAppClipAppStoreReviewDetailGetToOneRelatedIncludeItem(OpenStrEnum):
    APPCLIPDEFAULTEXPERIENCE = "appClipDefaultExperience"
