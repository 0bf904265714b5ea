from ..types import OpenStrEnum


class AppStoreVersionsAppClipDefaultExperienceGetToOneRelatedFieldsAppClipDefaultExperiencesItem(OpenStrEnum):
    ACTION = "action"
    APPCLIP = "appClip"
    APPCLIPAPPSTOREREVIEWDETAIL = "appClipAppStoreReviewDetail"
    APPCLIPDEFAULTEXPERIENCELOCALIZATIONS = "appClipDefaultExperienceLocalizations"
    RELEASEWITHAPPSTOREVERSION = "releaseWithAppStoreVersion"
