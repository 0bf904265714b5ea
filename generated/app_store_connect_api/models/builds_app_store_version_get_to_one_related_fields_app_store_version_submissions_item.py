from ..types import OpenStrEnum


class BuildsAppStoreVersionGetToOneRelatedFieldsAppStoreVersionSubmissionsItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
