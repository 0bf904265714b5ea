from ..types import OpenStrEnum


class AppStoreVersionsAppStoreVersionSubmissionGetToOneRelatedFieldsAppStoreVersionSubmissionsItem(
    OpenStrEnum
):
    APPSTOREVERSION = "appStoreVersion"
