from ..types import OpenStrEnum


class AppStoreVersionsAppClipDefaultExperienceGetToOneRelatedIncludeItem(OpenStrEnum):
    APPCLIP = "appClip"
    APPCLIPAPPSTOREREVIEWDETAIL = "appClipAppStoreReviewDetail"
    APPCLIPDEFAULTEXPERIENCELOCALIZATIONS = "appClipDefaultExperienceLocalizations"
    RELEASEWITHAPPSTOREVERSION = "releaseWithAppStoreVersion"
