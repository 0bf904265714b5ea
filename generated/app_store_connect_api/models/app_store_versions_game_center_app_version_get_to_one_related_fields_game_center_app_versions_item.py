from ..types import OpenStrEnum


class AppStoreVersionsGameCenterAppVersionGetToOneRelatedFieldsGameCenterAppVersionsItem(OpenStrEnum):
    APPSTOREVERSION = "appStoreVersion"
    COMPATIBILITYVERSIONS = "compatibilityVersions"
    ENABLED = "enabled"
