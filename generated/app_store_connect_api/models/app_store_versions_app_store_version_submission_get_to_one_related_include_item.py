from ..types import OpenStrEnum


class AppStoreVersionsAppStoreVersionSubmissionGetToOneRelatedIncludeItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
