from ..types import OpenStrEnum


class AppStoreVersionsGetInstanceFieldsAppStoreVersionSubmissionsItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
