from ..types import OpenStrEnum


class AppClipDefaultExperiencesReleaseWithAppStoreVersionGetToOneRelatedFieldsAppStoreVersionSubmissionsItem(
    OpenStrEnum
):
    APPSTOREVERSION = "appStoreVersion"
