from ..types import OpenStrEnum


class AppStoreVersionsGetInstanceFieldsGameCenterAppVersionsItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
    COMPATIBILITYVERSIONS = "compatibilityVersions"
    ENABLED = "enabled"
