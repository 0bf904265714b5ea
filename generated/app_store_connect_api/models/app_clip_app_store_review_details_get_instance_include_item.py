from ..types import OpenStrEnum


class AppClipAppStoreReviewDetailsGetInstanceIncludeItem(OpenStrEnum):
    APPCLIPDEFAULTEXPERIENCE = "appClipDefaultExperience"
