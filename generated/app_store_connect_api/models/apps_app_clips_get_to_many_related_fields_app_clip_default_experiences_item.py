from ..types import OpenStrEnum


class AppsAppClipsGetToManyRelatedFieldsAppClipDefaultExperiencesItem(OpenStrEnum):
    ACTION = "action"
    APPCLIP = "appClip"
    APPCLIPAPPSTOREREVIEWDETAIL = "appClipAppStoreReviewDetail"
    APPCLIPDEFAULTEXPERIENCELOCALIZATIONS = "appClipDefaultExperienceLocalizations"
    RELEASEWITHAPPSTOREVERSION = "releaseWithAppStoreVersion"
