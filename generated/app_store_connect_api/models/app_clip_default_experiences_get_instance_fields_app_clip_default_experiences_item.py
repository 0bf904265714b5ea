from ..types import OpenStrEnum


class AppClipDefaultExperiencesGetInstanceFieldsAppClipDefaultExperiencesItem(OpenStrEnum):
    ACTION = "action"
    APPCLIP = "appClip"
    APPCLIPAPPSTOREREVIEWDETAIL = "appClipAppStoreReviewDetail"
    APPCLIPDEFAULTEXPERIENCELOCALIZATIONS = "appClipDefaultExperienceLocalizations"
    RELEASEWITHAPPSTOREVERSION = "releaseWithAppStoreVersion"
