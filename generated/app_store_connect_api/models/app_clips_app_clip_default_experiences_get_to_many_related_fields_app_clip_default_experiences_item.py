from ..types import OpenStrEnum


class AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipDefaultExperiencesItem(OpenStrEnum):
    ACTION = "action"
    APPCLIP = "appClip"
    APPCLIPAPPSTOREREVIEWDETAIL = "appClipAppStoreReviewDetail"
    APPCLIPDEFAULTEXPERIENCELOCALIZATIONS = "appClipDefaultExperienceLocalizations"
    RELEASEWITHAPPSTOREVERSION = "releaseWithAppStoreVersion"
